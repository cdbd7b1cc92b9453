import { describe, expect, it } from "vitest";
import spec from "../src/generated/v20210820/openapi.json" with { type: "json" };

// Every field of every type in the research notes (shared/reference/wedata-models.md), by name.
const fields: Record<string, string[]> = {
  InstanceDetailVO: [
    "InstanceKey",
    "ProjectId",
    "FolderId",
    "FolderName",
    "WorkflowId",
    "WorkflowName",
    "InChargeList",
    "TaskId",
    "TaskName",
    "TaskCycleType",
    "TaskType",
    "ExecutorGroupId",
    "ExecutorGroupName",
    "CurRunDate",
    "NextCurDate",
    "TryLimit",
    "Tries",
    "TotalRunNum",
    "LifeRoundNum",
    "InstanceType",
    "InstanceState",
    "SchedulerTime",
    "StartTime",
    "EndTime",
    "CostTime",
    "InstanceRunType",
    "ExecutionJobId",
    "InstanceLifeCycleList",
    "LatestLog",
  ],
  TaskTypeOpsDto: ["TypeDesc", "TypeId", "TypeSort"],
  InstanceLifeCycleVO: [
    "InstanceKey",
    "InstanceState",
    "LifeRoundNum",
    "RunType",
    "Tries",
    "LifeCycleDetailList",
    "CodeFileName",
    "ExecutionJobId",
    "BrokerIp",
    "OriginFileName",
    "LogType",
    "CostTime",
  ],
  InstanceLifeDetailDto: ["State", "StartTime", "DetailState", "EndTime"],
  InstanceLogVO: [
    "InstanceKey",
    "ProjectId",
    "InstanceState",
    "RunType",
    "StartTime",
    "EndTime",
    "CodeInfo",
    "CodeFileSize",
    "BrokerIp",
    "LogInfo",
    "LogFileSize",
    "LineCount",
    "ExtInfo",
    "IsEnd",
  ],
};

type Schema = {
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
  $ref?: string;
};
const schemas = (spec as unknown as { components: { schemas: Record<string, Schema> } }).components.schemas;
const resolve = (s: Schema): Schema => (s.$ref ? schemas[s.$ref.split("/").pop()!]! : s);

describe("the response model", () => {
  it("has 29 fields on InstanceDetailVO", () => {
    expect(fields.InstanceDetailVO).toHaveLength(29);
  });
  it.each(Object.entries(fields))(
    "%s has exactly the documented fields, none required, each described",
    (type, names) => {
      const schema = schemas[type]!;
      expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...names].sort());
      expect(schema.required).toBeUndefined();
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        expect(property.description ?? resolve(property).description, `${type}.${name}`).toMatch(/\w{3,}/);
      }
    },
  );
});
