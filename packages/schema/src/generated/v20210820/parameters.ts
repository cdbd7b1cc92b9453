// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionParameters } from "@wedata-openapi/schema-core";
import type { operations } from "@wedata-openapi/schema-core/v20210820";

/**
 * Each action's summary and request members, as the spec describes them (for command lines and forms).
 * Typed by shape, not as literals: the declaration stays one line however many actions there are.
 */
export const parameters: Readonly<Record<keyof operations, ActionParameters>> = {
  "AddProjectUserRole": {
    "summary": "Add a project user role",
    "description": "This API is used to add a user role to a project.",
    "zh": {
      "summary": "添加项目用户角色",
      "description": "添加项目用户角色"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "UserIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "User UIN"
      },
      {
        "name": "RoleIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Role ID"
      }
    ]
  },
  "BatchCreateIntegrationTaskAlarms": {
    "summary": "Bulk Create Task Alert Rules",
    "description": "Bulk Create Task Alert Rules",
    "zh": {
      "summary": "批量创建任务告警规则",
      "description": "批量创建任务告警规则"
    },
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task ID."
      },
      {
        "name": "TaskAlarmInfo",
        "type": "object",
        "required": true,
        "description": "Alert Configuration Information"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "BatchCreateTaskVersionAsync": {
    "summary": "Async batch create task versions",
    "description": "This API is used to asynchronously create task versions in batches.",
    "zh": {
      "summary": "异步批量创建任务版本",
      "description": "异步批量创建任务版本"
    },
    "members": [
      {
        "name": "Tasks",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Task information"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "AutoRun",
        "type": "boolean",
        "required": false,
        "description": "Specifies whether to run automatically"
      },
      {
        "name": "AlarmWays",
        "type": "string",
        "required": false,
        "description": "Alert method: email-email; sms-sms; wecom-wecom"
      },
      {
        "name": "AlarmRecipientTypes",
        "type": "string",
        "required": false,
        "description": "Alarm object: 1. Project Administrator. 2. Task Owner"
      },
      {
        "name": "NeedCheckParentSubmitted",
        "type": "boolean",
        "required": false,
        "description": "Whether validation is required to check if the parent task has been submitted to scheduling"
      },
      {
        "name": "EnableMakeUp",
        "type": "boolean",
        "required": false,
        "description": "<p>是否需要补录中间实例</p>"
      },
      {
        "name": "AssignApprovalList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "<p>指定审批人列表</p>"
      },
      {
        "name": "PerTaskMissingInstanceStrategy",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "<p>任务缺失实例处理策略</p><p>MAKEUP:补录缺失的实例;FORCE_SUCCESS:将缺失的实例置成功;SKIP:不处理，忽略缺失的实例</p>"
      }
    ]
  },
  "BatchDeleteIntegrationTasks": {
    "summary": "Batch Delete Integration Tasks",
    "description": "Batch Delete Integration Tasks.",
    "zh": {
      "summary": "批量删除集成任务",
      "description": "批量删除集成任务"
    },
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type, 201 for real-time tasks, 202 for offline tasks"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "DeleteKFFlag",
        "type": "integer",
        "required": false,
        "description": "Whether to delete development state tasks. By default, development state is not deleted, 0 means do not delete, 1 means delete"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Operation Name"
      },
      {
        "name": "TaskNames",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "This batch operation involves tasks for auditing"
      }
    ]
  },
  "BatchDeleteOpsTasks": {
    "summary": "Task Operation and Maintenance - Batch Delete Tasks",
    "description": "Task Operation and Maintenance - Batch Delete Tasks",
    "zh": {
      "summary": "任务运维-批量删除任务",
      "description": "任务运维-批量删除任务"
    },
    "members": [
      {
        "name": "TaskIdList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Batch Deleted Task TaskId"
      },
      {
        "name": "DeleteMode",
        "type": "boolean",
        "required": true,
        "description": "true: After deletion, downstream tasks can run normally\nfalse: After deletion, downstream tasks cannot run"
      },
      {
        "name": "EnableNotify",
        "type": "boolean",
        "required": true,
        "description": "true: Notify Downstream Task Responsible Persons\nfalse: Do Not Notify Downstream Task Responsible Persons"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "DeleteScript",
        "type": "boolean",
        "required": false,
        "description": "删除任务时是否删除脚本文件"
      }
    ]
  },
  "BatchForceSuccessIntegrationTaskInstances": {
    "summary": "Batch set successful integration task instances",
    "description": "Batch set successful integration task instances",
    "zh": {
      "summary": "批量置成功集成任务实例",
      "description": "批量置成功集成任务实例"
    },
    "members": [
      {
        "name": "Instances",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Instance Information"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "BatchKillIntegrationTaskInstances": {
    "summary": "Batch Terminate Integration Task Instances",
    "description": "Batch Terminate Integration Task Instances",
    "zh": {
      "summary": "批量终止集成任务实例",
      "description": "批量终止集成任务实例"
    },
    "members": [
      {
        "name": "Instances",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Instance Information"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "BatchMakeUpIntegrationTasks": {
    "summary": "Bulk Data Supplement",
    "description": "Perform Batch Data Supplement Operation on Integrated Offline Tasks",
    "zh": {
      "summary": "批量补数据",
      "description": "对集成离线任务执行批量补数据操作"
    },
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type, 201 for Real-time Task, 202 for Offline Task"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": true,
        "description": "Data Supplement Start Time"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": true,
        "description": "Data Supplement End Time"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "BatchModifyOpsOwners": {
    "summary": "Task Operation and Maintenance-Batch Modify Task Assignee",
    "description": "Batch Modify Task Assignee",
    "zh": {
      "summary": "任务运维-批量修改任务责任人",
      "description": "批量修改任务责任人"
    },
    "members": [
      {
        "name": "TaskIdList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "TaskId Array that Needs Updated Responsible Person"
      },
      {
        "name": "Owners",
        "type": "string",
        "required": true,
        "description": "Responsible User Id Information that Needs Updating, Connect Multiple Persons in Charge with ;"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "BatchRerunIntegrationTaskInstances": {
    "summary": "Batch Rerun Integration Task Instances",
    "description": "Batch Rerun Integration Task Instances",
    "zh": {
      "summary": "批量重跑集成任务实例",
      "description": "批量重跑集成任务实例"
    },
    "members": [
      {
        "name": "Instances",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Instance Information"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "BatchResumeIntegrationTasks": {
    "summary": "Batch Continue Execution of Integration Tasks",
    "description": "Batch Continue Execution of Integrated Real-time Tasks",
    "zh": {
      "summary": "批量继续执行集成任务",
      "description": "批量继续执行集成实时任务"
    },
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type, 201 for Real-time Task, 202 for Offline Task"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "BatchRunOpsTask": {
    "summary": "Task Operation and Maintenance - Batch Startup Tasks",
    "description": "Task Operation and Maintenance - Task List Batch Startup",
    "zh": {
      "summary": "任务运维-批量启动任务",
      "description": "任务运维-任务列表 批量启动"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "EnableMakeUp",
        "type": "integer",
        "required": true,
        "description": "Whether to Supplement Intermediate Instances, 0 for not supplementing; 1 for supplementing"
      },
      {
        "name": "Tasks",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task ID list"
      }
    ]
  },
  "BatchStartIntegrationTasks": {
    "summary": "Batch Run Integration Tasks",
    "description": "Batch Run Integration Tasks",
    "zh": {
      "summary": "批量运行集成任务",
      "description": "批量运行集成任务"
    },
    "members": [
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type, 201 for real-time tasks, 202 for offline tasks"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Task ID"
      },
      {
        "name": "StartTaskInfoSet",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Batch run integration tasks, currently only used in real-time integration"
      }
    ]
  },
  "BatchStopIntegrationTasks": {
    "summary": "Batch Stop Integration Tasks",
    "description": "Batch Stop Integration Tasks",
    "zh": {
      "summary": "批量停止集成任务",
      "description": "批量停止集成任务"
    },
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type, 201 for real-time tasks, 202 for offline tasks"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "BatchStopOpsTasks": {
    "summary": "Task Operation and Maintenance - Batch Stop Tasks",
    "description": "Only valid for tasks in \"Scheduling In Progress\" and \"Paused\" statuses, terminate the task instances of the selected tasks, and stop scheduling",
    "zh": {
      "summary": "任务运维-批量停止任务",
      "description": "仅对任务状态为”调度中“和”已暂停“有效，对所选任务的任务实例进行终止，并停止调度"
    },
    "members": [
      {
        "name": "TaskIdList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "TaskId for batch stop tasks"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "KillInstance",
        "type": "boolean",
        "required": false,
        "description": "Whether to terminate the generated instance"
      },
      {
        "name": "AsyncMode",
        "type": "boolean",
        "required": false,
        "description": "是否异步模式"
      }
    ]
  },
  "BatchStopWorkflowsByIds": {
    "summary": "Batch Stop Workflow",
    "description": "Batch Stop Workflow",
    "zh": {
      "summary": "批量停止工作流",
      "description": "批量停止工作流"
    },
    "members": [
      {
        "name": "WorkflowIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Workflow ID List"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "KillInstance",
        "type": "boolean",
        "required": false,
        "description": "Whether to terminate the generated instance"
      },
      {
        "name": "AsyncMode",
        "type": "boolean",
        "required": false,
        "description": "是否异步模式"
      }
    ]
  },
  "BatchSuspendIntegrationTasks": {
    "summary": "Batch pause integration tasks",
    "description": "Batch pause integration tasks",
    "zh": {
      "summary": "批量暂停集成任务",
      "description": "批量暂停集成任务"
    },
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type, 201 for real-time tasks, 202 for offline tasks"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "Event",
        "type": "string",
        "required": false,
        "description": "Event Type (START, STOP, SUSPEND, SUSPEND_WITHOUT_SP, RESUME, COMMIT, TIMESTAMP)"
      },
      {
        "name": "TaskNames",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "This batch operation involves tasks for auditing"
      }
    ]
  },
  "BatchUpdateIntegrationTasks": {
    "summary": "Bulk Update Integration Tasks",
    "description": "Bulk Update Integration Tasks (Currently only supports bulk updating of the person in charge)",
    "zh": {
      "summary": "批量更新集成任务",
      "description": "批量更新集成任务（暂时仅支持批量更新责任人）"
    },
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task ID"
      },
      {
        "name": "Incharge",
        "type": "string",
        "required": true,
        "description": "Person in Charge (separate multiple persons in charge with a lowercase semicolon; offline tasks use the account name, real-time tasks use the account ID)"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "InchargeIds",
        "type": "string",
        "required": false,
        "description": "Responsible Person ID (separate multiple persons in charge with a lowercase semicolon)"
      },
      {
        "name": "TaskNames",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "This batch operation involves tasks for auditing"
      }
    ]
  },
  "BindProjectExecutorResource": {
    "summary": "执行资源组-资源包绑定项目",
    "description": "商业化版本：执行资源组-资源包绑定项目",
    "members": [
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": true,
        "description": "执行资源组id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      },
      {
        "name": "ExecutorResourcePackageIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "需要绑定项目的资源包id集合，为空则绑定整个资源组"
      },
      {
        "name": "ProjectIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "可选: 需要绑定的多个项目id, 若申明将带上ProjectId一起绑定"
      }
    ]
  },
  "CheckAlarmRegularNameExist": {
    "summary": "Check for Duplicate Alert Rule Names",
    "description": "Check for Duplicate Alert Rule Names",
    "zh": {
      "summary": "判断告警规则重名",
      "description": "判断告警规则重名"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project name"
      },
      {
        "name": "AlarmRegularName",
        "type": "string",
        "required": true,
        "description": "Rule name"
      },
      {
        "name": "Id",
        "type": "string",
        "required": false,
        "description": "Primary key ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Task type: 201.Real-time, 202.Offline"
      },
      {
        "name": "MonitorType",
        "type": "integer",
        "required": false,
        "description": "Monitored Object Type (1: All Tasks, 2: Assigned Task, 3: Designated Responsible Person, 4: Specified Resource Group)"
      }
    ]
  },
  "CheckIntegrationNodeNameExists": {
    "summary": "Determining if the name of the integrated node exists",
    "description": "Determining if the name of the integrated node exists",
    "zh": {
      "summary": "判断集成节点名称是否存在",
      "description": "判断集成节点名称是否存在"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "Node name"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "Id",
        "type": "integer",
        "required": false,
        "description": "Node ID"
      }
    ]
  },
  "CheckIntegrationTaskNameExists": {
    "summary": "Check if Integration Task Name Exists",
    "description": "Check if Integration Task Name Exists",
    "zh": {
      "summary": "判断集成任务名称是否存在",
      "description": "判断集成任务名称是否存在"
    },
    "members": [
      {
        "name": "TaskName",
        "type": "string",
        "required": true,
        "description": "Task Name"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "Task ID"
      },
      {
        "name": "SyncType",
        "type": "integer",
        "required": false,
        "description": "Synchronization Type 1. Single Table Synchronization, 2. Solution"
      }
    ]
  },
  "CheckTaskNameExist": {
    "summary": "Offline Task Renaming Verification",
    "description": "Offline Task Renaming Verification",
    "zh": {
      "summary": "离线任务重名校验",
      "description": "离线任务重名校验"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID/Workspace ID."
      },
      {
        "name": "TypeId",
        "type": "integer",
        "required": true,
        "description": "Task Type (consistent with scheduling parameters)."
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": true,
        "description": "Task Name."
      }
    ]
  },
  "CommitIntegrationTask": {
    "summary": "Submit integration task",
    "description": "Submit integration task",
    "zh": {
      "summary": "提交集成任务",
      "description": "提交集成任务"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "CommitType",
        "type": "integer",
        "required": false,
        "description": "0. Only submit, 1. Start immediately, 2. Stop online jobs, discard job state data, restart, 3. Pause online jobs, keep job state data, continue running, 4. Keep job state data, continue running"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Real-time task 201 Offline task 202 Default is real-time task"
      },
      {
        "name": "ExtConfig",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Additional parameters"
      },
      {
        "name": "VersionDesc",
        "type": "string",
        "required": false,
        "description": "Submit version description"
      },
      {
        "name": "InstanceVersion",
        "type": "integer",
        "required": false,
        "description": "Submit version number"
      },
      {
        "name": "EventDesc",
        "type": "string",
        "required": false,
        "description": "Describe the type of front-end operation"
      },
      {
        "name": "CurrentStatus",
        "type": "integer",
        "required": false,
        "description": "<p>提交时任务状态</p><p>枚举值：</p><ul><li>3： 运行中</li></ul>"
      }
    ]
  },
  "CommitRuleGroupTask": {
    "summary": "Submit Rule Group to Run Task Interface",
    "description": "Submit Rule Group to Run Task Interface",
    "zh": {
      "summary": "提交规则组运行任务接口",
      "description": "提交规则组运行任务接口"
    },
    "members": [
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "Rule Group ID"
      },
      {
        "name": "TriggerType",
        "type": "integer",
        "required": false,
        "description": "Trigger Type 1. Manual Trigger 2. In-process Scheduling Trigger 3. Periodic Scheduling Trigger"
      },
      {
        "name": "ExecRuleConfig",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Rule Configuration List"
      },
      {
        "name": "ExecConfig",
        "type": "object",
        "required": false,
        "description": "Execution configuration"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "EngineType",
        "type": "string",
        "required": false,
        "description": "The execution engine that this rule runs. If this parameter is not passed, the default execution engine under this data source will be requested."
      }
    ]
  },
  "CountOpsInstanceState": {
    "summary": "Smart Ops - Statistics on task instance status",
    "description": "Statistics on task instance status",
    "zh": {
      "summary": "智能运维-统计任务实例状态",
      "description": "统计任务实例状态"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "CreateBaseProject": {
    "summary": "创建项目本身",
    "description": "创建项目 仅项目本身，不包含集群等信息",
    "members": [
      {
        "name": "Project",
        "type": "object",
        "required": true,
        "description": "项目信息"
      }
    ]
  },
  "CreateCodeTemplate": {
    "summary": "创建代码模版",
    "description": "创建代码模版",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "CodeTemplateName",
        "type": "string",
        "required": true,
        "description": "模版名"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "30Python，32DLC，50 DLC-PySpark"
      },
      {
        "name": "CodeTemplateDesc",
        "type": "string",
        "required": false,
        "description": "模版描述"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": false,
        "description": "文件夹ID"
      },
      {
        "name": "Content",
        "type": "string",
        "required": false,
        "description": "Base64转化的脚本内容"
      },
      {
        "name": "ProductName",
        "type": "string",
        "required": false,
        "description": "代码模板类型"
      }
    ]
  },
  "CreateCodeTemplateVersion": {
    "summary": "提交模版版本",
    "description": "提交代码模版",
    "members": [
      {
        "name": "CodeTemplateId",
        "type": "string",
        "required": true,
        "description": "模版Id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "Tasks",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "模版关联的任务以及调度参数设置"
      },
      {
        "name": "OriginalParams",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "代码模本脚本内置参数"
      },
      {
        "name": "VersionRemark",
        "type": "string",
        "required": false,
        "description": "提交描述"
      },
      {
        "name": "NeedSubmitScheduleForTemplate",
        "type": "boolean",
        "required": false,
        "description": "true表示：针对新建、已下线状态的任务仅生成开发态保存版本，您可在任务中自行提交到生产。针对调度中、已暂停、已失效的任务生成开发态保存版本并提交到生产（即本次代码模板的改动在调度中生效）； \nfalse表示：针对所有状态的任务均仅生成开发态保存版本。"
      },
      {
        "name": "AssignApprovalList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "指定审批人列表"
      }
    ]
  },
  "CreateCustomFunction": {
    "summary": "Create User-Defined Function",
    "description": "Create User-Defined Function",
    "zh": {
      "summary": "创建用户自定义函数",
      "description": "创建用户自定义函数"
    },
    "members": [
      {
        "name": "Type",
        "type": "string",
        "required": true,
        "description": "Enumerated values: HIVE, SPARK, DLC"
      },
      {
        "name": "Kind",
        "type": "string",
        "required": true,
        "description": "Enumerated values: ANALYSIS (function), ENCRYPTION (encryption function), AGGREGATE (aggregate function), LOGIC (logic function), DATE_AND_TIME (date and time function), MATH (math function), CONVERSION (conversion function), STRING (string function), IP_AND_DOMAIN (IP and domain function), WINDOW (window function), OTHER (other function)"
      },
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "Function Name"
      },
      {
        "name": "ClusterIdentifier",
        "type": "string",
        "required": true,
        "description": "Cluster Instance Engine ID"
      },
      {
        "name": "DbName",
        "type": "string",
        "required": false,
        "description": "Database name"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "FunctionResourceFileType",
        "type": "string",
        "required": false,
        "description": "函数资源文件类型"
      }
    ]
  },
  "CreateDataModel": {
    "summary": "（仅公有云）创建数据建模，提供给云应用使用，实现\"Wedata数据建模\"的下单发货",
    "description": "创建数据建模，提供给云应用使用，实现“Wedata数据建模”的下单发货",
    "members": [
      {
        "name": "CloudappId",
        "type": "string",
        "required": true,
        "description": "云应用的实例id"
      },
      {
        "name": "UserId",
        "type": "string",
        "required": true,
        "description": "用户的子账号id"
      },
      {
        "name": "TimeUnit",
        "type": "string",
        "required": false,
        "description": "Wedata数据建模购买参数，包年包月类型单位，年：y，月：m，默认m"
      },
      {
        "name": "TimeSpan",
        "type": "integer",
        "required": false,
        "description": "Wedata数据建模购买参数，购买时长，默认1"
      },
      {
        "name": "AutoRenewFlag",
        "type": "integer",
        "required": false,
        "description": "Wedata数据建模购买参数，是否自动续费，是：1，否：0，默认0"
      },
      {
        "name": "DataModelVersion",
        "type": "string",
        "required": false,
        "description": "Wedata数据建模购买参数，标准版：DATA_MODEL_STANDARD，企业版：DATA_MODEL_PRO，默认DATA_MODEL_STANDARD"
      }
    ]
  },
  "CreateDataSource": {
    "summary": "Data Source Management - Create Data Source",
    "description": "Create Data Source",
    "zh": {
      "summary": "数据源管理-创建数据源",
      "description": "创建数据源"
    },
    "members": [
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "Data Source Name, cannot be empty under the same SpaceName"
      },
      {
        "name": "Category",
        "type": "string",
        "required": true,
        "description": "Data Source Category: Binding Engine, Binding Database"
      },
      {
        "name": "Type",
        "type": "string",
        "required": true,
        "description": "Data Source Type: enumerated values"
      },
      {
        "name": "OwnerProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "OwnerProjectName",
        "type": "string",
        "required": true,
        "description": "Project Name"
      },
      {
        "name": "OwnerProjectIdent",
        "type": "string",
        "required": true,
        "description": "Project Name (Chinese)"
      },
      {
        "name": "BizParams",
        "type": "string",
        "required": false,
        "description": "Configuration Information Extension of Business Data Source"
      },
      {
        "name": "Params",
        "type": "string",
        "required": false,
        "description": "Data source configuration information, stored as JSON KV. The KV storage information varies according to the data source type"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Data source description information"
      },
      {
        "name": "Display",
        "type": "string",
        "required": false,
        "description": "Data Source Display Name, for visual inspection"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": false,
        "description": "If the data source list is bound to a database, then it is the database name"
      },
      {
        "name": "Instance",
        "type": "string",
        "required": false,
        "description": "Instance ID of the data source engine, e.g., CDB Instance ID"
      },
      {
        "name": "Status",
        "type": "integer",
        "required": false,
        "description": "Visibility of the data source, where 1 is visible and 0 is not visible. Default is 1"
      },
      {
        "name": "ClusterId",
        "type": "string",
        "required": false,
        "description": "Name of the business space to which the data source belongs"
      },
      {
        "name": "Collect",
        "type": "string",
        "required": false,
        "description": "Collection Status"
      },
      {
        "name": "COSBucket",
        "type": "string",
        "required": false,
        "description": "COS Bucket Information"
      },
      {
        "name": "COSRegion",
        "type": "string",
        "required": false,
        "description": "cos region"
      },
      {
        "name": "ConnectResult",
        "type": "string",
        "required": false,
        "description": "Connection Test Result"
      },
      {
        "name": "DevelopmentParams",
        "type": "string",
        "required": false,
        "description": "Development Environment Data Source Configuration"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "新建数据源的项目ID"
      }
    ]
  },
  "CreateDsFolder": {
    "summary": "Folder creation",
    "description": "Orchestration Space - Create Folder",
    "zh": {
      "summary": "创建文件夹",
      "description": "编排空间-创建文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "Folder Name"
      },
      {
        "name": "ParentsFolderId",
        "type": "string",
        "required": false,
        "description": "Parent Folder ID"
      },
      {
        "name": "FolderForm",
        "type": "string",
        "required": false,
        "description": "文件夹来源 template管理，orchestrationSpace 编排空间"
      }
    ]
  },
  "CreateHiveTable": {
    "summary": "Create Hive Table",
    "description": "Create Hive Table",
    "zh": {
      "summary": "建hive表",
      "description": "建hive表"
    },
    "members": [
      {
        "name": "DatasourceId",
        "type": "string",
        "required": true,
        "description": "Data source ID"
      },
      {
        "name": "Database",
        "type": "string",
        "required": true,
        "description": "Database name"
      },
      {
        "name": "DDLSql",
        "type": "string",
        "required": true,
        "description": "Base64-encoded Table Creation Statement"
      },
      {
        "name": "Privilege",
        "type": "integer",
        "required": true,
        "description": "Table permissions, default is 0: Project share; 1: Individual and administrator only"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "Type",
        "type": "string",
        "required": false,
        "description": "数据库类型"
      },
      {
        "name": "Incharge",
        "type": "string",
        "required": false,
        "description": "Person in Charge"
      },
      {
        "name": "DataOptimizationResource",
        "type": "string",
        "required": false,
        "description": "数据优化引擎"
      },
      {
        "name": "SmartOptimizerWritten",
        "type": "string",
        "required": false,
        "description": "是否开启数据优化"
      },
      {
        "name": "TableName",
        "type": "string",
        "required": false,
        "description": "数据优化针对的表"
      },
      {
        "name": "ResourceGroupName",
        "type": "string",
        "required": false,
        "description": "数据优化资源组"
      }
    ]
  },
  "CreateHiveTableByDDL": {
    "summary": "Create Hive table",
    "description": "Create Hive table and return table name",
    "zh": {
      "summary": "创建hive表",
      "description": "创建hive表，返回表名称"
    },
    "members": [
      {
        "name": "DatasourceId",
        "type": "string",
        "required": true,
        "description": "Data Source ID"
      },
      {
        "name": "Database",
        "type": "string",
        "required": true,
        "description": "Database"
      },
      {
        "name": "DDLSql",
        "type": "string",
        "required": true,
        "description": "Create Hive Table DDL"
      },
      {
        "name": "Privilege",
        "type": "integer",
        "required": true,
        "description": "Table permissions, default is 0: Project share; 1: Individual and administrator only"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "Type",
        "type": "string",
        "required": true,
        "description": "Target Table Type (HIVE or GBASE)"
      },
      {
        "name": "Incharge",
        "type": "string",
        "required": false,
        "description": "Person in Charge"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": false,
        "description": "Schema Name"
      },
      {
        "name": "Async",
        "type": "boolean",
        "required": false,
        "description": "是否异步建表"
      },
      {
        "name": "DataOptimizationResource",
        "type": "string",
        "required": false,
        "description": "数据优化使用的资源"
      },
      {
        "name": "SmartOptimizerWritten",
        "type": "string",
        "required": false,
        "description": "是否开启数据优化"
      },
      {
        "name": "TableName",
        "type": "string",
        "required": false,
        "description": "数据优化表名"
      },
      {
        "name": "ResourceGroupName",
        "type": "string",
        "required": false,
        "description": "数据优化资源组"
      }
    ]
  },
  "CreateIntegrationNode": {
    "summary": "Create Integration Node",
    "description": "Create Integration Node",
    "zh": {
      "summary": "创建集成节点",
      "description": "创建集成节点"
    },
    "members": [
      {
        "name": "NodeInfo",
        "type": "object",
        "required": true,
        "description": "Integrated Node Information"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Task Type, 201 for real-time tasks, 202 for offline tasks"
      }
    ]
  },
  "CreateIntegrationTask": {
    "summary": "Create Integration Task",
    "description": "Create Integration Task",
    "zh": {
      "summary": "创建集成任务",
      "description": "创建集成任务"
    },
    "members": [
      {
        "name": "TaskInfo",
        "type": "object",
        "required": true,
        "description": "Task Information"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "CreateOfflineTask": {
    "summary": "Create Offline Task",
    "description": "Create Offline Task",
    "zh": {
      "summary": "创建离线任务",
      "description": "创建离线任务"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "CycleStep",
        "type": "integer",
        "required": true,
        "description": "Interval, optional, default is 1. Not null. Default is 1"
      },
      {
        "name": "DelayTime",
        "type": "integer",
        "required": true,
        "description": "Delayed Execution Time, in minutes"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": true,
        "description": "Task End Data Time. Not Empty. Default to Current Time"
      },
      {
        "name": "Notes",
        "type": "string",
        "required": true,
        "description": "Remarks"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": true,
        "description": "Current date"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": true,
        "description": "Task Name"
      },
      {
        "name": "TypeId",
        "type": "integer",
        "required": true,
        "description": "Keep it consistent with the previous call to the scheduling interface 27"
      },
      {
        "name": "TaskAction",
        "type": "string",
        "required": true,
        "description": "Time Specification, for monthly tasks specify days like 1,3, then enter 1,3. Not Empty. Default \"\" Monthly Task: For specific days like \"1,3\", specifying the end of the month cannot be combined with specific dates, can only be \"L\""
      },
      {
        "name": "TaskMode",
        "type": "string",
        "required": true,
        "description": "Distinguish between canvas and form"
      },
      {
        "name": "TaskImportInfo",
        "type": "object",
        "required": false,
        "description": "导入编排空间配置"
      }
    ]
  },
  "CreateOpsMakePlan": {
    "summary": "Task Operation and Maintenance - Bulk Data Supplement (Create Supplementary Entry Plan)",
    "description": "Bulk Data Supplement (Create Supplementary Entry Task)",
    "zh": {
      "summary": "任务运维-批量补数据（创建补录计划）",
      "description": "批量补数据（创建补录任务）"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "MakeName",
        "type": "string",
        "required": true,
        "description": "Supplemental Plan Name"
      },
      {
        "name": "TaskIdList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Supplementary Task Collection"
      },
      {
        "name": "MakeDatetimeList",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Supplementary Plan Date Range"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "Project Identifier"
      },
      {
        "name": "CheckParent",
        "type": "boolean",
        "required": false,
        "description": "Check Parent Task Status for Supplement, default is not to check. Not recommended for use, will be deprecated, recommend using CheckParentType."
      },
      {
        "name": "CheckParentType",
        "type": "string",
        "required": false,
        "description": "Check Parent Task Type for Supplementary. Value range:\n<li> NONE: Do not check any </li>\n<li> ALL: Check all upstream parent tasks </li>\n<li> MAKE_SCOPE: Check only within the selected tasks of (the current supplementary plan) </li>"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "Project name"
      },
      {
        "name": "SelfDependence",
        "type": "string",
        "required": false,
        "description": "Deprecated. Task Self-Dependency Type: parallel, serial (unordered parallel), orderly (ordered serial)"
      },
      {
        "name": "ParallelNum",
        "type": "integer",
        "required": false,
        "description": "Parallelism"
      },
      {
        "name": "SameCycle",
        "type": "boolean",
        "required": false,
        "description": "Is the generation cycle of the supplementary instance the same as the original cycle, default is true"
      },
      {
        "name": "TargetTaskCycle",
        "type": "string",
        "required": false,
        "description": "Supplementary Instance Target Cycle Type"
      },
      {
        "name": "TargetTaskAction",
        "type": "integer",
        "required": false,
        "description": "Specified Time for Supplementary Instance Target Cycle Type"
      },
      {
        "name": "MapParamList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Custom Parameters for Supplement Instance"
      },
      {
        "name": "CreatorId",
        "type": "string",
        "required": false,
        "description": "Creator ID"
      },
      {
        "name": "Creator",
        "type": "string",
        "required": false,
        "description": "Creator"
      },
      {
        "name": "Remark",
        "type": "string",
        "required": false,
        "description": "Supplementary Plan Description"
      },
      {
        "name": "SameSelfDependType",
        "type": "boolean",
        "required": false,
        "description": "Use Original Self-Dependency Configuration of Task, default is true"
      },
      {
        "name": "SourceTaskCycle",
        "type": "string",
        "required": false,
        "description": "Supplementary Instance Original Cycle Type"
      },
      {
        "name": "SchedulerResourceGroup",
        "type": "string",
        "required": false,
        "description": "If no specified scheduling resource group (ID) is provided, the original task scheduling execution resource group will be used"
      },
      {
        "name": "IntegrationResourceGroup",
        "type": "string",
        "required": false,
        "description": "If no specified integration resource group (ID) is provided, the original task integration execution resource group will be used"
      },
      {
        "name": "SchedulerResourceGroupName",
        "type": "string",
        "required": false,
        "description": "If no specified scheduling resource group name is provided, the original task scheduling execution resource group will be used"
      },
      {
        "name": "IntegrationResourceGroupName",
        "type": "string",
        "required": false,
        "description": "If no specified integration resource group name is provided, the original task integration execution resource group will be used"
      },
      {
        "name": "MakeExtList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "补录扩展属性"
      },
      {
        "name": "SameSelfWorkflowDependType",
        "type": "boolean",
        "required": false,
        "description": "补录扩展属性"
      },
      {
        "name": "SelfWorkflowDependency",
        "type": "string",
        "required": false,
        "description": "补录扩展属性"
      },
      {
        "name": "MakeType",
        "type": "string",
        "required": false,
        "description": "任务 TASK； 项目： PROJECT"
      },
      {
        "name": "StatusList",
        "type": "string",
        "required": false,
        "description": "任务状态"
      },
      {
        "name": "MakeCheckEventType",
        "type": "string",
        "required": false,
        "description": "补录是否跳过事件检查"
      }
    ]
  },
  "CreateRule": {
    "summary": "Create quality rule interface",
    "description": "Create quality rule interface",
    "zh": {
      "summary": "创建质量规则接口",
      "description": "创建质量规则接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "Rule Group ID"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Rule name"
      },
      {
        "name": "TableId",
        "type": "string",
        "required": false,
        "description": "Data Table ID"
      },
      {
        "name": "RuleTemplateId",
        "type": "integer",
        "required": false,
        "description": "Rule Template List"
      },
      {
        "name": "Type",
        "type": "integer",
        "required": false,
        "description": "Rule type 1.System Template, 2.Custom Definition Template, 3.Custom Definition SQL"
      },
      {
        "name": "QualityDim",
        "type": "integer",
        "required": false,
        "description": "Quality Dimension of Rule (1: Accuracy, 2: Uniqueness, 3: Integrity, 4: Consistency, 5: Timeliness, 6: Validity)"
      },
      {
        "name": "SourceObjectDataTypeName",
        "type": "string",
        "required": false,
        "description": "Source Field Detailed Type, int, string"
      },
      {
        "name": "SourceObjectValue",
        "type": "string",
        "required": false,
        "description": "Source Field Name"
      },
      {
        "name": "ConditionType",
        "type": "integer",
        "required": false,
        "description": "Detection Range 1.Whole Table 2.Conditional Scan"
      },
      {
        "name": "ConditionExpression",
        "type": "string",
        "required": false,
        "description": "Conditional Scan WHERE Condition Expression"
      },
      {
        "name": "CustomSql",
        "type": "string",
        "required": false,
        "description": "Custom Definition SQL"
      },
      {
        "name": "CompareRule",
        "type": "object",
        "required": false,
        "description": "Alert Trigger Condition"
      },
      {
        "name": "AlarmLevel",
        "type": "integer",
        "required": false,
        "description": "Alert Trigger Level 1.Low, 2.Medium, 3.High"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Rule Description"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "Data Source ID"
      },
      {
        "name": "DatabaseId",
        "type": "string",
        "required": false,
        "description": "Database ID"
      },
      {
        "name": "TargetDatabaseId",
        "type": "string",
        "required": false,
        "description": "Target Database Id"
      },
      {
        "name": "TargetTableId",
        "type": "string",
        "required": false,
        "description": "Target Table Id"
      },
      {
        "name": "TargetConditionExpr",
        "type": "string",
        "required": false,
        "description": "Target Filter Condition Expression"
      },
      {
        "name": "RelConditionExpr",
        "type": "string",
        "required": false,
        "description": "Source Field and Target Field Association Condition ON Expression"
      },
      {
        "name": "FieldConfig",
        "type": "object",
        "required": false,
        "description": "Custom Definition Template SQL Expression Field Replacement Parameter"
      },
      {
        "name": "TargetObjectValue",
        "type": "string",
        "required": false,
        "description": "Target Field Name CITY"
      },
      {
        "name": "SourceEngineTypes",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "Supported Execution Engine List for the Rule"
      }
    ]
  },
  "CreateRuleTemplate": {
    "summary": "Create Rule Template",
    "description": "Create Rule Template",
    "zh": {
      "summary": "创建规则模板",
      "description": "创建规则模板"
    },
    "members": [
      {
        "name": "Type",
        "type": "integer",
        "required": false,
        "description": "Template Type 1. System Template 2. Custom Definition Template"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Template Name"
      },
      {
        "name": "QualityDim",
        "type": "integer",
        "required": false,
        "description": "Quality Inspection Dimension 1. Accuracy 2. Uniqueness 3. Integrity 4. Consistency 5. Timeliness 6. Validity"
      },
      {
        "name": "SourceObjectType",
        "type": "integer",
        "required": false,
        "description": "Source Data Object Type 1. Constant 2. Offline Table Level 2. Offline Field Level"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Template Description"
      },
      {
        "name": "SourceEngineTypes",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "Corresponding Engine Type of the Source"
      },
      {
        "name": "MultiSourceFlag",
        "type": "boolean",
        "required": false,
        "description": "Whether to Associate with Other Databases and Tables"
      },
      {
        "name": "SqlExpression",
        "type": "string",
        "required": false,
        "description": "SQL Expression"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "WhereFlag",
        "type": "boolean",
        "required": false,
        "description": "Whether to add where parameter"
      }
    ]
  },
  "CreateTask": {
    "summary": "Create a task (Deprecated)",
    "description": "This API is used to create a task. This API is deprecated. Use the CreateTaskNew API.",
    "zh": {
      "summary": "创建任务（废弃）",
      "description": "创建任务。本接口已废弃，请使用接口CreateTaskNew。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": true,
        "description": "Task Name"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "26 Offline Synchronization,30 Python,31 PySpark,32 DLC,33 Impala,34 Hive SQL,35 Shell,36 Spark SQL,39 Spark,40 TCHouse-P,92 MapReduce"
      },
      {
        "name": "TaskExt",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Extended Attributes"
      }
    ]
  },
  "CreateTaskAlarmRegular": {
    "summary": "Create task alert rules",
    "description": "Create task alert rules",
    "zh": {
      "summary": "创建任务告警规则",
      "description": "创建任务告警规则"
    },
    "members": [
      {
        "name": "TaskAlarmInfo",
        "type": "object",
        "required": true,
        "description": "Alert Configuration Information"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "CreateTaskFolder": {
    "summary": "Create Task Folder",
    "description": "Orchestration Space - Workflow - Create Task Folder",
    "zh": {
      "summary": "创建任务文件夹",
      "description": "编排空间-工作流-创建任务文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "Folder Name"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID"
      },
      {
        "name": "ParentFolderId",
        "type": "string",
        "required": false,
        "description": "Parent Folder ID"
      },
      {
        "name": "TaskNodeType",
        "type": "string",
        "required": false,
        "description": "目录分类，该值必传，枚举值如下：\nETL：数据集成\nEMR：EMR\nTBDS：TBDS\nDLC：DLC\nTDSQL：TDSQL\nTCHOUSE：TCHOUSE\nGENERAL：通用\nTI_ONE：TI-ONE机器学习\nACROSS_WORKFLOWS：跨工作流"
      }
    ]
  },
  "CreateTaskNew": {
    "summary": "Aggregate task creation",
    "description": "This API is used to aggregate task creation.",
    "zh": {
      "summary": "聚合创建任务",
      "description": "聚合创建任务"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": true,
        "description": "Task Name"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "26 offline synchronization,30 Python,31 PySpark,32 DLC,33 Impala,34 Hive SQL,35 Shell,36 Spark SQL,39 Spark,40 CDW PG,92 MapReduce."
      },
      {
        "name": "Content",
        "type": "string",
        "required": true,
        "description": "Specifies the script content, base64 encoded"
      },
      {
        "name": "TaskExt",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Extended Attribute"
      },
      {
        "name": "ProductName",
        "type": "string",
        "required": false,
        "description": "Product Name"
      },
      {
        "name": "InstanceInitStrategy",
        "type": "string",
        "required": false,
        "description": "Specifies the task instance initialization strategy"
      },
      {
        "name": "LeftCoordinate",
        "type": "number",
        "required": false,
        "description": "The horizontal axis of the canvas coordinate"
      },
      {
        "name": "TopCoordinate",
        "type": "number",
        "required": false,
        "description": "The vertical axis of the canvas coordinate"
      },
      {
        "name": "TaskFolderId",
        "type": "string",
        "required": false,
        "description": "Workflow Directory ID"
      },
      {
        "name": "CodeTemplateId",
        "type": "string",
        "required": false,
        "description": "Code Template ID"
      }
    ]
  },
  "CreateTaskVersionDs": {
    "summary": "Submit Task Version",
    "description": "Submit Task Version",
    "zh": {
      "summary": "提交任务版本",
      "description": "提交任务版本"
    },
    "members": [
      {
        "name": "Task",
        "type": "object",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "NeedCheckParentSubmitted",
        "type": "boolean",
        "required": true,
        "description": "Whether to verify that the parent task has been submitted for scheduling"
      },
      {
        "name": "AutoRun",
        "type": "boolean",
        "required": true,
        "description": "Automatic Execution"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "Request Source, WEB frontend; CLIENT client"
      },
      {
        "name": "AlarmWays",
        "type": "string",
        "required": false,
        "description": "Alert Method: email-Email; sms-SMS; wecom-WeCom"
      },
      {
        "name": "AlarmRecipientTypes",
        "type": "string",
        "required": false,
        "description": "Alert Object: 1-Project Administrator, 2-Task Owner"
      },
      {
        "name": "EnableCheckTaskCycleLink",
        "type": "boolean",
        "required": false,
        "description": "Whether to verify circular dependencies, default is true. If false is passed after successful validation using CheckTaskCycleLink and CheckTaskCycleConfiguration interfaces, the back-end server will not perform validation"
      },
      {
        "name": "EnableMakeUp",
        "type": "boolean",
        "required": false,
        "description": "<p>是否需要补录中间实例</p>"
      },
      {
        "name": "AssignApprovalList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "<p>指定审批人列表</p>"
      },
      {
        "name": "MissingInstanceStrategy",
        "type": "string",
        "required": false,
        "description": "<p>MAKEUP:补录缺失的实例;FORCE_SUCCESS:将缺失的实例置成功;SKIP:不处理，忽略缺失的实例</p>"
      }
    ]
  },
  "CreateWorkflowDs": {
    "summary": "Creating workflow",
    "description": "Creating workflow",
    "zh": {
      "summary": "创建工作流",
      "description": "创建工作流"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "WorkflowName",
        "type": "string",
        "required": true,
        "description": "Workflow name"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID"
      },
      {
        "name": "WorkflowDesc",
        "type": "string",
        "required": false,
        "description": "Workflow Description"
      },
      {
        "name": "WorkflowType",
        "type": "string",
        "required": false,
        "description": "工作流类型,取值示例\n\n- cycle 周期工作流\n- manual 手动工作流"
      }
    ]
  },
  "DagInstances": {
    "summary": "Pull DAG Instance",
    "description": "Pull DAG Instance",
    "zh": {
      "summary": "拉取dag实例",
      "description": "拉取dag实例"
    },
    "members": [
      {
        "name": "Instances",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Instance List"
      },
      {
        "name": "CheckFather",
        "type": "boolean",
        "required": false,
        "description": "Check Parent Task Type, true: Check parent task; false: Do not check parent task"
      },
      {
        "name": "RerunType",
        "type": "string",
        "required": false,
        "description": "Rerun Type, 1: Self; 3: Child; 2: Self and Child"
      },
      {
        "name": "DependentWay",
        "type": "string",
        "required": false,
        "description": "Instance Dependency Mode, 1: Self-dependent; 2: Task-dependent; 3: Self and Parent-Child dependent"
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "Rerun Ignore Event Listening or Not"
      },
      {
        "name": "SonInstanceType",
        "type": "string",
        "required": false,
        "description": "Downstream Instance Range 1: Within the workflow 2: Within the project 3: Across all workflows dependent on the project"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": false,
        "description": "Query conditions, this interface requires the example information to be placed in this field"
      },
      {
        "name": "OptType",
        "type": "string",
        "required": false,
        "description": "Access type"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": false,
        "description": "Operator Name"
      },
      {
        "name": "OperatorId",
        "type": "string",
        "required": false,
        "description": "Operator ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "Project Identifier"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "Project name"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "Index Page Number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size"
      },
      {
        "name": "Count",
        "type": "integer",
        "required": false,
        "description": "Total Data"
      },
      {
        "name": "RequestBaseInfo",
        "type": "object",
        "required": false,
        "description": "Basic Request Information"
      },
      {
        "name": "IsCount",
        "type": "boolean",
        "required": false,
        "description": "Whether to Calculate Total"
      }
    ]
  },
  "DeleteCodeTemplate": {
    "summary": "删除代码模版",
    "description": "删除代码模版",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "CodeTemplateId",
        "type": "string",
        "required": true,
        "description": "模版ID"
      }
    ]
  },
  "DeleteCustomFunction": {
    "summary": "Delete user-defined Definition functions",
    "description": "Delete user-defined Definition functions",
    "zh": {
      "summary": "删除用户自定义函数",
      "description": "删除用户自定义函数"
    },
    "members": [
      {
        "name": "ClusterIdentifier",
        "type": "string",
        "required": false,
        "description": "Cluster Instance ID"
      },
      {
        "name": "FunctionId",
        "type": "string",
        "required": false,
        "description": "Function ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID, required"
      },
      {
        "name": "FunctionName",
        "type": "string",
        "required": false,
        "description": "Function Name"
      },
      {
        "name": "FunctionType",
        "type": "string",
        "required": false,
        "description": "Function Type, HIVE, SPARK, DLC, CDW_POSTGRESQL"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": false,
        "description": "Database name"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": false,
        "description": "Pattern name"
      },
      {
        "name": "CommandFormat",
        "type": "string",
        "required": false,
        "description": "Function Command Format"
      }
    ]
  },
  "DeleteDataModel": {
    "summary": "（仅公有云）销毁数据建模，提供给云应用使用，实现Wedata数据建模的销毁",
    "description": "销毁数据建模，提供给云应用使用，实现“Wedata数据建模”的销毁",
    "members": [
      {
        "name": "CloudappId",
        "type": "string",
        "required": true,
        "description": "云应用的实例id"
      },
      {
        "name": "DataModelId",
        "type": "string",
        "required": true,
        "description": "数据建模的实例id"
      },
      {
        "name": "UserId",
        "type": "string",
        "required": true,
        "description": "用户的子账号id"
      }
    ]
  },
  "DeleteDataSources": {
    "summary": "Data Source Management - Delete Data Source",
    "description": "Delete Data Source",
    "zh": {
      "summary": "数据源管理-删除数据源",
      "description": "删除数据源"
    },
    "members": [
      {
        "name": "Ids",
        "type": "array",
        "required": true,
        "items": "integer",
        "description": "ID List"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      }
    ]
  },
  "DeleteDsFolder": {
    "summary": "Folder deletion",
    "description": "Orchestration space - delete folders",
    "zh": {
      "summary": "删除文件夹",
      "description": "编排空间-删除文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID"
      }
    ]
  },
  "DeleteFile": {
    "summary": "Development Space - Delete File",
    "description": "Delete File",
    "zh": {
      "summary": "开发空间-删除文件",
      "description": "删除文件"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "ResourceId",
        "type": "string",
        "required": true,
        "description": "Resource ID"
      }
    ]
  },
  "DeleteFilePath": {
    "summary": "Development Space - Batch Delete Directories and Files",
    "description": "Development Space - Batch Delete Directories and Files",
    "zh": {
      "summary": "开发空间-批量删除目录和文件",
      "description": "开发空间-批量删除目录和文件"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "ResourceIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Resource ID"
      },
      {
        "name": "UseStatus",
        "type": "string",
        "required": true,
        "description": "Usage Status- true\n- false"
      },
      {
        "name": "FilePaths",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "File path"
      }
    ]
  },
  "DeleteIntegrationNode": {
    "summary": "Delete Integration Node",
    "description": "Delete Integration Node",
    "zh": {
      "summary": "删除集成节点",
      "description": "删除集成节点"
    },
    "members": [
      {
        "name": "Id",
        "type": "string",
        "required": true,
        "description": "Node ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "DeleteIntegrationTask": {
    "summary": "Delete integration tasks",
    "description": "Delete integration tasks",
    "zh": {
      "summary": "删除实时集成任务",
      "description": "删除集成任务"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "DeleteLink": {
    "summary": "删除任务连接",
    "description": "删除任务连接",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "当前项目Id"
      },
      {
        "name": "TaskFrom",
        "type": "string",
        "required": true,
        "description": "边的源节点"
      },
      {
        "name": "TaskTo",
        "type": "string",
        "required": true,
        "description": "边的目标节点"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "当前工作流Id"
      },
      {
        "name": "Id",
        "type": "string",
        "required": true,
        "description": "边Id"
      },
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "请求来源，WEB 前端；CLIENT 客户端"
      }
    ]
  },
  "DeleteOfflineTask": {
    "summary": "Deleting task",
    "description": "Deleting task",
    "zh": {
      "summary": "删除离线任务",
      "description": "删除任务"
    },
    "members": [
      {
        "name": "OperatorName",
        "type": "string",
        "required": true,
        "description": "Operator's name"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project/workspace ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "VirtualFlag",
        "type": "boolean",
        "required": true,
        "description": "Virtual task marker (defaults to false, consistent with previous scheduling interfaces)"
      }
    ]
  },
  "DeleteProjectParamDs": {
    "summary": "Delete Project Parameters",
    "description": "Delete Project Parameters",
    "zh": {
      "summary": "删除项目参数",
      "description": "删除项目参数"
    },
    "members": [
      {
        "name": "ParamKey",
        "type": "string",
        "required": true,
        "description": "Parameter Name"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "DeleteProjectUsers": {
    "summary": "Delete Project Users",
    "description": "Delete Project Users",
    "zh": {
      "summary": "删除项目用户",
      "description": "删除项目用户"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "UserIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "User ID list"
      }
    ]
  },
  "DeleteResource": {
    "summary": "Delete Resources",
    "description": "Remove resources in Resource Management",
    "zh": {
      "summary": "删除资源（废弃）",
      "description": "资源管理删除资源。本接口已废弃，请使用接口DeleteResourceFile。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "ResourceId",
        "type": "string",
        "required": true,
        "description": "Resource ID"
      }
    ]
  },
  "DeleteResourceFile": {
    "summary": "[Resource Management] Delete Resource",
    "description": "Resource Management - Delete Resource File",
    "zh": {
      "summary": "【资源管理】删除资源",
      "description": "资源管理-删除资源文件"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "ResourceId",
        "type": "string",
        "required": true,
        "description": "Resource ID"
      }
    ]
  },
  "DeleteResourceFiles": {
    "summary": "[Resource Management] Bulk Delete Resources",
    "description": "Resource Management-Batch Delete Resource Files",
    "zh": {
      "summary": "【资源管理】批量删除资源",
      "description": "资源管理-批量删除资源文件"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "UseStatus",
        "type": "boolean",
        "required": true,
        "description": "Usage Status"
      },
      {
        "name": "ResourceIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Resource ID List"
      },
      {
        "name": "FilePaths",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Resource Path List"
      }
    ]
  },
  "DeleteRule": {
    "summary": "Delete Quality Rule Interface",
    "description": "Delete Quality Rule Interface",
    "zh": {
      "summary": "删除质量规则接口",
      "description": "删除质量规则接口"
    },
    "members": [
      {
        "name": "RuleId",
        "type": "integer",
        "required": false,
        "description": "Quality Rule ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      }
    ]
  },
  "DeleteRuleTemplate": {
    "summary": "Deleting Rule Template",
    "description": "Deleting Rule Template",
    "zh": {
      "summary": "删除规则模板",
      "description": "删除规则模板"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "Ids",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "Template ID List"
      }
    ]
  },
  "DeleteTaskAlarmRegular": {
    "summary": "Delete Task Alert Rule",
    "description": "Delete Task Alert Rule",
    "zh": {
      "summary": "删除任务告警规则",
      "description": "删除任务告警规则"
    },
    "members": [
      {
        "name": "Id",
        "type": "string",
        "required": true,
        "description": "Primary key ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "Task ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Task Type (201 represents Real-time task, 202 represents Offline task)"
      }
    ]
  },
  "DeleteTaskDs": {
    "summary": "Delete Orchestration Space Task",
    "description": "Delete Orchestration Space Task",
    "zh": {
      "summary": "删除编排空间任务",
      "description": "删除编排空间任务"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "DeleteScript",
        "type": "boolean",
        "required": false,
        "description": "Delete script?\ntrue: delete\nfalse: do not delete\nDefault false if not passed"
      },
      {
        "name": "OperateInform",
        "type": "boolean",
        "required": false,
        "description": "Task operation: Notify downstream task owners?\ntrue: notify\nfalse: do not notify\nDefault false if not passed"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "Task IDChoose either VirtualTaskId or"
      },
      {
        "name": "VirtualTaskId",
        "type": "string",
        "required": false,
        "description": "Virtual task id\nEither TaskId or this field is optional"
      },
      {
        "name": "VirtualFlag",
        "type": "boolean",
        "required": false,
        "description": "Virtual task flag\ntrue: It is a virtual task\nfalse: It is not a virtual task\nDefault false if not passed"
      },
      {
        "name": "DeleteMode",
        "type": "boolean",
        "required": false,
        "description": "Task deletion method\ntrue: Do not force fail downstream task instances\nfalse: Force fail downstream task instances\nIf not specified, the default is false"
      }
    ]
  },
  "DeleteTaskLineage": {
    "summary": "删除任务血缘关系",
    "description": "删除任务血缘信息",
    "members": [
      {
        "name": "Task",
        "type": "object",
        "required": true,
        "description": "任务信息"
      },
      {
        "name": "ChannelType",
        "type": "string",
        "required": true,
        "description": "wedata内部任务默认SQL"
      }
    ]
  },
  "DeleteWorkflowById": {
    "summary": "Delete Workflow by Workflow Id",
    "description": "Delete Workflow by Workflow Id",
    "zh": {
      "summary": "通过工作流Id删除工作流",
      "description": "通过工作流Id删除工作流"
    },
    "members": [
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "DeleteMode",
        "type": "boolean",
        "required": false,
        "description": "Handling method for downstream tasks after deletion, true: all downstream tasks run normally false: all downstream tasks fail"
      },
      {
        "name": "EnableNotify",
        "type": "boolean",
        "required": false,
        "description": "Notify downstream task owners after task deletion, true: notify false: do not notify"
      }
    ]
  },
  "DescribeAlarmEvents": {
    "summary": "Alert event list",
    "description": "Alert event list",
    "zh": {
      "summary": "告警事件列表",
      "description": "告警事件列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Current Page"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Number of records per page"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter criteria (key can be: AlarmLevel, AlarmIndicator, KeyWord)"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sort Fields (AlarmTime)"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Type (201 for real-time, 202 for offline)"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Start Time"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "End time"
      },
      {
        "name": "MonitorType",
        "type": "integer",
        "required": false,
        "description": "Monitored Object Type (1: All Tasks, 2: Assigned Task, 3: Designated Responsible Person, 4: Specified Resource Group)"
      }
    ]
  },
  "DescribeAlarmReceiver": {
    "summary": "Alert Recipient Details",
    "description": "Alert Recipient Details",
    "zh": {
      "summary": "告警接收人详情",
      "description": "告警接收人详情"
    },
    "members": [
      {
        "name": "AlarmId",
        "type": "string",
        "required": true,
        "description": "Alert ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Current Page"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Number of records per page"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Type"
      },
      {
        "name": "AlarmRecipient",
        "type": "string",
        "required": false,
        "description": "Alarm Recipient ID (comma-separated)"
      },
      {
        "name": "AlarmRecipientName",
        "type": "string",
        "required": false,
        "description": "Name of alarm recipient (comma-separated)"
      },
      {
        "name": "AlarmTime",
        "type": "string",
        "required": false,
        "description": "Alarm Time"
      },
      {
        "name": "MessageId",
        "type": "string",
        "required": false,
        "description": "Message ID"
      },
      {
        "name": "RecordId",
        "type": "integer",
        "required": false,
        "description": "Alert Record ID"
      },
      {
        "name": "MonitorType",
        "type": "integer",
        "required": false,
        "description": "Monitored Object Type (1: All Tasks, 2: Assigned Task, 3: Designated Responsible Person, 4: Specified Resource Group)"
      }
    ]
  },
  "DescribeAllByFolderNew": {
    "summary": "Query all subfolders + workflows under the parent directory",
    "description": "Query all subfolders + workflows under the parent directory",
    "zh": {
      "summary": "查询父目录下所有子文件夹+工作流",
      "description": "查询父目录下所有子文件夹+工作流"
    },
    "members": [
      {
        "name": "Folder",
        "type": "object",
        "required": false,
        "description": "Folder Attributes"
      },
      {
        "name": "Workflows",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Workflow List"
      },
      {
        "name": "TargetFolderId",
        "type": "string",
        "required": false,
        "description": "Target File ID"
      },
      {
        "name": "KeyWords",
        "type": "string",
        "required": false,
        "description": "Keyword"
      },
      {
        "name": "ParentsFolderId",
        "type": "string",
        "required": false,
        "description": "Parent File ID"
      },
      {
        "name": "IsAddWorkflow",
        "type": "string",
        "required": false,
        "description": "Pull Folder List"
      },
      {
        "name": "TaskStates",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Task Status"
      },
      {
        "name": "FindType",
        "type": "string",
        "required": false,
        "description": "Search type"
      },
      {
        "name": "OptType",
        "type": "string",
        "required": false,
        "description": "Access type"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": false,
        "description": "Operator Name"
      },
      {
        "name": "OperatorId",
        "type": "string",
        "required": false,
        "description": "Operator ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "Project Identifier"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "Project name"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "Index Page Number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size"
      },
      {
        "name": "Count",
        "type": "integer",
        "required": false,
        "description": "Total Data"
      },
      {
        "name": "RequestBaseInfo",
        "type": "object",
        "required": false,
        "description": "Basic Request Information"
      },
      {
        "name": "IsCount",
        "type": "boolean",
        "required": false,
        "description": "Whether to Calculate Total"
      }
    ]
  },
  "DescribeApproveList": {
    "summary": "Getting pending approval list",
    "description": "Getting pending approval list",
    "zh": {
      "summary": "获取待审批列表",
      "description": "获取待审批列表"
    },
    "members": [
      {
        "name": "ApproveClassification",
        "type": "string",
        "required": true,
        "description": "Approval Category Key"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Page size"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Pagination Number"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Custom Definition condition query"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sort Fields"
      }
    ]
  },
  "DescribeApproveTypeList": {
    "summary": "Get Approval Category List",
    "description": "Get Approval Category List",
    "zh": {
      "summary": "获取审批分类列表",
      "description": "获取审批分类列表"
    },
    "members": [
      {
        "name": "Classification",
        "type": "string",
        "required": true,
        "description": "Type key"
      }
    ]
  },
  "DescribeBaseBizCatalogs": {
    "summary": "数据类目基础信息列表",
    "description": "数据地图-信息配置 数据类目列表",
    "members": []
  },
  "DescribeBatchOperateTask": {
    "summary": "Batch operation page to retrieve task list",
    "description": "Batch operation page to retrieve task list",
    "zh": {
      "summary": "批量操作页面获取任务列表",
      "description": "批量操作页面获取任务列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "Page",
        "type": "string",
        "required": true,
        "description": "Page Number"
      },
      {
        "name": "Size",
        "type": "string",
        "required": true,
        "description": "Page Number"
      },
      {
        "name": "StatusList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Status ListDraft: 'NS','N','P','R'\nRunning: 'Y'\nStopped: 'F'\nFrozen: 'O'\nStopping: 'T'"
      },
      {
        "name": "OwnerNameList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "List of Responsible Persons"
      },
      {
        "name": "WorkflowIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Workflow List"
      },
      {
        "name": "TaskNameFilter",
        "type": "string",
        "required": false,
        "description": "Task Name Search"
      },
      {
        "name": "TaskTypeList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Task Type List"
      },
      {
        "name": "FordIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Folder List"
      },
      {
        "name": "TaskIdFilter",
        "type": "string",
        "required": false,
        "description": "Task ID Search"
      },
      {
        "name": "OwnerNameFilter",
        "type": "string",
        "required": false,
        "description": "Responsible Person Search"
      },
      {
        "name": "SortItem",
        "type": "string",
        "required": false,
        "description": "Sort Fields:\nUpdateTime\nCreateTime"
      },
      {
        "name": "SortType",
        "type": "string",
        "required": false,
        "description": "asc: Ascending\ndesc: Descending"
      },
      {
        "name": "DataEngineList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Engine Type List: Three Types\nSparkJob\nSparkSql\npresto"
      },
      {
        "name": "UserId",
        "type": "string",
        "required": false,
        "description": "Operator Name"
      },
      {
        "name": "OwnerId",
        "type": "string",
        "required": false,
        "description": "1"
      },
      {
        "name": "TenantId",
        "type": "string",
        "required": false,
        "description": "1"
      },
      {
        "name": "DatasourceIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Data Source ID List"
      },
      {
        "name": "DatasourceTypeList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Data Source Type List"
      },
      {
        "name": "CycleUnitList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Scheduling Unit Type List"
      },
      {
        "name": "CanSubmit",
        "type": "boolean",
        "required": false,
        "description": "Filter out tasks that can be submitted?"
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "description": "返回时间字段需要转换的时区"
      },
      {
        "name": "MinUpdateTime",
        "type": "string",
        "required": false,
        "description": "任务最后更新时间最小值，ISO8601格式，如2025-07-16T15:00:00+08:00"
      },
      {
        "name": "MaxUpdateTime",
        "type": "string",
        "required": false,
        "description": "任务最后更新时间最大值，ISO8601格式，如2025-07-17T15:00:00+08:00"
      }
    ]
  },
  "DescribeCodeTemplateDetail": {
    "summary": "查询代码模版具体详情",
    "description": "查询代码模版具体详情",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "CodeTemplateId",
        "type": "string",
        "required": true,
        "description": "模版Id"
      },
      {
        "name": "NeedReturnScriptContent",
        "type": "boolean",
        "required": false,
        "description": "是否需要返回脚本内容，默认false。"
      }
    ]
  },
  "DescribeColumnLineage": {
    "summary": "List Field Lineage Information",
    "description": "List Field Lineage Information",
    "zh": {
      "summary": "列出字段血缘信息",
      "description": "列出字段血缘信息"
    },
    "members": [
      {
        "name": "Direction",
        "type": "string",
        "required": true,
        "description": "Enumeration value of query direction.\n\n- INPUT\n- OUTPUT\n- BOTH"
      },
      {
        "name": "Data",
        "type": "object",
        "required": true,
        "description": "Field Information"
      },
      {
        "name": "InputDepth",
        "type": "integer",
        "required": false,
        "description": "Single Query Indegree"
      },
      {
        "name": "OutputDepth",
        "type": "integer",
        "required": false,
        "description": "Single Query Outdegree"
      },
      {
        "name": "ExtParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Additional Parameters (Pass Caller Information)"
      },
      {
        "name": "IgnoreTemp",
        "type": "boolean",
        "required": false,
        "description": "Filter Temporary Tables with the default value true"
      }
    ]
  },
  "DescribeColumnsMeta": {
    "summary": "Query all column metadata of the table",
    "description": "Query all column metadata of the table",
    "zh": {
      "summary": "查询表的所有列元数据",
      "description": "查询表的所有列元数据"
    },
    "members": [
      {
        "name": "TableId",
        "type": "string",
        "required": true,
        "description": "Table ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page Number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Page Size"
      },
      {
        "name": "FilterSet",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter"
      },
      {
        "name": "OrderFieldSet",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sort Fields"
      },
      {
        "name": "IsPartitionQuery",
        "type": "boolean",
        "required": false,
        "description": "Whether to Query Partition Field, Default false"
      },
      {
        "name": "ComplianceId",
        "type": "integer",
        "required": false,
        "description": "Compliance Group ID"
      }
    ]
  },
  "DescribeDataAssets": {
    "summary": "查询数据资产",
    "description": "查询数据资产列表",
    "members": [
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "请求来源，WEB 前端；CLIENT 客户端"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤字段名称\nName 取值如下\n      keyword 搜索关键字\n      bizCatalogIds 表示目录分类取值\n      DataAssetType 数据资产类型枚举取值：ALL-全部类型、TABLE-数据表\n      DatasourceType 数据源类型\n      datasourceIds 数据源ID列表\n      DatabaseName 数据库名称\n      InCharge 负责人\n      ProjectId 项目ID\n      Label 标签\n      ProjectId 数据资产归属的项目ID\n      AssetLevel 等级 取值：ALL-全部，40-核心，30-重要，20-一般，10-临时\n      OwnerMe 我负责的\n      PermissionMe 我有权限的\n      MyFavorite 我收藏的"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序字段列表\n取值：\n     Name： Table-按表名，LikeCount-按热度\n     Direction： ASC, DESC"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "页码，配合pageSize使用"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "每页数目，配合pageNumber使用"
      }
    ]
  },
  "DescribeDatabaseByName": {
    "summary": "根据数据库名称和数据源id获取数据库信息",
    "description": "根据数据库名称和数据源id获取数据库信息",
    "members": [
      {
        "name": "DatabaseName",
        "type": "string",
        "required": true,
        "description": "数据库名称"
      },
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": true,
        "description": "数据源id"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": false,
        "description": "schema名称"
      },
      {
        "name": "ClusterId",
        "type": "string",
        "required": false,
        "description": "集群id"
      }
    ]
  },
  "DescribeDatabaseInfoList": {
    "summary": "Obtain Database Information",
    "description": "Obtain Database Information",
    "zh": {
      "summary": "获取数据库信息",
      "description": "获取数据库信息"
    },
    "members": [
      {
        "name": "Filters",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Ignore Query String"
      },
      {
        "name": "ConnectionType",
        "type": "string",
        "required": true,
        "description": "Connection Type"
      }
    ]
  },
  "DescribeDatabaseMeta": {
    "summary": "查询数据库元数据",
    "description": "根据数据库Id查询数据库元数据，带有数据源和项目信息",
    "members": [
      {
        "name": "DatabaseId",
        "type": "string",
        "required": true,
        "description": "数据源唯一Id"
      }
    ]
  },
  "DescribeDatabaseMetas": {
    "summary": "Querying database list",
    "description": "Querying database list",
    "zh": {
      "summary": "查询数据库列表",
      "description": "查询数据库列表"
    },
    "members": [
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter Fields, projectIds/msTypes/createTime/modifiedTime"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sort Fields, such as name"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "pagesize"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "pageNumber"
      }
    ]
  },
  "DescribeDataCheckStat": {
    "summary": "Data Quality Data Monitoring Interface",
    "description": "Data Quality Overview Page Data Monitoring Interface",
    "zh": {
      "summary": "数据质量数据监测情况接口",
      "description": "数据质量的概览页面数据监测情况接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "BeginDate",
        "type": "string",
        "required": true,
        "description": "Start time, timestamp to the second"
      },
      {
        "name": "EndDate",
        "type": "string",
        "required": true,
        "description": "End time, timestamp to the second"
      }
    ]
  },
  "DescribeDataServicePublishedApiDetail": {
    "summary": "查询数据服务API的发布态信息详情",
    "description": "查询数据服务API的发布态信息",
    "members": [
      {
        "name": "Id",
        "type": "string",
        "required": true,
        "description": "服务Id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      }
    ]
  },
  "DescribeDataServicePublishedApiList": {
    "summary": "获取数据服务API的发布态信息列表",
    "description": "获取数据服务API的发布态信息列表",
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "每页大小"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "Filters",
        "type": "object",
        "required": false,
        "description": "查询参数"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序配置"
      }
    ]
  },
  "DescribeDatasource": {
    "summary": "Data Source Management - Data Source Details",
    "description": "Data Source Details",
    "zh": {
      "summary": "数据源管理-数据源详情",
      "description": "数据源详情"
    },
    "members": [
      {
        "name": "Id",
        "type": "integer",
        "required": true,
        "description": "Unique Object ID"
      },
      {
        "name": "Env",
        "type": "string",
        "required": false,
        "description": "production: production, development: development"
      }
    ]
  },
  "DescribeDataSourceInfoList": {
    "summary": "Obtain Data Source Information",
    "description": "Obtain Data Source Information - Data Source Pagination List",
    "zh": {
      "summary": "获取数据源信息",
      "description": "获取数据源信息-数据源分页列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page Number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page number"
      },
      {
        "name": "Filters",
        "type": "object",
        "required": false,
        "description": "Filter condition (not supported yet)"
      },
      {
        "name": "OrderFields",
        "type": "object",
        "required": false,
        "description": "Sorting Configuration"
      },
      {
        "name": "Type",
        "type": "string",
        "required": false,
        "description": "Data Source Type, mandatory (e.g., MYSQL, DLC, etc.)"
      },
      {
        "name": "DatasourceName",
        "type": "string",
        "required": false,
        "description": "Data Source Name Filter"
      }
    ]
  },
  "DescribeDataSourceList": {
    "summary": "Data Source Management - Query Data Source Pagination List",
    "description": "Data Source Details",
    "zh": {
      "summary": "数据源管理-查询数据源分页列表",
      "description": "数据源详情"
    },
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page Number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Number of returns"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sorting Configuration"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Optional Filter Criteria, Filter optional configurations (reference): \"Name\": { \"type\": \"string\", \"description\": \"Data Source Name\" }, \"Type\": { \"type\": \"string\", \"description\": \"Type\" }, \"ClusterId\": { \"type\": \"string\", \"description\": \"Cluster ID\" }, \"CategoryId\": { \"type\": \"string\", \"description\": \"Classification, Project or Space ID\" }"
      }
    ]
  },
  "DescribeDependOpsTasks": {
    "summary": "Search for upstream-downstream task nodes by hierarchy",
    "description": "Search for upstream/downstream task nodes by hierarchy",
    "zh": {
      "summary": "根据层级查找上-下游任务节点",
      "description": "根据层级查找上/下游任务节点"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "Deep",
        "type": "integer",
        "required": true,
        "description": "Upstream/Downstream Levels 1-6"
      },
      {
        "name": "Up",
        "type": "integer",
        "required": true,
        "description": "1: Indicates querying upstream nodes; 0: Indicates querying downstream nodes; 2: Indicates querying both upstream and downstream nodes"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Task Workflow ID"
      }
    ]
  },
  "DescribeDependTaskLists": {
    "summary": "Query Task Detail List by taskIds",
    "description": "Query Task Detail List by taskIds",
    "zh": {
      "summary": "通过taskIds查询task详情列表",
      "description": "通过taskIds查询task详情列表"
    },
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task ID List"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "DescribeDimensionScore": {
    "summary": "Query Dimension Score",
    "description": "Quality Report - Query Quality Score",
    "zh": {
      "summary": "查询维度评分",
      "description": "质量报告-查询质量评分"
    },
    "members": [
      {
        "name": "StatisticsDate",
        "type": "integer",
        "required": true,
        "description": "Statistics Date Timestamp"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "Data source ID"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Ignore Query String"
      }
    ]
  },
  "DescribeDsFolderTree": {
    "summary": "Orchestration Space - Query Directory Tree",
    "description": "Query Directory Tree",
    "zh": {
      "summary": "编排空间-查询目录树",
      "description": "查询目录树"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "FirstLevelPull",
        "type": "boolean",
        "required": false,
        "description": "Whether to Pull at First Level true Yes \nfalse No"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": false,
        "description": "Folder ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Keyword Search"
      },
      {
        "name": "IncludeWorkflow",
        "type": "boolean",
        "required": false,
        "description": "Whether to Include Workflow true Yes \nfalse No"
      },
      {
        "name": "IncludeTask",
        "type": "boolean",
        "required": false,
        "description": "Whether to Include Tasks true Yes \nfalse No"
      },
      {
        "name": "IncludeVirtualTask",
        "type": "boolean",
        "required": false,
        "description": "Does it include virtual tasks? This parameter is effective only when IncludeTask is true, default is true"
      },
      {
        "name": "TaskFolderId",
        "type": "string",
        "required": false,
        "description": "Task directory ID"
      },
      {
        "name": "DisplayType",
        "type": "string",
        "required": false,
        "description": "classification. Categorized Display  catalog. Directory Display"
      },
      {
        "name": "IncludeTaskFolder",
        "type": "boolean",
        "required": false,
        "description": "Does it include task directories? true means yes\nfalse No"
      },
      {
        "name": "NewFolderTreeMode",
        "type": "boolean",
        "required": false,
        "description": "是否使用最新模式展示目录树"
      },
      {
        "name": "TaskNodeId",
        "type": "string",
        "required": false,
        "description": "节点分类ID"
      },
      {
        "name": "WorkflowType",
        "type": "string",
        "required": false,
        "description": "工作流类型, 使用场景: 任务复制,选择工作流. 取值范围\n\n- cycle    周期工作流\n- manual    手动工作流"
      },
      {
        "name": "TaskTypeIdList",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "任务类型id列表"
      },
      {
        "name": "InChargeIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "责任人id列表"
      },
      {
        "name": "OnlyMe",
        "type": "boolean",
        "required": false,
        "description": "自身责任人"
      },
      {
        "name": "IncludeCodeTemplate",
        "type": "boolean",
        "required": false,
        "description": "是否包含代码模版"
      },
      {
        "name": "FolderForm",
        "type": "string",
        "required": false,
        "description": "编排空间 或代码模版 orchestrationSpace 编排空间 template模版管理"
      }
    ]
  },
  "DescribeDsParentFolderTree": {
    "summary": "Orchestration Space-Query Parent Directory Tree",
    "description": "Query Parent Directory Tree, for Workflow, Task Localization",
    "zh": {
      "summary": "编排空间-查询父目录树",
      "description": "查询父目录树，用于工作流、任务定位"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": false,
        "description": "Folder ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "Task ID"
      },
      {
        "name": "DisplayType",
        "type": "string",
        "required": false,
        "description": "Task Display Format, Example Values\n-    classification: Categorized Display\n-    catalog: Directory Display"
      },
      {
        "name": "NewFolderTreeMode",
        "type": "boolean",
        "required": false,
        "description": "是否新模式展示目录树"
      }
    ]
  },
  "DescribeDsTaskVersionInfo": {
    "summary": "查看任务版本详细信息",
    "description": "查看任务版本详细信息",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务ID"
      },
      {
        "name": "TaskVersion",
        "type": "string",
        "required": true,
        "description": "版本"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      }
    ]
  },
  "DescribeDsTaskVersionList": {
    "summary": "拉取任务版本列表",
    "description": "拉取任务版本列表",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      },
      {
        "name": "IsOnlyCurrentEditingVersion",
        "type": "boolean",
        "required": false,
        "description": "是否仅返回当前编辑版本"
      },
      {
        "name": "IsOnlyProductVersion",
        "type": "boolean",
        "required": false,
        "description": "是否仅只返回生产使用版本"
      }
    ]
  },
  "DescribeDutyScheduleDetails": {
    "summary": "获取值班日历",
    "description": "获取值班日历",
    "members": [
      {
        "name": "Id",
        "type": "integer",
        "required": true,
        "description": "值班表id"
      },
      {
        "name": "QueryDate",
        "type": "string",
        "required": true,
        "description": "查询时间"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "扩展字段"
      }
    ]
  },
  "DescribeDutyScheduleList": {
    "summary": "获取值班表列表",
    "description": "获取值班表列表",
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "页码，默认1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "页大小，默认10"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "值班表名称"
      }
    ]
  },
  "DescribeEvent": {
    "summary": "Instance O&M - Event Instance - Query Event Details",
    "description": "View Event Details by Project ID and Event Name",
    "zh": {
      "summary": "实例运维-事件实例-查询事件详情",
      "description": "根据项目ID和事件名称查看事件详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "EventName",
        "type": "string",
        "required": true,
        "description": "Event name"
      }
    ]
  },
  "DescribeEventCases": {
    "summary": "Search for Event Instances",
    "description": "Find Event Instances Based on Conditions",
    "zh": {
      "summary": "查找事件实例",
      "description": "根据条件查找事件实例"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "Category",
        "type": "string",
        "required": true,
        "description": "Event Instance Catalog, Example Value:\n- Expired: expired\n- Not Expired: consuming\n- All: all"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page Number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Number of items per page"
      },
      {
        "name": "EventName",
        "type": "string",
        "required": false,
        "description": "Event name"
      },
      {
        "name": "EventSubType",
        "type": "string",
        "required": false,
        "description": "Event Segmentation Type"
      },
      {
        "name": "CreationTimeStart",
        "type": "string",
        "required": false,
        "description": "Minimum Creation Time of Event Instance"
      },
      {
        "name": "CreationTimeEnd",
        "type": "string",
        "required": false,
        "description": "Maximum Creation Time of Event Instance"
      },
      {
        "name": "EventTriggeredTimeStart",
        "type": "string",
        "required": false,
        "description": "Minimum Trigger Time of Event Instance"
      },
      {
        "name": "EventTriggeredTimeEnd",
        "type": "string",
        "required": false,
        "description": "Maximum Trigger Time of Event Instance"
      },
      {
        "name": "LogTimeStart",
        "type": "string",
        "required": false,
        "description": "Minimum Consumption Time of Event Instance"
      },
      {
        "name": "LogTimeEnd",
        "type": "string",
        "required": false,
        "description": "Maximum Consumption Time of Event Instance"
      },
      {
        "name": "Dimension",
        "type": "string",
        "required": false,
        "description": "Event Instance Data Timestamp"
      },
      {
        "name": "TimeToLive",
        "type": "string",
        "required": false,
        "description": "Event Instance Validity Period"
      },
      {
        "name": "SortItem",
        "type": "string",
        "required": false,
        "description": "Sort Fields"
      },
      {
        "name": "SortType",
        "type": "string",
        "required": false,
        "description": "Sorting Order"
      },
      {
        "name": "ConsumeCount",
        "type": "string",
        "required": false,
        "description": "有效次数"
      }
    ]
  },
  "DescribeEventConsumeTasks": {
    "summary": "Event Instance - Viewing consumption tasks of event instances",
    "description": "Viewing consumption tasks of event instances",
    "zh": {
      "summary": "事件实例-事件实例查看消费任务",
      "description": "查看事件实例的消费任务"
    },
    "members": [
      {
        "name": "EventCaseId",
        "type": "string",
        "required": true,
        "description": "Event Instance ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page Number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Number of items per page"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      }
    ]
  },
  "DescribeExecStrategy": {
    "summary": "Query Rule Group Execution Policy",
    "description": "Query Rule Group Execution Policy",
    "zh": {
      "summary": "查询规则组执行策略",
      "description": "查询规则组执行策略"
    },
    "members": [
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "Rule Group ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      }
    ]
  },
  "DescribeExecutorGroupMetric": {
    "summary": "根据id查询执行资源组指标-商业化版本",
    "description": "商业化版本：根据id查询执行资源组指标",
    "members": [
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": true,
        "description": "执行资源组id"
      },
      {
        "name": "TrendStartTime",
        "type": "integer",
        "required": false,
        "description": "使用趋势开始时间(毫秒)"
      },
      {
        "name": "TrendEndTime",
        "type": "integer",
        "required": false,
        "description": "使用趋势结束时间(毫秒)"
      },
      {
        "name": "ExecutorGroupType",
        "type": "string",
        "required": false,
        "description": "执行资源组类型"
      },
      {
        "name": "ExecutorResourceType",
        "type": "string",
        "required": false,
        "description": "执行资源类型"
      },
      {
        "name": "LoaderId",
        "type": "string",
        "required": false,
        "description": "执行机ID"
      },
      {
        "name": "MetricType",
        "type": "string",
        "required": false,
        "description": "指标维度"
      },
      {
        "name": "Granularity",
        "type": "integer",
        "required": false,
        "description": "指标采集粒度"
      }
    ]
  },
  "DescribeFieldBasicInfo": {
    "summary": "Field Basic Information Query",
    "description": "Metadata Model - Field Basic Information Query Interface",
    "zh": {
      "summary": "字段基础信息查询",
      "description": "元数据模型-字段基础信息查询接口"
    },
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page Number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page Size"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter field"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sort Fields"
      }
    ]
  },
  "DescribeFolderWorkflowList": {
    "summary": "Pull workflows from folders",
    "description": "Get all workflow lists under the project by Project ID",
    "zh": {
      "summary": "拉取文件夹下的工作流",
      "description": "根据项目id 获取项目下所有工作流列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "ParentsFolderId",
        "type": "string",
        "required": true,
        "description": "Parent Folder ID"
      },
      {
        "name": "KeyWords",
        "type": "string",
        "required": false,
        "description": "Keyword"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number, default is 1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size, default is 10"
      }
    ]
  },
  "DescribeFormVersionParam": {
    "summary": "查询模版提交任务参数",
    "description": "查询模版关联的任务和可填充参数，为下一步代码模版提交做准备",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "CodeTemplateId",
        "type": "string",
        "required": true,
        "description": "模版Id"
      },
      {
        "name": "OriginalParams",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "脚本中的参数"
      },
      {
        "name": "Page",
        "type": "integer",
        "required": false,
        "description": "页码"
      },
      {
        "name": "Size",
        "type": "integer",
        "required": false,
        "description": "页号"
      },
      {
        "name": "Source",
        "type": "string",
        "required": false,
        "description": "来源 studio(Studio脚本)/codeTemplate(代码模版)"
      }
    ]
  },
  "DescribeFunctionKinds": {
    "summary": "Query Function Classification",
    "description": "Query Function Classification",
    "zh": {
      "summary": "查询函数分类",
      "description": "查询函数分类"
    },
    "members": []
  },
  "DescribeFunctionTypes": {
    "summary": "Query Function Type",
    "description": "Query Function Type",
    "zh": {
      "summary": "查询函数类型",
      "description": "查询函数类型"
    },
    "members": []
  },
  "DescribeInstanceByCycle": {
    "summary": "Periodic Instance Statistics",
    "description": "Query all instances by cycle type",
    "zh": {
      "summary": "周期实例统计",
      "description": "根据周期类型查询所有实例"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "1"
      },
      {
        "name": "TenantId",
        "type": "string",
        "required": false,
        "description": "1"
      }
    ]
  },
  "DescribeInstanceDetailInfo": {
    "summary": "DescribeInstanceDetailInfo",
    "description": "实例详情页，返回某个实例所有生命周期信息",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务ID"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": true,
        "description": "实例数据时间"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      },
      {
        "name": "LifeRound",
        "type": "integer",
        "required": false,
        "description": "实例的第几次执行"
      },
      {
        "name": "LifeRoundStartIndex",
        "type": "integer",
        "required": false,
        "description": "生命周期查询起始index"
      },
      {
        "name": "LifeRoundSize",
        "type": "integer",
        "required": false,
        "description": "生命周期查询批次数量"
      },
      {
        "name": "TotalLifeRound",
        "type": "string",
        "required": false,
        "description": "生命周期总数，可省略"
      },
      {
        "name": "Dynamic",
        "type": "boolean",
        "required": false,
        "description": "动态加载日志标识"
      }
    ]
  },
  "DescribeInstanceLastLog": {
    "summary": "Get Log Detail Page",
    "description": "Log Detail Acquisition Page",
    "zh": {
      "summary": "获取日志详情页面",
      "description": "日志获取详情页面"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": true,
        "description": "Data Timestamp"
      }
    ]
  },
  "DescribeInstanceList": {
    "summary": "Get Offline Operation and Maintenance Instance List",
    "description": "Get Instance List",
    "zh": {
      "summary": "获取离线运维实例列表",
      "description": "获取实例列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project/workspace ID"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": true,
        "description": "Page Number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Number of items displayed per page"
      },
      {
        "name": "CycleList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Cycle List (e.g., daily, one-time), optional"
      },
      {
        "name": "OwnerList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Person in Charge"
      },
      {
        "name": "InstanceType",
        "type": "string",
        "required": true,
        "description": "Keep consistent with previous"
      },
      {
        "name": "Sort",
        "type": "string",
        "required": true,
        "description": "Sorting Order (asc, desc)"
      },
      {
        "name": "SortCol",
        "type": "string",
        "required": true,
        "description": "Sort Column (costTime Runtime duration, startTime Start Time, state Instance status, curRunDate Data Timestamp)"
      },
      {
        "name": "TaskTypeList",
        "type": "array",
        "required": true,
        "items": "integer",
        "description": "Type List (e.g., Python Task Type: 30\nPySpark Task Type: 31\nhivesql task type:34\nshell task type:35\nsparksql task type:36 jdbcsql task type:21 dlc task type:32), optional"
      },
      {
        "name": "StateList",
        "type": "array",
        "required": true,
        "items": "integer",
        "description": "Status list (e.g., success 2, executing 1), optional"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Task Name"
      }
    ]
  },
  "DescribeInstanceLog": {
    "summary": "Get Instance Running Logs",
    "description": "Get Instance Running Logs",
    "zh": {
      "summary": "获取实例运行日志",
      "description": "获取实例运行日志"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": true,
        "description": "Data Timestamp"
      },
      {
        "name": "BrokerIp",
        "type": "string",
        "required": true,
        "description": "Server Ip"
      },
      {
        "name": "OriginFileName",
        "type": "string",
        "required": true,
        "description": "File Name"
      }
    ]
  },
  "DescribeInstanceLogDetail": {
    "summary": "Instance Operation and Maintenance - Obtain Specific Instance-related Log Information",
    "description": "Obtain Specific Instance-related Log Information",
    "zh": {
      "summary": "实例运维-获取具体实例相关日志信息内容",
      "description": "获取具体实例相关日志信息"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": true,
        "description": "Data Timestamp"
      },
      {
        "name": "LogLevelType",
        "type": "string",
        "required": false,
        "description": "<p>日志级别，Info/Debug/Warn/Error/All</p>"
      },
      {
        "name": "ExecutionFileType",
        "type": "string",
        "required": false,
        "description": "<p>文件类型,Log/Code</p>"
      },
      {
        "name": "ExecutionJobId",
        "type": "string",
        "required": false,
        "description": "<p>统一执行平台执行id, 注意: ExecutionJobId 跟 &quot;BrokerIp+OriginFileName&quot; 必须有一个不为空</p>"
      },
      {
        "name": "BrokerIp",
        "type": "string",
        "required": false,
        "description": "Server Ip"
      },
      {
        "name": "OriginFileName",
        "type": "string",
        "required": false,
        "description": "File Name"
      },
      {
        "name": "StartCount",
        "type": "integer",
        "required": false,
        "description": "Starting Row"
      },
      {
        "name": "LineCount",
        "type": "integer",
        "required": false,
        "description": "Number of Rows Per Query"
      },
      {
        "name": "ExtInfo",
        "type": "string",
        "required": false,
        "description": "<p>查询日志扩展信息,通过统一执行平台接口分页查询日志时需要带上,第一页时为null</p>"
      },
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "请求来源，WEB 前端；CLIENT 客户端"
      },
      {
        "name": "InstanceLifeDetailDtoList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "<p>生命周期为基础数据进行日志匹配</p>"
      },
      {
        "name": "CurrentLifeRound",
        "type": "integer",
        "required": false,
        "description": "<p>当前生命周期</p>"
      },
      {
        "name": "MaxLifeRound",
        "type": "integer",
        "required": false,
        "description": "<p>生命周期总数</p>"
      },
      {
        "name": "Tries",
        "type": "integer",
        "required": false,
        "description": "<p>当前生命周期重试次数</p>"
      },
      {
        "name": "Dynamic",
        "type": "boolean",
        "required": false,
        "description": "<p>动态加载日志</p>"
      }
    ]
  },
  "DescribeInstanceLogFile": {
    "summary": "Download Log File",
    "description": "Download Log File, Return Log Download URL",
    "zh": {
      "summary": "下载日志文件",
      "description": "下载日志文件，返回日志下载URL"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": false,
        "description": "Instance data time"
      },
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "请求来源，WEB 前端；CLIENT 客户端"
      },
      {
        "name": "BrokerIp",
        "type": "string",
        "required": false,
        "description": "Executor IP"
      },
      {
        "name": "OriginFileName",
        "type": "string",
        "required": false,
        "description": "Log file name"
      },
      {
        "name": "ExecutionJobId",
        "type": "string",
        "required": false,
        "description": "<p>执行平台下发执行id</p>"
      },
      {
        "name": "LogLevelType",
        "type": "string",
        "required": false,
        "description": "<p>日志级别，Info/Debug/Warn/Error/All</p>"
      },
      {
        "name": "ExecutionFileType",
        "type": "string",
        "required": false,
        "description": "<p>文件类型,Log/Code</p>"
      },
      {
        "name": "InstanceLifeDetailDtoList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "<p>生命周期为基础数据进行日志匹配。Dynamic=true动态获取日志链路中使用</p>"
      },
      {
        "name": "CurrentLifeRound",
        "type": "integer",
        "required": false,
        "description": "<p>当前生命周期数</p>"
      },
      {
        "name": "MaxLifeRound",
        "type": "integer",
        "required": false,
        "description": "<p>最大生命周期数</p>"
      },
      {
        "name": "Tries",
        "type": "integer",
        "required": false,
        "description": "<p>当前生命周期重试次数</p>"
      },
      {
        "name": "Dynamic",
        "type": "boolean",
        "required": false,
        "description": "<p>动态获取日志信息标识</p>"
      }
    ]
  },
  "DescribeInstanceLogList": {
    "summary": "Get Offline Task Instance Run Log List",
    "description": "Offline Task Instance Run Log List",
    "zh": {
      "summary": "获取离线任务实例运行日志列表",
      "description": "离线任务实例运行日志列表"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": true,
        "description": "Data Timestamp"
      }
    ]
  },
  "DescribeInstancesByExecutors": {
    "summary": "按执行资源组查询任务调度与运行实例数量统计",
    "description": "按执行资源组查询任务调度与运行实例数量统计",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "<p>项目ID</p>"
      },
      {
        "name": "ExecutorGroupIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "<p>执行资源组ID</p>"
      }
    ]
  },
  "DescribeIntegrationNode": {
    "summary": "Query integrated nodes",
    "description": "Query integrated nodes",
    "zh": {
      "summary": "查询集成节点",
      "description": "查询集成节点"
    },
    "members": [
      {
        "name": "Id",
        "type": "string",
        "required": true,
        "description": "Node ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Task Type, 201 for Real-time Task, 202 for Offline Task"
      }
    ]
  },
  "DescribeIntegrationStatistics": {
    "summary": "DataInLong Dashboard Overview",
    "description": "DataInLong Dashboard Overview",
    "zh": {
      "summary": "数据集成大屏概览",
      "description": "数据集成大屏概览"
    },
    "members": [
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type (Real-time: 201, Offline: 202)"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "QueryDate",
        "type": "string",
        "required": false,
        "description": "Query Date"
      }
    ]
  },
  "DescribeIntegrationStatisticsInstanceTrend": {
    "summary": "DataInLong dashboard instance status statistical trend",
    "description": "DataInLong dashboard instance status statistical trend",
    "zh": {
      "summary": "数据集成大屏实例状态统计趋势",
      "description": "数据集成大屏实例状态统计趋势"
    },
    "members": [
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type (Real-time: 201, Offline: 202)"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "QueryDate",
        "type": "string",
        "required": false,
        "description": "Query Date"
      },
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": false,
        "description": "Resource Group ID"
      }
    ]
  },
  "DescribeIntegrationStatisticsRecordsTrend": {
    "summary": "DataInLong Dashboard synchronization count trend",
    "description": "DataInLong Dashboard synchronization count trend",
    "zh": {
      "summary": "数据集成大屏同步条数统计趋势",
      "description": "数据集成大屏同步条数统计趋势"
    },
    "members": [
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type (Real-time: 201, Offline: 202)"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "QueryDate",
        "type": "string",
        "required": false,
        "description": "Query Date"
      }
    ]
  },
  "DescribeIntegrationStatisticsTaskStatus": {
    "summary": "DataInLong Dashboard Task Status Distribution Statistics",
    "description": "DataInLong Dashboard Task Status Distribution Statistics",
    "zh": {
      "summary": "数据集成大屏任务状态分布统计",
      "description": "数据集成大屏任务状态分布统计"
    },
    "members": [
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type (Real-time: 201, Offline: 202)"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "QueryDate",
        "type": "string",
        "required": false,
        "description": "Query Date"
      },
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": false,
        "description": "Resource Group ID"
      }
    ]
  },
  "DescribeIntegrationStatisticsTaskStatusTrend": {
    "summary": "DataInLong Dashboard Task Status Statistical Trend",
    "description": "DataInLong Dashboard Task Status Statistical Trend",
    "zh": {
      "summary": "数据集成大屏任务状态统计趋势",
      "description": "数据集成大屏任务状态统计趋势"
    },
    "members": [
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type (Real-time:201, Offline:202)"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "QueryDate",
        "type": "string",
        "required": false,
        "description": "Query Date"
      },
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": false,
        "description": "Resource Group ID"
      }
    ]
  },
  "DescribeIntegrationTask": {
    "summary": "Query integration task details",
    "description": "Query integration tasks",
    "zh": {
      "summary": "查询集成任务详情",
      "description": "查询集成任务"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Task Type, 201: Real-time Integration Task, 202: Offline Integration Task, default value is 201 for real-time task if not specified"
      },
      {
        "name": "InstanceVersion",
        "type": "integer",
        "required": false,
        "description": "Submit version number"
      },
      {
        "name": "ExtConfig",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "<p>额外参数</p>"
      }
    ]
  },
  "DescribeIntegrationTasks": {
    "summary": "Query Integration Task List",
    "description": "Query Integration Task List",
    "zh": {
      "summary": "查询集成任务列表",
      "description": "查询集成任务列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page n of Pagination"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Page size"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Query Filter"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sorting Field Information"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Start Time"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "End time"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "201. Real-time synchronization, 202. Offline Synchronization Default is real-time"
      }
    ]
  },
  "DescribeIntegrationVersionNodesInfo": {
    "summary": "Query Integration Task Version Node Information",
    "description": "Query Integration Task Version Node Information",
    "zh": {
      "summary": "查询集成任务版本节点信息",
      "description": "查询集成任务版本节点信息"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskVersionPath",
        "type": "string",
        "required": true,
        "description": "The selected version's storage path for the task:\nThe value of Base64.encode($region | $bucket | $ftp.file.name) under TaskInfo.TaskExt.Properties returned by DescribeDsTaskVersionList or DescribeDsTaskVersionInfo"
      },
      {
        "name": "TaskVersion",
        "type": "string",
        "required": false,
        "description": "The selected version ID for the task:\nThe value of VersionId returned by DescribeDsTaskVersionList or DescribeDsTaskVersionInfo"
      }
    ]
  },
  "DescribeLineageColumns": {
    "summary": "列出血缘中心字段信息",
    "description": "列出血缘中心字段信息",
    "members": [
      {
        "name": "TableId",
        "type": "string",
        "required": true,
        "description": "表id"
      }
    ]
  },
  "DescribeLineageInfo": {
    "summary": "通用血缘查询",
    "description": "通用血缘查询接口",
    "members": [
      {
        "name": "ResourceOriId",
        "type": "string",
        "required": false,
        "description": "实体原始唯一ID"
      },
      {
        "name": "ResourceType",
        "type": "string",
        "required": false,
        "description": "实体类型"
      },
      {
        "name": "QualifiedId",
        "type": "string",
        "required": false,
        "description": "血缘唯一ID"
      },
      {
        "name": "Direction",
        "type": "string",
        "required": false,
        "description": "查询方向"
      },
      {
        "name": "InputDepth",
        "type": "integer",
        "required": false,
        "description": "查询入度"
      },
      {
        "name": "OutputDepth",
        "type": "integer",
        "required": false,
        "description": "查询出度"
      },
      {
        "name": "Platform",
        "type": "string",
        "required": false,
        "description": "数据来源"
      },
      {
        "name": "LineageType",
        "type": "string",
        "required": false,
        "description": "血缘类型（分页使用）"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "分页大小"
      }
    ]
  },
  "DescribeManualTriggerRecordPage": {
    "summary": "查询手动任务触发记录",
    "description": "查询手动任务触发记录",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "<p>项目ID</p>"
      },
      {
        "name": "TriggerName",
        "type": "string",
        "required": false,
        "description": "<p>触发运行名称</p>"
      },
      {
        "name": "WorkflowKeyword",
        "type": "string",
        "required": false,
        "description": "<p>工作流过滤关键字，工作流名称 or 工作流ID</p>"
      },
      {
        "name": "Creator",
        "type": "string",
        "required": false,
        "description": "<p>触发运行提交人过滤，多个提交人用英文逗号分割</p>"
      },
      {
        "name": "TriggerStartTime",
        "type": "string",
        "required": false,
        "description": "<p>触发提交创建时间过滤，起始时间</p>"
      },
      {
        "name": "TriggerEndTime",
        "type": "string",
        "required": false,
        "description": "<p>触发提交创建时间过滤，结束时间</p>"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "<p>页码，整型</p>"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "<p>每页数目，整型</p>"
      },
      {
        "name": "TriggerId",
        "type": "string",
        "required": false,
        "description": "<p>触发ID</p>"
      }
    ]
  },
  "DescribeOfflineTaskToken": {
    "summary": "Getting long connection Token for offline tasks",
    "description": "Getting long connection Token for offline tasks",
    "zh": {
      "summary": "获取离线任务长连接Token",
      "description": "获取离线任务长连接Token"
    },
    "members": []
  },
  "DescribeOperateOpsTasks": {
    "summary": "Smart Ops - Task Operation and Maintenance List Combined Condition Query",
    "description": "Task Operation and Maintenance List Combined Condition Query",
    "zh": {
      "summary": "智能运维-任务运维列表组合条件查询",
      "description": "任务运维列表组合条件查询"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "FolderIdList",
        "type": "string",
        "required": false,
        "description": "Folder ID, multiple folders separated by commas"
      },
      {
        "name": "WorkFlowIdList",
        "type": "string",
        "required": false,
        "description": "Workflow ID, multiple Workflow IDs separated by English commas"
      },
      {
        "name": "WorkFlowNameList",
        "type": "string",
        "required": false,
        "description": "Workflow name, multiple Workflow names separated by English commas"
      },
      {
        "name": "TaskNameList",
        "type": "string",
        "required": false,
        "description": "Task Name, multiple Task Names separated by English commas"
      },
      {
        "name": "TaskIdList",
        "type": "string",
        "required": false,
        "description": "Task ID, multiple Task IDs separated by English commas"
      },
      {
        "name": "PageNumber",
        "type": "string",
        "required": false,
        "description": "Page Number"
      },
      {
        "name": "PageSize",
        "type": "string",
        "required": false,
        "description": "Page size"
      },
      {
        "name": "SortItem",
        "type": "string",
        "required": false,
        "description": "Sort Fields, supported fields are FirstSubmitTime and FirstRunTime, indicating the most recent submission and the first execution event"
      },
      {
        "name": "SortType",
        "type": "string",
        "required": false,
        "description": "Sort Type. Two values DESC,ASC"
      },
      {
        "name": "InChargeList",
        "type": "string",
        "required": false,
        "description": "Person in Charge, multiple Persons in Charge separated by English commas"
      },
      {
        "name": "TaskTypeIdList",
        "type": "string",
        "required": false,
        "description": "Task Type ID String, multiple Task Type IDs separated by English commas"
      },
      {
        "name": "StatusList",
        "type": "string",
        "required": false,
        "description": "Task Status String, multiple Task Statuses separated by English commas"
      },
      {
        "name": "TaskCycleUnitList",
        "type": "string",
        "required": false,
        "description": "Task Cycle Type String, multiple Task Cycles separated by English commas"
      },
      {
        "name": "ProductNameList",
        "type": "string",
        "required": false,
        "description": "Task Belonging Product Type"
      },
      {
        "name": "SourceServiceId",
        "type": "string",
        "required": false,
        "description": "Data Source ID or (only for offline sync tasks) Source Data Source ID"
      },
      {
        "name": "SourceServiceType",
        "type": "string",
        "required": false,
        "description": "Data Source Type or (only for offline sync tasks) Source Data Source Type"
      },
      {
        "name": "TargetServiceId",
        "type": "string",
        "required": false,
        "description": "(Only for offline sync tasks) Target Data Source ID"
      },
      {
        "name": "TargetServiceType",
        "type": "string",
        "required": false,
        "description": "(Only for offline sync tasks) Target Data Source Type"
      },
      {
        "name": "AlarmType",
        "type": "string",
        "required": false,
        "description": "Alarm Type, multiple types separated by commas"
      },
      {
        "name": "ExecutorGroupIdList",
        "type": "string",
        "required": false,
        "description": "Resource Group ID, multiple Resource Group IDs separated by English commas"
      },
      {
        "name": "TaskTags",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Task tag"
      },
      {
        "name": "KeyWord",
        "type": "string",
        "required": false,
        "description": "Query Keyword"
      },
      {
        "name": "InitStrategy",
        "type": "string",
        "required": false,
        "description": "Instance Generation Method"
      },
      {
        "name": "RequestResourceTypes",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Additional Requested Resource Types"
      },
      {
        "name": "ProjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "项目ID列表"
      },
      {
        "name": "BlackTaskIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "黑名单任务ID列表，传了该值在筛选的时候会将列表中的任务ID剔除"
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "description": "时区"
      },
      {
        "name": "RunPriorityList",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "根据任务优先级筛选"
      },
      {
        "name": "IncludeManualTask",
        "type": "string",
        "required": false,
        "description": "是否包含手动工作流"
      },
      {
        "name": "CheckPrivilege",
        "type": "boolean",
        "required": false,
        "description": "是否检查权限"
      }
    ]
  },
  "DescribeOpsInstanceLogList": {
    "summary": "Instance Operation and Maintenance - Get Instance Log List",
    "description": "Instance Operation and Maintenance - Get Instance Log List",
    "zh": {
      "summary": "实例运维-获取实例日志列表",
      "description": "实例运维-获取实例日志列表"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": true,
        "description": "Data Timestamp"
      }
    ]
  },
  "DescribeOpsMakePlanInstances": {
    "summary": "Data Supplement - View Supplementary Scheduled Task Instances",
    "description": "Obtain the Supplementary Instance List based on the Supplementary Plan and Task.",
    "zh": {
      "summary": "数据补录-查看补录计划任务实例",
      "description": "根据补录计划和补录任务获取补录实例列表。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "PlanId",
        "type": "string",
        "required": true,
        "description": "Supplemental Plan ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Supplementary Task ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number, default value 1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size, default value 10"
      },
      {
        "name": "StateList",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "实例状态列表"
      }
    ]
  },
  "DescribeOpsMakePlans": {
    "summary": "Data Supplement - Query Supplement Plan",
    "description": "Paginated Query of Supplement Plan Based on Conditions",
    "zh": {
      "summary": "数据补录-查询补录计划",
      "description": "根据条件分页查询补录计划"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Pagination number, default value: 1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size, default value 10"
      },
      {
        "name": "PlanId",
        "type": "string",
        "required": false,
        "description": "Supplemental Plan ID"
      },
      {
        "name": "PlanName",
        "type": "string",
        "required": false,
        "description": "Supplemental Plan Name"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": false,
        "description": "Supplementary Task Name"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "Supplementary Task ID"
      },
      {
        "name": "Creator",
        "type": "string",
        "required": false,
        "description": "Supplementary Plan Creator"
      },
      {
        "name": "MinCreateTime",
        "type": "string",
        "required": false,
        "description": "Minimum Creation Time of Supplementary Plan"
      },
      {
        "name": "MaxCreateTime",
        "type": "string",
        "required": false,
        "description": "Maximum Creation Time of Supplementary Plan"
      },
      {
        "name": "StateList",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "实例状态过滤条件"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "模糊查询关键字"
      }
    ]
  },
  "DescribeOpsMakePlanTasks": {
    "summary": "Data Supplement - View Supplemental Plan Tasks",
    "description": "View Supplemental Plan Tasks",
    "zh": {
      "summary": "数据补录-查看补录计划任务",
      "description": "查看补录计划任务"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "PlanId",
        "type": "string",
        "required": true,
        "description": "Supplemental Plan ID"
      },
      {
        "name": "StateList",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "实例状态过滤条件"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number, default value 1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size, default value 10"
      }
    ]
  },
  "DescribeOpsWorkflows": {
    "summary": "Query User Production Workflow List",
    "description": "Querying User Production Workflow List",
    "zh": {
      "summary": "查询用户生产工作流列表",
      "description": "查询用户生产工作流列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "ProductNameList",
        "type": "string",
        "required": false,
        "description": "Task Product Type Name List, separated by ','"
      },
      {
        "name": "FolderIdList",
        "type": "string",
        "required": false,
        "description": "File ID list, separated by ','"
      },
      {
        "name": "WorkFlowIdList",
        "type": "string",
        "required": false,
        "description": "Workflow ID, separated by ','"
      },
      {
        "name": "WorkFlowNameList",
        "type": "string",
        "required": false,
        "description": "Workflow Name List, separated by ','"
      },
      {
        "name": "TaskNameList",
        "type": "string",
        "required": false,
        "description": "Task Name List, separated by ','"
      },
      {
        "name": "TaskIdList",
        "type": "string",
        "required": false,
        "description": "Task ID list, separated by ','"
      },
      {
        "name": "StatusList",
        "type": "string",
        "required": false,
        "description": "Status List, separated by ','"
      },
      {
        "name": "InChargeList",
        "type": "string",
        "required": false,
        "description": "Person in Charge List, separated by ','"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size"
      },
      {
        "name": "SortItem",
        "type": "string",
        "required": false,
        "description": "Sorting Item"
      },
      {
        "name": "SortType",
        "type": "string",
        "required": false,
        "description": "Sort Method, DESC or ASC"
      },
      {
        "name": "ProjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "项目ID列表，用于多项目工作流筛选"
      },
      {
        "name": "WorkflowTypeList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "工作流类型列表 多个用英文逗号连接 cycle,manual. 默认只查询 cycle"
      },
      {
        "name": "KeyWord",
        "type": "string",
        "required": false,
        "description": "工作流过滤keyword，支持工作流 id/name 模糊匹配， 多个用|分割"
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "description": "**时区** timeZone, 默认UTC+8"
      },
      {
        "name": "CheckPrivilege",
        "type": "boolean",
        "required": false,
        "description": "是否过滤无权限的工作流\ntrue: 过滤无权限的仅返回有权限的工作流列表(默认)\nfalse： 返回所有的工作流列表"
      }
    ]
  },
  "DescribeOrganizationalFunctions": {
    "summary": "Query Full Functionality (Hierarchical) Interface",
    "description": "Query Full Functionality",
    "zh": {
      "summary": "查询全量函数（层级化）接口",
      "description": "查询全量函数"
    },
    "members": [
      {
        "name": "Type",
        "type": "string",
        "required": true,
        "description": "Scenario Type: Development, In Use"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Function Name"
      },
      {
        "name": "DisplayName",
        "type": "string",
        "required": false,
        "description": "Display Name"
      },
      {
        "name": "EnvType",
        "type": "string",
        "required": false,
        "description": "Standard Mode Development Environment: DEV\nStandard Mode Production Environment: PROD\nSimple Mode: ALL"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤条件"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序条件"
      }
    ]
  },
  "DescribeParentTask": {
    "summary": "查询任务父依赖",
    "description": "查询任务父依赖",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务Id"
      }
    ]
  },
  "DescribePendingSubmitTaskList": {
    "summary": "获取待提交任务预提交校验信息",
    "description": "获取待提交任务预提交校验信息（注意：工作流编号或者任务编号列表，必须填一项）",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目编号"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "工作流编号"
      },
      {
        "name": "TaskIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "任务编号列表"
      }
    ]
  },
  "DescribeProject": {
    "summary": "Retrieving Project Information",
    "description": "Retrieving Project Information",
    "zh": {
      "summary": "获取项目信息",
      "description": "获取项目信息"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID. It is common to use the Project ID for queries, and either this or projectName must be present."
      },
      {
        "name": "DescribeClusters",
        "type": "boolean",
        "required": false,
        "description": "Whether to Display Associated Cluster Information"
      },
      {
        "name": "DescribeExecutors",
        "type": "boolean",
        "required": false,
        "description": "Whether to Display Information of Associated Execution Group, only partial information."
      },
      {
        "name": "DescribeAdminUsers",
        "type": "boolean",
        "required": false,
        "description": "Default not to display project administrator information"
      },
      {
        "name": "DescribeMemberCount",
        "type": "boolean",
        "required": false,
        "description": "Default not to count the number of project personnel"
      },
      {
        "name": "DescribeCreator",
        "type": "boolean",
        "required": false,
        "description": "Default not to query creator's information"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "The project name is unique within a tenant, generally used for conversion to Project ID."
      }
    ]
  },
  "DescribeProjectUsers": {
    "summary": "获取项目下的用户列表",
    "description": "获取项目下的用户，分页返回",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "分页号"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "分页大小"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "【过滤参数】自定义条件查询"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "【排序参数】排序字段"
      },
      {
        "name": "IsProjectAdmin",
        "type": "boolean",
        "required": false,
        "description": "是否项目管理员"
      }
    ]
  },
  "DescribeQualityScore": {
    "summary": "Query Quality Score",
    "description": "Quality Report - Quality Score",
    "zh": {
      "summary": "查询质量评分",
      "description": "质量报告-质量评分"
    },
    "members": [
      {
        "name": "StatisticsDate",
        "type": "integer",
        "required": true,
        "description": "Statistics Date"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "Data source ID"
      },
      {
        "name": "ScoreType",
        "type": "string",
        "required": false,
        "description": "1: Calculate by full dimension weight, 2: Calculate by configured dimension weight, 3: Do not calculate by dimension weight, default is 1"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Ignore Query String"
      }
    ]
  },
  "DescribeQualityScoreTrend": {
    "summary": "Query Quality Score Trend",
    "description": "Quality Report - Quality Score Periodic Trend",
    "zh": {
      "summary": "查询质量分趋势",
      "description": "质量报告-质量分周期趋势"
    },
    "members": [
      {
        "name": "StatisticsStartDate",
        "type": "integer",
        "required": true,
        "description": "Start Date of Statistics"
      },
      {
        "name": "StatisticsEndDate",
        "type": "integer",
        "required": true,
        "description": "Statistics End Date"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "Data source ID"
      },
      {
        "name": "ScoreType",
        "type": "string",
        "required": false,
        "description": "1: Calculate by full dimension weight, 2: Calculate by configured dimension weight, 3: Do not calculate by dimension weight, default is 1"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Ignore Query String"
      }
    ]
  },
  "DescribeRealTimeTaskInstanceNodeInfo": {
    "summary": "Query Real-time Task Instance Node Information",
    "description": "Query Real-time Task Instance Node Information",
    "zh": {
      "summary": "查询实时任务实例节点信息",
      "description": "查询实时任务实例节点信息"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Real-time Task ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "DescribeRealTimeTaskMetricOverview": {
    "summary": "Real-time Task Running Metrics Overview",
    "description": "Real-time Task Running Metrics Overview",
    "zh": {
      "summary": "实时任务运行指标概览",
      "description": "实时任务运行指标概览"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID of the real-time task to be viewed, which can be obtained from the task list page"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID to be viewed"
      },
      {
        "name": "StartTime",
        "type": "integer",
        "required": false,
        "description": "Start Time"
      },
      {
        "name": "EndTime",
        "type": "integer",
        "required": false,
        "description": "End time"
      }
    ]
  },
  "DescribeRealTimeTaskSpeed": {
    "summary": "Real-time task synchronization speed trend",
    "description": "Real-time task synchronization speed trend",
    "zh": {
      "summary": "实时任务同步速度趋势",
      "description": "实时任务同步速度趋势"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "StartTime",
        "type": "integer",
        "required": true,
        "description": "Timestamp with Milliseconds"
      },
      {
        "name": "EndTime",
        "type": "integer",
        "required": true,
        "description": "Timestamp with Milliseconds"
      },
      {
        "name": "Granularity",
        "type": "integer",
        "required": true,
        "description": "Granularity, 1 or 5"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "DescribeRealViewDatabasePage": {
    "summary": "实时获取数据库列表信息",
    "description": "离线通过表名称获取表信息",
    "members": [
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": true,
        "description": "数据源ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "Asc",
        "type": "boolean",
        "required": false,
        "description": "排序字段类型：ASC/DESC"
      },
      {
        "name": "ConnectionType",
        "type": "string",
        "required": false,
        "description": "指定数据源链接方式，如hive jdbc或者metastore client"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Keyword过滤"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "【分页参数】页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "【分页参数】分页大小"
      },
      {
        "name": "ResourceGroupId",
        "type": "string",
        "required": false,
        "description": "资源组ID"
      },
      {
        "name": "ResourceType",
        "type": "integer",
        "required": false,
        "description": "资源组类型"
      },
      {
        "name": "Sort",
        "type": "string",
        "required": false,
        "description": "Sort"
      },
      {
        "name": "CatalogName",
        "type": "string",
        "required": false,
        "description": "catalog名称"
      }
    ]
  },
  "DescribeRealViewSchemaPage": {
    "summary": "数据集成分页获取数据库Schema",
    "description": "数据集成分页获取数据库SCHEMA信息",
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "每页记录数"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": true,
        "description": "数据库名称"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": true,
        "description": "数据源id"
      },
      {
        "name": "DataSourceType",
        "type": "string",
        "required": true,
        "description": "数据type"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "Env",
        "type": "string",
        "required": false,
        "description": "环境信息"
      },
      {
        "name": "Model",
        "type": "string",
        "required": false,
        "description": "项目model"
      },
      {
        "name": "DevDatasourceId",
        "type": "string",
        "required": false,
        "description": "dev的数据源Id"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "过滤字段"
      }
    ]
  },
  "DescribeRelatedTasksByTaskId": {
    "summary": "根据任务ID分页查询上下游直接关联任务",
    "description": "根据任务ID分页查询任务绑定监听的事件",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务Id"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "当前页码，从1开始"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "单页大小，最大200"
      },
      {
        "name": "DependencyDirection",
        "type": "string",
        "required": true,
        "description": "查询直接依赖方向，如UP表示上游、DOWN表示下游"
      },
      {
        "name": "Environment",
        "type": "string",
        "required": true,
        "description": "查询开发环境还是生产环境版本，DEV表示开发环境、PROD表示生产环境"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": false,
        "description": "任务名称，模糊搜索"
      },
      {
        "name": "CycleTypeList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "任务调度周期,I：分支；H：小时；D：天；W：周；M：月；Y：年；O：一次性。"
      },
      {
        "name": "StatusList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "任务状态，N：新建； Y：调度中； O：已暂停；F：已下线；INVALID：已失效"
      },
      {
        "name": "OwnerNameList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "任务责任人名"
      }
    ]
  },
  "DescribeReportTaskDetail": {
    "summary": "Query the task details of the usage dashboard",
    "description": "This API is used to query task details for reports.",
    "zh": {
      "summary": "获取用量大盘任务详情",
      "description": "查询上报任务详情，注意：任务执行完后，任务详情上报存在10分钟的延迟，使用接口查询任务详情时需等待任务运行完10分钟后查询"
    },
    "members": [
      {
        "name": "EngineTaskId",
        "type": "string",
        "required": true,
        "description": "Engine task id."
      }
    ]
  },
  "DescribeReportTaskList": {
    "summary": "Query the usage dashboard task list",
    "description": "This API is used to query the task submission list.",
    "zh": {
      "summary": "查询用量大盘任务列表",
      "description": "查询上报任务列表"
    },
    "members": [
      {
        "name": "PageNum",
        "type": "integer",
        "required": false,
        "description": "Page number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Entries per page."
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "Task ID"
      },
      {
        "name": "InstanceId",
        "type": "string",
        "required": false,
        "description": "Instance ID"
      },
      {
        "name": "JobId",
        "type": "string",
        "required": false,
        "description": "Job id."
      },
      {
        "name": "EngineTaskId",
        "type": "string",
        "required": false,
        "description": "Engine task id."
      },
      {
        "name": "ProductSource",
        "type": "string",
        "required": false,
        "description": "DATA source, such as DATA_INTEGRATION, DATA_EXPLORATION, DATA_QUALITY, OM_CENTER."
      },
      {
        "name": "OnwerUid",
        "type": "string",
        "required": false,
        "description": "Root account."
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Start time"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "End time"
      }
    ]
  },
  "DescribeResourceManagePathTrees": {
    "summary": "Retrieve resource management directory tree",
    "description": "Retrieve resource management directory tree",
    "zh": {
      "summary": "获取资源管理目录树",
      "description": "获取资源管理目录树"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Name, for search"
      },
      {
        "name": "FileType",
        "type": "string",
        "required": false,
        "description": "File Type"
      },
      {
        "name": "FilePath",
        "type": "string",
        "required": false,
        "description": "File path"
      },
      {
        "name": "DirType",
        "type": "string",
        "required": false,
        "description": "Folder Type\npersonal individual\nproject Item\nresource"
      }
    ]
  },
  "DescribeRoleList": {
    "summary": "Retrieve role list information",
    "description": "This API is used to retrieve role list information.",
    "zh": {
      "summary": "获取角色列表信息",
      "description": "获取角色列表信息"
    },
    "members": [
      {
        "name": "ShowAllRoles",
        "type": "boolean",
        "required": false,
        "description": "Return all Roles"
      },
      {
        "name": "IncludeRoleTypes",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Role type (system, tenant, project) that needs to be returned"
      },
      {
        "name": "DescribeMemberCount",
        "type": "boolean",
        "required": false,
        "description": "Specifies the statistics of role binding personnel. Only supported in the private edition."
      },
      {
        "name": "DescribeOperator",
        "type": "boolean",
        "required": false,
        "description": "Specifies the operator information. describes the privatized multi-tenancy version."
      },
      {
        "name": "DescribeSystemRoleOnly",
        "type": "boolean",
        "required": false,
        "description": "System Role"
      },
      {
        "name": "DescribeCustomRoleOnly",
        "type": "boolean",
        "required": false,
        "description": "Custom Role"
      },
      {
        "name": "DescribePrivileges",
        "type": "boolean",
        "required": false,
        "description": "Permission to view"
      },
      {
        "name": "RoleIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Filter criteria for Role ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Paging information"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Query Field"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sorting Field"
      }
    ]
  },
  "DescribeRule": {
    "summary": "Queries rule details",
    "description": "Queries rule details",
    "zh": {
      "summary": "查询规则详情",
      "description": "查询规则详情"
    },
    "members": [
      {
        "name": "RuleId",
        "type": "integer",
        "required": false,
        "description": "Quality Rule ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      }
    ]
  },
  "DescribeRuleDimStat": {
    "summary": "Data Quality Triggers Dimension Distribution Statistics Interface",
    "description": "Data Quality Overview Page Triggers Dimension Distribution Statistics Interface",
    "zh": {
      "summary": "数据质量触发维度分布统计接口",
      "description": "数据质量概览页面触发维度分布统计接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "BeginDate",
        "type": "string",
        "required": true,
        "description": "Start time, timestamp to the second"
      },
      {
        "name": "EndDate",
        "type": "string",
        "required": true,
        "description": "End time, timestamp to the second"
      }
    ]
  },
  "DescribeRuleExecDetail": {
    "summary": "Query Rule Execution Result Details",
    "description": "Query Rule Execution Result Details",
    "zh": {
      "summary": "查询规则执行结果详情",
      "description": "查询规则执行结果详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "RuleExecId",
        "type": "integer",
        "required": false,
        "description": "Rule Execution ID"
      }
    ]
  },
  "DescribeRuleExecLog": {
    "summary": "Rule Execution Log Query",
    "description": "Rule Execution Log Query",
    "zh": {
      "summary": "规则执行日志查询",
      "description": "规则执行日志查询"
    },
    "members": [
      {
        "name": "RuleExecId",
        "type": "integer",
        "required": true,
        "description": "Rule Execution ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "RuleGroupExecId",
        "type": "integer",
        "required": true,
        "description": "Rule Group Execution ID"
      }
    ]
  },
  "DescribeRuleExecResults": {
    "summary": "Query Rule Execution Result List",
    "description": "Query Rule Execution Result List",
    "zh": {
      "summary": "规则执行结果列表查询",
      "description": "规则执行结果列表查询"
    },
    "members": [
      {
        "name": "RuleGroupExecId",
        "type": "integer",
        "required": false,
        "description": "Rule Group Execution ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤条件"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序字段"
      }
    ]
  },
  "DescribeRuleExecStat": {
    "summary": "Data Quality Rule Operation Interface",
    "description": "Data Quality Overview Page Rule Operation Interface",
    "zh": {
      "summary": "数据质量规则运行情况接口",
      "description": "数据质量概览页面规则运行情况接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "BeginDate",
        "type": "string",
        "required": true,
        "description": "Start time, timestamp to the second"
      },
      {
        "name": "EndDate",
        "type": "string",
        "required": true,
        "description": "End time, timestamp to the second"
      }
    ]
  },
  "DescribeRuleGroup": {
    "summary": "Query Rule Group Details Interface",
    "description": "Query Rule Group Details Interface",
    "zh": {
      "summary": "查询规则组详情接口",
      "description": "查询规则组详情接口"
    },
    "members": [
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "Rule Group ID"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "Data Source ID"
      },
      {
        "name": "TableId",
        "type": "string",
        "required": false,
        "description": "Data Table ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "DatabaseId",
        "type": "string",
        "required": false,
        "description": "Database ID"
      }
    ]
  },
  "DescribeRuleGroupExecResultsByPage": {
    "summary": "Rule Group Execution Result Pagination Query Interface",
    "description": "Rule Group Execution Result Pagination Query Interface",
    "zh": {
      "summary": "规则组执行结果分页查询接口",
      "description": "规则组执行结果分页查询接口"
    },
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Pagination Index"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter criteria"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sort Fields"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      }
    ]
  },
  "DescribeRuleGroupsByPage": {
    "summary": "Pagination Query Rule Group Interface",
    "description": "[Filter Criteria]\n{Table Name (TableName), supports fuzzy matching}       {Table Owner (TableOwnerName), supports fuzzy matching}      {Monitoring Methods (MonitorTypes), 1. Not Configured 2. Linked to Production Scheduling 3. Offline Periodic Inspection, supports multiple selections}  {Subscriber (ReceiverUin)}\n[Required Fields]\n{Data Source (DatasourceId)}",
    "zh": {
      "summary": "分页查询规则组接口",
      "description": "【过滤条件】\n{表名称TableName,支持模糊匹配}       {表负责人TableOwnerName,支持模糊匹配}      {监控方式MonitorTypes，1.未配置 2.关联生产调度 3.离线周期检测,支持多选}  {订阅人ReceiverUin}\n【必要字段】\n{数据来源DatasourceId}"
    },
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Pagination Index"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter criteria, each request's Filters limit is 10, Filter.Values limit is 5"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sorting Method"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      }
    ]
  },
  "DescribeRuleGroupSubscription": {
    "summary": "Query Rule Group Subscription Information",
    "description": "Query Rule Group Subscription Information",
    "zh": {
      "summary": "查询规则组订阅信息",
      "description": "查询规则组订阅信息"
    },
    "members": [
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "Rule Group ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      }
    ]
  },
  "DescribeRuleGroupTable": {
    "summary": "Query Table Binding Execution Rule Group Information",
    "description": "Query Table Binding Execution Rule Group Information",
    "zh": {
      "summary": "查询表绑定执行规则组信息",
      "description": "查询表绑定执行规则组信息"
    },
    "members": [
      {
        "name": "TableId",
        "type": "string",
        "required": true,
        "description": "Table ID"
      }
    ]
  },
  "DescribeRules": {
    "summary": "Query Quality Rule List",
    "description": "Query Quality Rule List",
    "zh": {
      "summary": "查询质量规则列表",
      "description": "查询质量规则列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "Rule Group ID"
      },
      {
        "name": "EngineType",
        "type": "string",
        "required": false,
        "description": "The running execution engine, if not specified, the default execution engine under this data source will be requested"
      }
    ]
  },
  "DescribeRulesByPage": {
    "summary": "Paginated Query of Quality Rules",
    "description": "Paginated Query of Quality Rules",
    "zh": {
      "summary": "分页查询质量规则",
      "description": "分页查询质量规则"
    },
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Pagination Index"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter criteria"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sort Fields"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      }
    ]
  },
  "DescribeRuleTemplate": {
    "summary": "Query Template Details",
    "description": "Query Template Details",
    "zh": {
      "summary": "查询模板详情",
      "description": "查询模板详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "TemplateId",
        "type": "integer",
        "required": false,
        "description": "Rule Template ID"
      }
    ]
  },
  "DescribeRuleTemplates": {
    "summary": "Viewing Rule Template List",
    "description": "Viewing Rule Template List",
    "zh": {
      "summary": "查询规则模板列表",
      "description": "查询规则模板列表"
    },
    "members": [
      {
        "name": "Type",
        "type": "integer",
        "required": false,
        "description": "Template Type 1. System Template 2. Custom Definition Template"
      },
      {
        "name": "SourceObjectType",
        "type": "integer",
        "required": false,
        "description": "1. Constant 2. Offline Table Level 2. Offline Field Level"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "SourceEngineTypes",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "Corresponding Engine Type of the Source"
      }
    ]
  },
  "DescribeRuleTemplatesByPage": {
    "summary": "Rule Template Query Interface",
    "description": "[Filter Conditions] {Template Name (Name), supports fuzzy matching} {Template Type (type), 1.System Template 2.Custom Definition Template} {Quality Detection Dimensions (QualityDims), 1.Accuracy 2.Uniqueness 3.Integrity 4.Consistency 5.Timeliness 6.Validity} [Sorting Field] {Citation Sorting Type (CitationOrderType), sort by citation count ASC DESC}",
    "zh": {
      "summary": "规则模板查询接口",
      "description": "【过滤条件】 {模板名称Name,支持模糊匹配} {模板类型type，1.系统模板 2.自定义模板} {质量检测维度QualityDims, 1.准确性 2.唯一性 3.完整性 4.一致性 5.及时性 6.有效性} 【排序字段】 { 引用数排序类型CitationOrderType，根据引用数量排序 ASC DESC}"
    },
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Current Page"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Number of records per page"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Workspace ID"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Universal Sort Field"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Universal Filter Criteria"
      }
    ]
  },
  "DescribeScheduleInstances": {
    "summary": "AIOps - Get Instance List",
    "description": "Get Instance List",
    "zh": {
      "summary": "运维中心-获取实例列表",
      "description": "获取实例列表"
    },
    "members": [
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "请求来源，WEB 前端；CLIENT 客户端"
      },
      {
        "name": "Instances",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Instance List"
      },
      {
        "name": "CheckFather",
        "type": "boolean",
        "required": false,
        "description": "Check Parent Task Type, true: Check parent task; false: Do not check parent task"
      },
      {
        "name": "RerunType",
        "type": "string",
        "required": false,
        "description": "Rerun Type, 1: Self; 3: Child; 2: Self and Child"
      },
      {
        "name": "DependentWay",
        "type": "string",
        "required": false,
        "description": "Instance Dependency Mode, 1: Self-dependent; 2: Task-dependent; 3: Self and Parent-Child dependent"
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "Rerun Ignore Event Listening or Not"
      },
      {
        "name": "SonInstanceType",
        "type": "string",
        "required": false,
        "description": "Downstream Instance Range 1: Within the workflow 2: Within the project 3: Across all workflows dependent on the project"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": false,
        "description": "Query conditions"
      },
      {
        "name": "OptType",
        "type": "string",
        "required": false,
        "description": "Access type"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": false,
        "description": "Operator Name"
      },
      {
        "name": "OperatorId",
        "type": "string",
        "required": false,
        "description": "Operator ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "Project Identifier"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "Project name"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "Index Page Number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size"
      },
      {
        "name": "Count",
        "type": "integer",
        "required": false,
        "description": "Total Data"
      },
      {
        "name": "RequestBaseInfo",
        "type": "object",
        "required": false,
        "description": "Basic Request Information"
      },
      {
        "name": "IsCount",
        "type": "boolean",
        "required": false,
        "description": "Whether to Calculate Total"
      },
      {
        "name": "ProjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "【已废弃参数，新用户接入无需关注】\n项目ID列表，用于多项目实例列表筛选，请注意，该字段传入时 ProjectId 字段也必须传，且传入的 ProjectIds 中的项目ID必须是当前用户有权限的项目ID，否则会由于权限校验失败报错"
      }
    ]
  },
  "DescribeSchedulerInstanceStatus": {
    "summary": "Operation and Maintenance Dashboard-Instance Status Distribution",
    "description": "Operation and Maintenance Dashboard-Instance Status Distribution",
    "zh": {
      "summary": "运维大屏-实例状态分布",
      "description": "运维大屏-实例状态分布"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskTypeId",
        "type": "string",
        "required": false,
        "description": "Task Type ID"
      },
      {
        "name": "ExecutionGroupId",
        "type": "string",
        "required": false,
        "description": "Execution Resource Group ID"
      },
      {
        "name": "ExecutionGroupName",
        "type": "string",
        "required": false,
        "description": "Execution Resource Group Name"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Start Time"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "End time"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": false,
        "description": "Person in Charge"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID"
      },
      {
        "name": "ProjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "任务ID列表"
      }
    ]
  },
  "DescribeSchedulerRunTimeInstanceCntByStatus": {
    "summary": "Operation and Maintenance Dashboard - Instance Running Duration Ranking",
    "description": "Operation and Maintenance Dashboard - Instance Running Duration Ranking",
    "zh": {
      "summary": "运维大屏-实例运行时长排行",
      "description": "运维大屏-实例运行时长排行"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "CycleUnit",
        "type": "string",
        "required": false,
        "description": "Cycle Type"
      },
      {
        "name": "TimeUnit",
        "type": "string",
        "required": false,
        "description": "Time Unit e.g.: 12h"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Start Date: 2023-03-02"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "Before End Date: 2023-03-20"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Task Type"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": false,
        "description": "Person in Charge"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID"
      },
      {
        "name": "SortItem",
        "type": "string",
        "required": false,
        "description": "Sort Fields"
      },
      {
        "name": "SortType",
        "type": "string",
        "required": false,
        "description": "Ascending/Descending Order"
      },
      {
        "name": "ProjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "项目ID列表，如果传了 ProjectIds，则 ProjectId 不会生效，用于多项目筛选"
      }
    ]
  },
  "DescribeSchedulerTaskCntByStatus": {
    "summary": "Task Status Statistics",
    "description": "Task Status Statistics",
    "zh": {
      "summary": "任务状态统计",
      "description": "任务状态统计"
    },
    "members": [
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "1"
      },
      {
        "name": "TypeName",
        "type": "string",
        "required": false,
        "description": "Y"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "111"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": false,
        "description": "1"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID"
      },
      {
        "name": "ProjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "项目ID列表，如果传了 ProjectIds ，ProjectId 不会生效"
      },
      {
        "name": "ResourceGroupIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "资源组ID筛选"
      }
    ]
  },
  "DescribeSchedulerTaskTypeCnt": {
    "summary": "Operation and Maintenance Dashboard - Task Status Distribution",
    "description": "Operation and Maintenance Dashboard - Task Status Distribution",
    "zh": {
      "summary": "运维大屏-任务状态分布",
      "description": "运维大屏-任务状态分布"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": false,
        "description": "Person in Charge"
      }
    ]
  },
  "DescribeStatisticInstanceStatusTrendOps": {
    "summary": "Instance Status Trend",
    "description": "Task Status Trend",
    "zh": {
      "summary": "实例状态趋势",
      "description": "任务状态趋势"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskTypeId",
        "type": "string",
        "required": false,
        "description": "Task Type Id"
      },
      {
        "name": "TimeType",
        "type": "string",
        "required": false,
        "description": "Time Type"
      },
      {
        "name": "TypeName",
        "type": "string",
        "required": false,
        "description": "Task Type Name"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Start Time"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "End time"
      },
      {
        "name": "ExecutionGroupId",
        "type": "string",
        "required": false,
        "description": "Resource Group ID"
      },
      {
        "name": "ExecutionGroupName",
        "type": "string",
        "required": false,
        "description": "Resource Group Name"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": false,
        "description": "1"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "1"
      },
      {
        "name": "StateList",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "1"
      },
      {
        "name": "AggregationUnit",
        "type": "string",
        "required": false,
        "description": "D represents days, H represents hours"
      },
      {
        "name": "AverageWindowSize",
        "type": "integer",
        "required": false,
        "description": "1"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID"
      },
      {
        "name": "ProjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "项目ID列表，用于多项目实例趋势筛选，当指定了 ProjectIds 的时候，ProjectId 将只用来鉴权，不做筛选"
      },
      {
        "name": "TimePoint",
        "type": "integer",
        "required": false,
        "description": "指定时间点，当统计时常为整天的时候使用，必须小于 24"
      }
    ]
  },
  "DescribeStreamTaskLogList": {
    "summary": "Query real-time task log list",
    "description": "Query real-time task log list",
    "zh": {
      "summary": "查询实时任务日志列表",
      "description": "查询实时任务日志列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "JobId",
        "type": "string",
        "required": true,
        "description": "Job ID"
      },
      {
        "name": "EndTime",
        "type": "integer",
        "required": true,
        "description": "End time"
      },
      {
        "name": "StartTime",
        "type": "integer",
        "required": true,
        "description": "Start Time"
      },
      {
        "name": "Container",
        "type": "string",
        "required": false,
        "description": "container Name"
      },
      {
        "name": "Limit",
        "type": "integer",
        "required": false,
        "description": "Number of entries"
      },
      {
        "name": "OrderType",
        "type": "string",
        "required": false,
        "description": "Sort Type desc asc"
      },
      {
        "name": "RunningOrderId",
        "type": "integer",
        "required": false,
        "description": "Instance ID of Job Execution"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Keyword"
      },
      {
        "name": "JobType",
        "type": "string",
        "required": false,
        "description": "<p>任务类型，不传时按 <code>INTEGRATION</code> 处理 </p><p>枚举值：</p><ul><li>INTEGRATION： 集成任务</li><li>VALIDATE： 对账任务</li></ul>"
      },
      {
        "name": "Context",
        "type": "string",
        "required": false,
        "description": "<p>滚动查询游标</p>"
      }
    ]
  },
  "DescribeSuccessorOpsTaskInfos": {
    "summary": "Get All Downstream Tasks (Development State)",
    "description": "Get Downstream Task Information",
    "zh": {
      "summary": "获取任务全部下游（开发态）",
      "description": "获取下游任务信息"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "DescribeSuccessorTaskInfoList": {
    "summary": "获取下游任务信息批量",
    "description": "获取下游任务信息批量",
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "任务id集合"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      }
    ]
  },
  "DescribeTableBasicInfo": {
    "summary": "Table Basic Information Query",
    "description": "Metadata Model-Table Basic Information Query Interface",
    "zh": {
      "summary": "表基础信息查询",
      "description": "元数据模型-表基础信息查询接口"
    },
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter field"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sort Fields"
      }
    ]
  },
  "DescribeTableContentPreview": {
    "summary": "查询表的数据预览",
    "description": "查询表的数据预览",
    "members": [
      {
        "name": "TableId",
        "type": "string",
        "required": true,
        "description": "<p>表ID</p>"
      },
      {
        "name": "TechnologyType",
        "type": "string",
        "required": true,
        "description": "<p>组件类型枚举值，支持的值有 HDFS/HBASE/HIVE/KAFKA</p>"
      },
      {
        "name": "ClusterId",
        "type": "string",
        "required": true,
        "description": "<p>集群id</p>"
      },
      {
        "name": "ResourceType",
        "type": "string",
        "required": true,
        "description": "<p>资源类型枚举值，支持的值有TOPIC/PATH/TABLE/DATABASE</p>"
      },
      {
        "name": "TableName",
        "type": "string",
        "required": true,
        "description": "<p>表名</p>"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "<p>项目id</p>"
      },
      {
        "name": "RowNum",
        "type": "integer",
        "required": false,
        "description": "<p>预览的行数，默认10行</p>"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": false,
        "description": "<p>数据库名，kafka或其他无数据库概念的不填</p>"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "<p>异步查询预览结果时填写</p>"
      },
      {
        "name": "PartitionName",
        "type": "string",
        "required": false,
        "description": "<p>分区信息</p>"
      },
      {
        "name": "ResourceGroupId",
        "type": "string",
        "required": false,
        "description": "<p>资源组ID</p>"
      },
      {
        "name": "Sql",
        "type": "string",
        "required": false,
        "description": "<p>执行SQL</p>"
      },
      {
        "name": "EngineId",
        "type": "string",
        "required": false,
        "description": "<p>引擎名</p>"
      }
    ]
  },
  "DescribeTableDdl": {
    "summary": "查询表的DDL",
    "description": "查询表的DDL",
    "members": [
      {
        "name": "TableId",
        "type": "string",
        "required": true,
        "description": "表ID"
      }
    ]
  },
  "DescribeTableInfoList": {
    "summary": "Retrieve Data Table Information",
    "description": "Retrieve Data Table Information",
    "zh": {
      "summary": "获取数据表信息",
      "description": "获取数据表信息"
    },
    "members": [
      {
        "name": "Filters",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Table name"
      },
      {
        "name": "ConnectionType",
        "type": "string",
        "required": true,
        "description": "If it is hive write rpc, if it is other types do not transmit"
      },
      {
        "name": "Catalog",
        "type": "string",
        "required": true,
        "description": "Database source type"
      }
    ]
  },
  "DescribeTableLineage": {
    "summary": "List Table Lineage Information",
    "description": "List Table Lineage Information",
    "zh": {
      "summary": "列出表血缘信息",
      "description": "列出表血缘信息"
    },
    "members": [
      {
        "name": "Direction",
        "type": "string",
        "required": true,
        "description": "Enumeration value of query direction.\n\n- INPUT\n- OUTPUT\n- BOTH"
      },
      {
        "name": "Data",
        "type": "object",
        "required": true,
        "description": "Table information"
      },
      {
        "name": "InputDepth",
        "type": "integer",
        "required": false,
        "description": "Single Query Indegree, default 1"
      },
      {
        "name": "OutputDepth",
        "type": "integer",
        "required": false,
        "description": "Single Query Outdegree, default 1"
      },
      {
        "name": "ExtParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Additional Parameters (Pass Caller Information)"
      },
      {
        "name": "IgnoreTemp",
        "type": "boolean",
        "required": false,
        "description": "Filter Temporary Tables, default true"
      },
      {
        "name": "RecursiveSecond",
        "type": "boolean",
        "required": false,
        "description": "Recursively Query Number of Secondary Nodes, default is true"
      }
    ]
  },
  "DescribeTableLineageInfo": {
    "summary": "Table Lineage Information Query Interface",
    "description": "List Table Lineage Information",
    "zh": {
      "summary": "表血缘信息查询接口",
      "description": "列出表血缘信息"
    },
    "members": [
      {
        "name": "Direction",
        "type": "string",
        "required": true,
        "description": "Query Direction, INPUT, OUTPUT, BOTH enumerated values"
      },
      {
        "name": "Data",
        "type": "object",
        "required": true,
        "description": "Table information"
      },
      {
        "name": "InputDepth",
        "type": "integer",
        "required": false,
        "description": "Single Query Indegree, default 1"
      },
      {
        "name": "OutputDepth",
        "type": "integer",
        "required": false,
        "description": "Single Query Outdegree, default 1"
      },
      {
        "name": "ExtParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Additional Parameters (Pass Caller Information)"
      },
      {
        "name": "IgnoreTemp",
        "type": "boolean",
        "required": false,
        "description": "Filter Temporary Tables, default true"
      },
      {
        "name": "RecursiveSecond",
        "type": "boolean",
        "required": false,
        "description": "Recursively Query Number of Secondary Nodes, default is true"
      }
    ]
  },
  "DescribeTableMeta": {
    "summary": "Querying Table Metadata Details",
    "description": "Querying Table Metadata Details",
    "zh": {
      "summary": "查询表元数据详情",
      "description": "查询表元数据详情"
    },
    "members": [
      {
        "name": "TableId",
        "type": "string",
        "required": true,
        "description": "Unique Table ID"
      },
      {
        "name": "TableNameFilter",
        "type": "object",
        "required": false,
        "description": "Query conditions by Name"
      },
      {
        "name": "TableFilterType",
        "type": "integer",
        "required": false,
        "description": "Query condition type: 0 by ID, 1 by Name, default is 0"
      },
      {
        "name": "SearchNames",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "查询字段列表"
      }
    ]
  },
  "DescribeTableMetas": {
    "summary": "Get Table Metadata List",
    "description": "Get Table Metadata List",
    "zh": {
      "summary": "获取表元数据list",
      "description": "获取表元数据list"
    },
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter field"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sort Fields"
      }
    ]
  },
  "DescribeTablePartitions": {
    "summary": "查询表的分区详情信息",
    "description": "查询表的分区详情信息",
    "members": [
      {
        "name": "TableId",
        "type": "string",
        "required": true,
        "description": "表ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "分页number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "分页size"
      },
      {
        "name": "FilterSet",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤器"
      },
      {
        "name": "OrderFieldSet",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序字段"
      }
    ]
  },
  "DescribeTableQualityDetails": {
    "summary": "Query Table Quality Details",
    "description": "Quality Report - Query Table Quality Details",
    "zh": {
      "summary": "查询表质量详情",
      "description": "质量报告-查询表质量详情"
    },
    "members": [
      {
        "name": "StatisticsDate",
        "type": "integer",
        "required": true,
        "description": "Statistics Date"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Pagination Index"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Page size"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter Parameters TableName, DatabaseId, DatabaseName, OwnerUserName"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sorting Parameters Sort order DESC or ASC, Table score sorting TableScore"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "Data source ID"
      },
      {
        "name": "ScoreType",
        "type": "string",
        "required": false,
        "description": "1: Calculate by full dimension weight, 2: Calculate by configured dimension weight, 3: Do not calculate by dimension weight, default is 1"
      }
    ]
  },
  "DescribeTableSchemaInfo": {
    "summary": "Retrieve Table Schema Information",
    "description": "Retrieve Table Schema Information",
    "zh": {
      "summary": "获取表schema信息",
      "description": "获取表schema信息"
    },
    "members": [
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "Table Name"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": true,
        "description": "Database name"
      },
      {
        "name": "MsType",
        "type": "string",
        "required": true,
        "description": "Data Source Types (e.g., MYSQL, HIVE, KAFKA, etc.)"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": true,
        "description": "Data source ID"
      },
      {
        "name": "ConnectionType",
        "type": "string",
        "required": false,
        "description": "Connection Type (example value: rpc)"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": false,
        "description": "Schema Name under Metadata Database"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目空间ID"
      },
      {
        "name": "Env",
        "type": "string",
        "required": false,
        "description": "环境信息"
      },
      {
        "name": "Model",
        "type": "string",
        "required": false,
        "description": "空间模式"
      },
      {
        "name": "DevDatasourceId",
        "type": "string",
        "required": false,
        "description": "开发态的datasourceId"
      }
    ]
  },
  "DescribeTableScoreTrend": {
    "summary": "Query Table Score Trend",
    "description": "Query Table Score Trend",
    "zh": {
      "summary": "查询表得分趋势",
      "description": "查询表得分趋势"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "StatisticsStartDate",
        "type": "integer",
        "required": true,
        "description": "Start time Second-level Timestamp"
      },
      {
        "name": "StatisticsEndDate",
        "type": "integer",
        "required": true,
        "description": "End time Second-level Timestamp"
      },
      {
        "name": "TableId",
        "type": "string",
        "required": true,
        "description": "Table ID"
      },
      {
        "name": "ScoreType",
        "type": "string",
        "required": false,
        "description": "1: Calculate by full dimension weight, 2: Calculate by configured dimension weight, 3: Do not calculate by dimension weight, default is 1"
      }
    ]
  },
  "DescribeTableSelect": {
    "summary": "查询表的select语句",
    "description": "查询表的select语句",
    "members": [
      {
        "name": "TableId",
        "type": "string",
        "required": true,
        "description": "表ID"
      }
    ]
  },
  "DescribeTaskAlarmRegulations": {
    "summary": "Query Task Alert Rule List",
    "description": "Query Task Alert Rule List",
    "zh": {
      "summary": "查询任务告警规则列表",
      "description": "查询任务告警规则列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Current Page"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Number of records per page"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter criteria (name includes RegularStatus, AlarmLevel, AlarmIndicator, RegularName)"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sorting criteria (RegularId)"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "Task ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Task Type (201 for real-time task, 202 for offline task)"
      }
    ]
  },
  "DescribeTaskByCycle": {
    "summary": "Periodic Task Statistics",
    "description": "Query all tasks by cycle type",
    "zh": {
      "summary": "周期任务统计",
      "description": "根据周期类型 查询所有任务"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": false,
        "description": "1"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID"
      },
      {
        "name": "ProjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "项目ID列表筛选"
      },
      {
        "name": "ResourceGroupIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "资源组ID列表筛选"
      },
      {
        "name": "TaskTypeIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "任务类型ID筛选"
      }
    ]
  },
  "DescribeTaskByStatusReport": {
    "summary": "Task Status Trend",
    "description": "Task Status Trend",
    "zh": {
      "summary": "任务状态趋势",
      "description": "任务状态趋势"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "Type",
        "type": "string",
        "required": false,
        "description": "Time Type"
      },
      {
        "name": "TaskType",
        "type": "string",
        "required": false,
        "description": "Type"
      },
      {
        "name": "TypeName",
        "type": "string",
        "required": false,
        "description": "Type Name"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Start Time"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "End time"
      },
      {
        "name": "AggregationUnit",
        "type": "string",
        "required": false,
        "description": "Aggregation Unit, H Hours"
      },
      {
        "name": "CycleUnit",
        "type": "string",
        "required": false,
        "description": "Cycle"
      },
      {
        "name": "Status",
        "type": "string",
        "required": false,
        "description": "Status"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": false,
        "description": "Person in Charge"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID"
      },
      {
        "name": "ProjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "项目ID列表，用于多项目实例趋势筛选，当指定了 ProjectIds 的时候，ProjectId 将只用来鉴权，不做筛选"
      }
    ]
  },
  "DescribeTaskDetailDs": {
    "summary": "查询任务具体详情【新】",
    "description": "查询任务具体详情【新】",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID （必填属性）"
      },
      {
        "name": "TaskAlarmStatus",
        "type": "integer",
        "required": false,
        "description": "已废弃，无需填写"
      }
    ]
  },
  "DescribeTaskInstancesStatus": {
    "summary": "分组获取编排空间调试任务实例状态信息",
    "description": "分组获取编排空间调试任务实例状态信息",
    "members": [
      {
        "name": "RecordIdList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "任务列表"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "工作流id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      }
    ]
  },
  "DescribeTaskLineage": {
    "summary": "通过任务查询表的血缘关系",
    "description": "通过任务查询表的血缘关系",
    "members": [
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "请求来源，WEB 前端；CLIENT 客户端"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "任务ID"
      }
    ]
  },
  "DescribeTaskLockStatus": {
    "summary": "View Task Lock Status Information",
    "description": "View Task Lock Status Information",
    "zh": {
      "summary": "查看任务锁状态信息",
      "description": "查看任务锁状态信息"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type: 201. stream, 202. offline"
      }
    ]
  },
  "DescribeTaskParamDs": {
    "summary": "查询任务引用参数",
    "description": "查询任务引用参数",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "任务id"
      }
    ]
  },
  "DescribeTaskRunHistory": {
    "summary": "Paging Query Task Execution History",
    "description": "Paging Query Task Execution History",
    "zh": {
      "summary": "分页查询任务运行历史",
      "description": "分页查询任务运行历史"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": true,
        "description": "Search Criteria"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Page Size"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page Number"
      }
    ]
  },
  "DescribeTaskScript": {
    "summary": "Query Task Script",
    "description": "Query Task Script",
    "zh": {
      "summary": "查询任务脚本（废弃）",
      "description": "查询任务脚本。本接口已废弃，请使用接口GetPaginationTaskScript。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      }
    ]
  },
  "DescribeTasksForCodeTemplate": {
    "summary": "分页查询引用模板的任务列表",
    "description": "分页查询引用模板的任务列表",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "页码，最小1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "单页大小，最小10，最大200"
      },
      {
        "name": "TemplateId",
        "type": "string",
        "required": true,
        "description": "模板id"
      },
      {
        "name": "WorkflowIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "工作流id列表"
      },
      {
        "name": "OwnerIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "责任人名列表"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": false,
        "description": "任务名"
      },
      {
        "name": "OrderCondition",
        "type": "object",
        "required": false,
        "description": "排序提交，目前只支持workflowName"
      }
    ]
  },
  "DescribeTaskTableMetricOverview": {
    "summary": "查询实时任务表粒度指标概览",
    "description": "查询实时任务表粒度指标概览",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务TaskId"
      },
      {
        "name": "NodeType",
        "type": "string",
        "required": true,
        "description": "来源类型，支持枚举： SOURCE、SINK"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "页大小"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "任务类型：201. stream, 202. offline，当前只支持实时201"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "根据SchemaName来模糊搜索"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序"
      }
    ]
  },
  "DescribeTaskTemplates": {
    "summary": "查询项目任务模版列表",
    "description": "查询项目下所有任务列表,包括虚拟任务",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "页号"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "分页大小"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序字段, 仅支持更新时间, 取值示例\n\n- UpdateTime"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤条件, 取值列表\n\n- TemplateName    模版名称\n- TaskType    支持任务类型\n- InCharge    责任人\n- FolderId    文件夹id\n- Status    提交状态\n- UpdateStartTime    更新时间,时间区间查询\n- UpdateEndTime    更新时间,时间区间查询"
      }
    ]
  },
  "DescribeTemplateDimCount": {
    "summary": "Query rule template dimension distribution",
    "description": "Query rule template dimension distribution",
    "zh": {
      "summary": "查询规则模板维度分布情况",
      "description": "查询规则模板维度分布情况"
    },
    "members": [
      {
        "name": "Type",
        "type": "integer",
        "required": false,
        "description": "Template Type"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      }
    ]
  },
  "DescribeTenantProjects": {
    "summary": "获取租户全局范围的项目列表",
    "description": "租户全局范围的项目列表，与用户查看范围无关.",
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "第几页"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "一页几条"
      },
      {
        "name": "DescribeExecutors",
        "type": "boolean",
        "required": false,
        "description": "是否展示关联执行组的信息。正常应该不是从项目列表里获取"
      },
      {
        "name": "DescribeAdminUsers",
        "type": "boolean",
        "required": false,
        "description": "是否展示项目管理员信息，减少默认返回的请求内容"
      },
      {
        "name": "DescribeMemberCount",
        "type": "boolean",
        "required": false,
        "description": "统计项目人员数量。数据地图需求"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "自定义条件查询"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序字段"
      },
      {
        "name": "DescribeCreator",
        "type": "boolean",
        "required": false,
        "description": "默认不提供创建者信息，该参数与CAM交互比较耗时"
      },
      {
        "name": "DescribeResourcePools",
        "type": "boolean",
        "required": false,
        "description": "是否展示关联资源池信息"
      }
    ]
  },
  "DescribeTestRunningRecord": {
    "summary": "获取编排空间试运行记录列表",
    "description": "获取编排空间试运行历史",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务id"
      },
      {
        "name": "SearchWord",
        "type": "string",
        "required": false,
        "description": "搜索关键词"
      },
      {
        "name": "SearchUserUin",
        "type": "string",
        "required": false,
        "description": "搜索用户UIN"
      },
      {
        "name": "CreateTime",
        "type": "string",
        "required": false,
        "description": "试运行记录创建时间"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "试运行记录最大创建结束时间"
      },
      {
        "name": "RecordIdList",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "试运行记录id"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "分页大小"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "分页索引"
      },
      {
        "name": "StatusList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "状态列表  LAUNCHED:等待运行 RUNNING:运行中 KILLING:终止中 KILLED:已终止 SUCCESS:成功 FAILED:失败 SKIP_RUNNING 跳过运行 NEVER_RUN:未运行"
      },
      {
        "name": "OrderConditionList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序条件 排序的key：timeCost,startTime"
      }
    ]
  },
  "DescribeThirdTaskRunLog": {
    "summary": "Instance Operation and Maintenance-Get Third-party Operation Logs",
    "description": "Get third-party operation logs",
    "zh": {
      "summary": "实例运维-获取第三方运行日志",
      "description": "获取第三方运行日志"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": true,
        "description": "Instance data time"
      }
    ]
  },
  "DescribeTopTableStat": {
    "summary": "Data Quality Table Ranking Interface",
    "description": "Data Quality Overview Page Table Ranking Interface",
    "zh": {
      "summary": "数据质量表排行接口",
      "description": "数据质量概览页面表排行接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "BeginDate",
        "type": "string",
        "required": true,
        "description": "Start time, timestamp to the second"
      },
      {
        "name": "EndDate",
        "type": "string",
        "required": true,
        "description": "End time, timestamp to the second"
      }
    ]
  },
  "DescribeTrendStat": {
    "summary": "Data Quality Overview Page Trend Interface",
    "description": "Data Quality Overview Page Trend Change Interface",
    "zh": {
      "summary": "数据质量概览页面趋势接口",
      "description": "数据质量概览页面趋势变化接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "BeginDate",
        "type": "string",
        "required": true,
        "description": "Start time, timestamp to the second"
      },
      {
        "name": "EndDate",
        "type": "string",
        "required": true,
        "description": "End time, timestamp to the second"
      }
    ]
  },
  "DescribeWorkflowByFordIds": {
    "summary": "根据文件夹查询工作流",
    "description": "根据文件夹查询工作流",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "FolderIdList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "文件夹Id"
      }
    ]
  },
  "DescribeWorkflowCanvasInfo": {
    "summary": "Query Workflow Canvas",
    "description": "Query Workflow Canvas",
    "zh": {
      "summary": "查询工作流画布",
      "description": "查询工作流画布"
    },
    "members": [
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "请求来源，WEB 前端；CLIENT 客户端"
      }
    ]
  },
  "DescribeWorkflowExecuteById": {
    "summary": "Query Workflow Canvas Run Start and End Time",
    "description": "Query Workflow Canvas Run Start and End Time",
    "zh": {
      "summary": "查询工作流画布运行起止时间",
      "description": "查询工作流画布运行起止时间"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "WorkFlowIdList",
        "type": "string",
        "required": false,
        "description": "Workflow ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page size"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Pagination index"
      }
    ]
  },
  "DescribeWorkflowInfoById": {
    "summary": "Query Workflow Details by Workflow ID",
    "description": "Query Workflow Details by Workflow ID",
    "zh": {
      "summary": "通过工作流id，查询工作流详情",
      "description": "通过工作流id，查询工作流详情"
    },
    "members": [
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "DescribeWorkflowListByProjectId": {
    "summary": "Get all workflow lists under the project by Project ID",
    "description": "Get all workflow lists under the project by Project ID",
    "zh": {
      "summary": "根据项目id 获取项目下所有工作流列表",
      "description": "根据项目id 获取项目下所有工作流列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "DescribeWorkflowSchedulerInfoDs": {
    "summary": "获取工作流调度信息",
    "description": "获取工作流调度信息",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "工作流ID"
      }
    ]
  },
  "DescribeWorkflowTaskCount": {
    "summary": "Query the number of workflow tasks",
    "description": "Query the number of workflow tasks",
    "zh": {
      "summary": "查询工作流任务数",
      "description": "查询工作流任务数"
    },
    "members": [
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow List"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "DiagnosePro": {
    "summary": "Instance Diagnosis Information - New",
    "description": "Instance diagnosis for diagnosing instances in INITIAL, DEPENDENCE, ALLOCATED, LAUNCHED, EVENT_LISTENING, BEFORE_ASPECT, EXPIRED, FAILED states",
    "zh": {
      "summary": "实例诊断信息-新",
      "description": "实例诊断，用于诊断 INITIAL、DEPENDENCE、ALLOCATED、LAUNCHED、EVENT_LISTENING、BEFORE_ASPECT、EXPIRED、FAILED状态的实例"
    },
    "members": [
      {
        "name": "SearchCondition",
        "type": "object",
        "required": true,
        "description": "Query Conditions (TaskId and CurRunDate need to be filled in this field for diagnosis)"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "Instances",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Instance List"
      },
      {
        "name": "CheckFather",
        "type": "boolean",
        "required": false,
        "description": "Check Parent Task Type, true: Check parent task; false: Do not check parent task"
      },
      {
        "name": "RerunType",
        "type": "string",
        "required": false,
        "description": "Rerun Type, 1: Self; 3: Child; 2: Self and Child"
      },
      {
        "name": "DependentWay",
        "type": "string",
        "required": false,
        "description": "Instance Dependency Mode, 1: Self-dependent; 2: Task-dependent; 3: Self and Parent-Child dependent"
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "Rerun Ignore Event Listening or Not"
      },
      {
        "name": "SonInstanceType",
        "type": "string",
        "required": false,
        "description": "Downstream Instance Range 1: Within the workflow 2: Within the project 3: Across all workflows dependent on the project"
      },
      {
        "name": "OptType",
        "type": "string",
        "required": false,
        "description": "Access type"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": false,
        "description": "Operator Name"
      },
      {
        "name": "OperatorId",
        "type": "string",
        "required": false,
        "description": "Operator ID"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "Project Identifier"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "Project name"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "Index Page Number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size"
      },
      {
        "name": "Count",
        "type": "integer",
        "required": false,
        "description": "Total Data"
      },
      {
        "name": "RequestBaseInfo",
        "type": "object",
        "required": false,
        "description": "Basic Request Information"
      },
      {
        "name": "IsCount",
        "type": "boolean",
        "required": false,
        "description": "Whether to Calculate Total"
      }
    ]
  },
  "DisableProject": {
    "summary": "禁用项目",
    "description": "禁用项目",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "ModuleKey",
        "type": "string",
        "required": false,
        "description": "模块名称"
      }
    ]
  },
  "DownloadLogByLine": {
    "summary": "按行下载日志信息",
    "description": "按行下载日志信息",
    "members": [
      {
        "name": "StartLine",
        "type": "integer",
        "required": true,
        "description": "开始行"
      },
      {
        "name": "LineCount",
        "type": "integer",
        "required": true,
        "description": "读取行"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "任务id"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": false,
        "description": "实例运行时间"
      },
      {
        "name": "DetailId",
        "type": "string",
        "required": false,
        "description": "任务详情id，用于读取切分的日志文件"
      },
      {
        "name": "FilePath",
        "type": "string",
        "required": false,
        "description": "base64编码的文件路径"
      },
      {
        "name": "RecordId",
        "type": "string",
        "required": false,
        "description": "任务记录id"
      },
      {
        "name": "SubJobId",
        "type": "string",
        "required": false,
        "description": "子job id"
      },
      {
        "name": "JobType",
        "type": "string",
        "required": false,
        "description": "hiveSql:34,sparkSql:36 dlcSql: 32"
      },
      {
        "name": "ParseErrorTip",
        "type": "boolean",
        "required": false,
        "description": "true:解析错误信息。false:不解析错误信息"
      },
      {
        "name": "FileType",
        "type": "integer",
        "required": false,
        "description": "log 0 code 1 result 2 custo 3"
      },
      {
        "name": "QueryFileFlag",
        "type": "integer",
        "required": false,
        "description": "查询文件标志：0: 从执行机获取，1: 从cos获取，获取不到会再从执行机获取"
      },
      {
        "name": "ExtInfo",
        "type": "string",
        "required": false,
        "description": "透传字段，如果queryFileFlag为1，则ext回作为上一页的分页标识offset"
      }
    ]
  },
  "DryRunDIOfflineTask": {
    "summary": "Debug and Run Integration Task",
    "description": "Debug and Run Integration Task",
    "zh": {
      "summary": "调试运行集成任务",
      "description": "调试运行集成任务"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "ResourceGroup",
        "type": "string",
        "required": false,
        "description": "Resource Group ID"
      },
      {
        "name": "TaskTypeId",
        "type": "integer",
        "required": false,
        "description": "Default 27"
      }
    ]
  },
  "EnableProject": {
    "summary": "启用项目",
    "description": "启用项目",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "ModuleKey",
        "type": "string",
        "required": false,
        "description": "模块名称"
      }
    ]
  },
  "FindAllFolder": {
    "summary": "Orchestration Space Bulk Operation Page Find All Folders",
    "description": "Orchestration Space Bulk Operation Page Find All Folders",
    "zh": {
      "summary": "编排空间批量操作页面查找全部的文件夹",
      "description": "编排空间批量操作页面查找全部的文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "FreezeOpsTasks": {
    "summary": "Task Operation and Maintenance - Bulk Pause Tasks",
    "description": "Task Operation and Maintenance - Bulk Pause Tasks",
    "zh": {
      "summary": "任务运维-批量暂停任务",
      "description": "任务运维-批量暂停任务"
    },
    "members": [
      {
        "name": "Tasks",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Task List"
      },
      {
        "name": "OperateIsInform",
        "type": "boolean",
        "required": true,
        "description": "Whether Task Operation Notifies Downstream Task Owners"
      },
      {
        "name": "KillInstance",
        "type": "boolean",
        "required": false,
        "description": "Whether to terminate the generated instance"
      }
    ]
  },
  "FreezeTasksByWorkflowIds": {
    "summary": "Pause all tasks under the workflow",
    "description": "Pause All Tasks Under Workflow",
    "zh": {
      "summary": "暂停工作流下的所有任务",
      "description": "暂停工作流下的所有任务"
    },
    "members": [
      {
        "name": "WorkflowIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Workflow ID List"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "KillInstance",
        "type": "boolean",
        "required": false,
        "description": "Whether to terminate the generated instance"
      },
      {
        "name": "AsyncMode",
        "type": "boolean",
        "required": false,
        "description": "是否异步模式"
      }
    ]
  },
  "GenHiveTableDDLSql": {
    "summary": "Generate SQL for Creating Hive Table",
    "description": "Generate SQL for Creating Hive Table",
    "zh": {
      "summary": "生成建hive表的sql",
      "description": "生成建hive表的sql"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "SinkDatabase",
        "type": "string",
        "required": true,
        "description": "Target Database"
      },
      {
        "name": "Id",
        "type": "string",
        "required": false,
        "description": "Node ID"
      },
      {
        "name": "MsType",
        "type": "string",
        "required": false,
        "description": "Metadata Type (MYSQL,ORACLE)"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "Data source ID"
      },
      {
        "name": "SourceDatabase",
        "type": "string",
        "required": false,
        "description": "Source Library Name"
      },
      {
        "name": "TableName",
        "type": "string",
        "required": false,
        "description": "Source Table Name"
      },
      {
        "name": "SinkType",
        "type": "string",
        "required": false,
        "description": "Target Table Metadata Type (HIVE,GBASE)"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": false,
        "description": "Source Schema Name"
      },
      {
        "name": "SourceFieldInfoList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Field Information of Upstream Node"
      },
      {
        "name": "Partitions",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Partition Field"
      },
      {
        "name": "Properties",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Table Creation Attributes"
      },
      {
        "name": "TableMode",
        "type": "integer",
        "required": false,
        "description": "Table Creation Mode,0: Wizard Mode,1: ddl"
      },
      {
        "name": "TableVersion",
        "type": "string",
        "required": false,
        "description": "DLC Table Version, v1/v2"
      },
      {
        "name": "UpsertFlag",
        "type": "boolean",
        "required": false,
        "description": "Whether to Upsert Writes"
      },
      {
        "name": "TableComment",
        "type": "string",
        "required": false,
        "description": "Table Description Information"
      },
      {
        "name": "AddDataFiles",
        "type": "integer",
        "required": false,
        "description": "Threshold for Increased Number of Files, Exceeding Value Will Trigger Small File Merge"
      },
      {
        "name": "AddEqualityDeletes",
        "type": "integer",
        "required": false,
        "description": "Threshold for Increased Number of Equality Deletes, Exceeding Value Will Trigger Small File Merge"
      },
      {
        "name": "AddPositionDeletes",
        "type": "integer",
        "required": false,
        "description": "Threshold for Increased Number of Position Deletes, Exceeding Value Will Trigger Small File Merge"
      },
      {
        "name": "AddDeleteFiles",
        "type": "integer",
        "required": false,
        "description": "Threshold for Increased Number of Delete Files"
      },
      {
        "name": "TargetDatasourceId",
        "type": "string",
        "required": false,
        "description": "Downstream Node Data Source ID"
      },
      {
        "name": "UpsertKeys",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "DLC Upsert Primary Key"
      },
      {
        "name": "TableBaseInfo",
        "type": "object",
        "required": false,
        "description": "DLC Table Governance Information"
      },
      {
        "name": "SinkSchemaName",
        "type": "string",
        "required": false,
        "description": "Target Schema Name"
      },
      {
        "name": "Env",
        "type": "string",
        "required": false,
        "description": "获取源信息的环境"
      },
      {
        "name": "WriteMode",
        "type": "string",
        "required": false,
        "description": "doris写入模式配置"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "任务类型 201（实时）， 202（离线）"
      },
      {
        "name": "SinkTableName",
        "type": "string",
        "required": false,
        "description": "目标端table名称"
      }
    ]
  },
  "GetBatchDetailErrorLog": {
    "summary": "获取批量操作错误日志",
    "description": "获取批量操作错误日志",
    "members": [
      {
        "name": "JobId",
        "type": "integer",
        "required": true,
        "description": "批量操作ID"
      },
      {
        "name": "ResourceId",
        "type": "string",
        "required": true,
        "description": "资源对象ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      }
    ]
  },
  "GetCosToken": {
    "summary": "开发空间-获取cos token",
    "description": "获取cos token",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "<p>项目id</p>"
      },
      {
        "name": "OriginDomain",
        "type": "string",
        "required": true,
        "description": "<p>请求域名</p>"
      },
      {
        "name": "CrossFlag",
        "type": "boolean",
        "required": true,
        "description": "<p>是否需要跨域</p>"
      },
      {
        "name": "BucketName",
        "type": "string",
        "required": false,
        "description": "<p>桶名</p>"
      },
      {
        "name": "RemotePath",
        "type": "string",
        "required": false,
        "description": "<p>远程地址</p>"
      },
      {
        "name": "RemoteRegion",
        "type": "string",
        "required": false,
        "description": "<p>地域</p>"
      }
    ]
  },
  "GetFileInfo": {
    "summary": "Development Space - Obtain Data Development Script Information",
    "description": "Development Space - Obtain data development script information",
    "zh": {
      "summary": "开发空间-获取数据开发脚本信息",
      "description": "开发空间-获取数据开发脚本信息"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "FilePath",
        "type": "string",
        "required": true,
        "description": "File pathProject Area 1470575647377821696 project, in directory f1: /datastudio/project/1470575647377821696/f1/sql1234.sql Personal Area: /datastudio/personal/sqlTTT.sql"
      }
    ]
  },
  "GetInstanceLog": {
    "summary": "Read the log of one run of an instance",
    "description": "Returns a page of the log of one lifecycle round (`LifeRoundNum`) of an instance: lines\n`StartLineNum` onwards, at most `EndLineCount` of them, with `IsEnd` set on the last page and `ExtInfo`\nas the cursor to pass back for the next one. Name the run by `ExecutionJobId` when the instance's\nlifecycle round has one, otherwise by `BrokerIp` and `OriginFileName`. Read-only.",
    "zh": {
      "summary": "查询调度实例日志内容",
      "description": "获取实例列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits (19 in practice, beyond JavaScript's safe integers)."
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>`, the task ID, an underscore and the\ninstance's data time (`CurRunDate`). It contains a space."
      },
      {
        "name": "LifeRoundNum",
        "type": "integer",
        "required": true,
        "description": "The lifecycle round whose log to read (0 is the first run, 1 the first rerun)."
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the scheduling and run times, as `UTC+8`, `UTC-5` or `UTC+5:30` (hours 0 to 14).\nDefault `UTC+8`. The times the reply gives in it (and time filters are read in): `SchedulerTime`,\n`StartTime`, `EndTime`, `LastUpdateTime`, lifecycle phases included. The data time (`CurRunDate`,\n`NextCurDate`), the InstanceKey's suffix and log text stay in UTC+8, as in the documented example."
      },
      {
        "name": "BrokerIp",
        "type": "string",
        "required": false,
        "description": "The execution node that holds the log (`BrokerIp` of the lifecycle round)."
      },
      {
        "name": "OriginFileName",
        "type": "string",
        "required": false,
        "description": "The log file (`OriginFileName` of the lifecycle round), for runs without an ExecutionJobId."
      },
      {
        "name": "ExecutionJobId",
        "type": "string",
        "required": false,
        "description": "The execution ID (`ExecutionJobId` of the lifecycle round), when it has one."
      },
      {
        "name": "LogLevel",
        "type": "string",
        "required": false,
        "enum": [
          "Info",
          "Debug",
          "Warn",
          "Error",
          "All"
        ],
        "default": "All",
        "description": "Only lines of this level. Default `All`."
      },
      {
        "name": "StartLineNum",
        "type": "integer",
        "required": false,
        "default": 1,
        "description": "The first line to return, counted from 1. Default 1."
      },
      {
        "name": "EndLineCount",
        "type": "integer",
        "required": false,
        "default": 10000,
        "description": "How many lines to return at most. Default 10000."
      },
      {
        "name": "ExtInfo",
        "type": "string",
        "required": false,
        "description": "The paging cursor of the previous page's `ExtInfo`; omitted on the first request."
      }
    ]
  },
  "GetIntegrationNodeColumnSchema": {
    "summary": "Extracting DataInLong Node Field Schema",
    "description": "Extracting DataInLong Node Field Schema",
    "zh": {
      "summary": "提取数据集成节点字段Schema",
      "description": "提取数据集成节点字段Schema"
    },
    "members": [
      {
        "name": "ColumnContent",
        "type": "string",
        "required": false,
        "description": "Field Example (JSON Format)"
      },
      {
        "name": "DatasourceType",
        "type": "string",
        "required": false,
        "description": "Data Source Type MYSQL|HIVE|KAFKA|ES|MONGODB|REST_API|SYBASE|TIDB|DORIS|DM|"
      }
    ]
  },
  "GetJobStatus": {
    "summary": "获取异步任务状态",
    "description": "获取异步任务执行结果",
    "members": [
      {
        "name": "JobId",
        "type": "string",
        "required": true,
        "description": "异步任务id"
      }
    ]
  },
  "GetOfflineDIInstanceList": {
    "summary": "Get Offline Task Instance List (New)",
    "description": "Get Offline Task Instance List (New)",
    "zh": {
      "summary": "获取离线任务实例列表(新)",
      "description": "获取离线任务实例列表(新)"
    },
    "members": [
      {
        "name": "PageIndex",
        "type": "integer",
        "required": true,
        "description": "Which Page"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Number of Items per Page."
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": false,
        "description": "No"
      }
    ]
  },
  "GetOfflineInstanceList": {
    "summary": "Obtain Offline Task Instances",
    "description": "Obtain Offline Task Instances",
    "zh": {
      "summary": "获取离线任务实例",
      "description": "获取离线任务实例"
    },
    "members": [
      {
        "name": "PageIndex",
        "type": "string",
        "required": true,
        "description": "Which Page"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Number of Items per Page"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": false,
        "description": "No"
      }
    ]
  },
  "GetPaginationTaskScript": {
    "summary": "获取带分页的任务脚本",
    "description": "获取带分页的任务脚本",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目编号"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务编号"
      },
      {
        "name": "PageNum",
        "type": "integer",
        "required": false,
        "description": "页码（从1开始）"
      }
    ]
  },
  "GetTaskInstance": {
    "summary": "Get the details of one scheduled task instance",
    "description": "Returns one task instance by its `InstanceKey` within a project, or `Data: null` when the service has\nnothing to return. Read-only and therefore safe to retry.",
    "zh": {
      "summary": "获取调度实例详情",
      "description": "获取实例列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits (19 in practice, beyond JavaScript's safe integers)."
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>`, the task ID, an underscore and the\ninstance's data time (`CurRunDate`). It contains a space."
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the scheduling and run times, as `UTC+8`, `UTC-5` or `UTC+5:30` (hours 0 to 14).\nDefault `UTC+8`. The times the reply gives in it (and time filters are read in): `SchedulerTime`,\n`StartTime`, `EndTime`, `LastUpdateTime`, lifecycle phases included. The data time (`CurRunDate`,\n`NextCurDate`), the InstanceKey's suffix and log text stay in UTC+8, as in the documented example."
      }
    ]
  },
  "JudgeResourceFile": {
    "summary": "【资源管理】判断资源文件是否存在",
    "description": "资源管理-判断资源文件是否存在",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "FilePath",
        "type": "string",
        "required": true,
        "description": "资源路径"
      }
    ]
  },
  "KillOpsMakePlanInstances": {
    "summary": "Data Supplement - Batch Termination of Instances by Supplement Plan",
    "description": "Batch Termination of Instances by Supplement Plan.",
    "zh": {
      "summary": "数据补录-按补录计划批量终止实例",
      "description": "按补录计划批量终止实例。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "PlanId",
        "type": "string",
        "required": true,
        "description": "Supplemental Plan ID"
      },
      {
        "name": "AsyncMode",
        "type": "boolean",
        "required": false,
        "description": "是否异步模式"
      },
      {
        "name": "PlanName",
        "type": "string",
        "required": false,
        "description": "补录计划名"
      }
    ]
  },
  "KillScheduleInstances": {
    "summary": "Instance Operation and Maintenance - Batch terminate instances",
    "description": "Batch Termination of Instances",
    "zh": {
      "summary": "实例运维-批量终止l实例",
      "description": "批量终止实例"
    },
    "members": [
      {
        "name": "Instances",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Instance List"
      },
      {
        "name": "CheckFather",
        "type": "boolean",
        "required": false,
        "description": "Check Parent Task Type, true: Check parent task; false: Do not check parent task"
      },
      {
        "name": "RerunType",
        "type": "string",
        "required": false,
        "description": "Rerun Type, 1: Self; 3: Child; 2: Self and Child"
      },
      {
        "name": "DependentWay",
        "type": "string",
        "required": false,
        "description": "Instance Dependency Mode, 1: Self-dependent; 2: Task-dependent; 3: Self and Parent-Child dependent"
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "Rerun Ignore Event Listening or Not"
      },
      {
        "name": "SonInstanceType",
        "type": "string",
        "required": false,
        "description": "Downstream Instance Range 1: Within the workflow 2: Within the project 3: Across all workflows dependent on the project"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": false,
        "description": "Query conditions"
      },
      {
        "name": "OptType",
        "type": "string",
        "required": false,
        "description": "Access type"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": false,
        "description": "Operator Name"
      },
      {
        "name": "OperatorId",
        "type": "string",
        "required": false,
        "description": "Operator ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "Project Identifier"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "Project name"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "Index Page Number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size"
      },
      {
        "name": "Count",
        "type": "integer",
        "required": false,
        "description": "Total Data"
      },
      {
        "name": "RequestBaseInfo",
        "type": "object",
        "required": false,
        "description": "Basic Request Information"
      },
      {
        "name": "IsCount",
        "type": "boolean",
        "required": false,
        "description": "Whether to Calculate Total"
      },
      {
        "name": "AsyncMode",
        "type": "boolean",
        "required": false,
        "description": "是否异步模式"
      }
    ]
  },
  "ListBatchDetail": {
    "summary": "获取操作详情列表",
    "description": "获取批量操作详情列表",
    "members": [
      {
        "name": "JobId",
        "type": "integer",
        "required": true,
        "description": "批量操作历史Id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目Id"
      }
    ]
  },
  "ListInstances": {
    "summary": "List scheduled task instances",
    "description": "Searches the instances of a project whose planned scheduling time falls in a range, with optional\nfilters (states, task types, cycles, keyword, owners, folders, workflows, resource groups, start and\nupdate times), sorted and paged (`PageNumber` from 1, `PageSize` up to 200). Read-only.",
    "zh": {
      "summary": "获取调度实例列表",
      "description": "获取实例列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits (19 in practice, beyond JavaScript's safe integers)."
      },
      {
        "name": "ScheduleTimeFrom",
        "type": "string",
        "required": true,
        "example": "2025-03-28 00:00:00",
        "description": "The start of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`."
      },
      {
        "name": "ScheduleTimeTo",
        "type": "string",
        "required": true,
        "example": "2025-03-28 00:00:00",
        "description": "The end of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "default": 1,
        "description": "The page to return, counted from 1. Default 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "default": 10,
        "description": "Instances per page, at most 200. Default 10."
      },
      {
        "name": "SortColumn",
        "type": "string",
        "required": false,
        "enum": [
          "SCHEDULE_DATE",
          "START_TIME",
          "END_TIME",
          "COST_TIME"
        ],
        "description": "What to sort by: `SCHEDULE_DATE` the planned scheduling time, `START_TIME` the time the run\nstarted, `END_TIME` the time it ended, `COST_TIME` how long it took."
      },
      {
        "name": "SortType",
        "type": "string",
        "required": false,
        "enum": [
          "ASC",
          "DESC"
        ],
        "description": "The sort order, `ASC` or `DESC`."
      },
      {
        "name": "InstanceType",
        "type": "integer",
        "required": false,
        "enum": [
          0,
          1,
          2
        ],
        "description": "Only instances of this kind: `0` backfill, `1` periodic, `2` non-periodic."
      },
      {
        "name": "InstanceStateList",
        "type": "array",
        "required": false,
        "items": "integer",
        "enum": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7,
          8,
          9,
          10,
          12,
          13,
          18,
          19,
          21,
          22
        ],
        "example": [
          6,
          7,
          9,
          10,
          18
        ],
        "description": "Only instances in one of these state codes: `0` waiting for an event; `12` waiting for upstream\ntasks; `6`, `7`, `9`, `10`, `18` waiting to run; `1`, `19`, `22` running; `21` run skipped; `3`\nfailed, will retry; `8`, `4`, `5`, `13` failed; `2` succeeded."
      },
      {
        "name": "TaskTypeIdList",
        "type": "array",
        "required": false,
        "items": "integer",
        "example": [
          35
        ],
        "description": "Only tasks of one of these task-type IDs (for example `35` Shell)."
      },
      {
        "name": "TaskCycleList",
        "type": "array",
        "required": false,
        "items": "string",
        "enum": [
          "O",
          "Y",
          "M",
          "W",
          "D",
          "H",
          "I",
          "C"
        ],
        "example": [
          "H",
          "I"
        ],
        "description": "Only tasks of one of these scheduling cycles: `O` one-off, `Y` yearly, `M` monthly, `W` weekly,\n`D` daily, `H` hourly, `I` minute, `C` crontab."
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "example": "cron_test",
        "description": "Task names or task IDs to match (fuzzy), several separated by commas."
      },
      {
        "name": "InChargeList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Only tasks owned by one of these users."
      },
      {
        "name": "TaskFolderIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Only tasks in one of these folders (folder IDs)."
      },
      {
        "name": "WorkflowIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Only tasks of one of these workflows (workflow IDs)."
      },
      {
        "name": "ExecutorGroupIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Only instances run by one of these execution resource groups (group IDs)."
      },
      {
        "name": "StartTimeFrom",
        "type": "string",
        "required": false,
        "example": "2025-03-28 00:00:00",
        "description": "The start of the range of run start times, `yyyy-MM-dd HH:mm:ss`."
      },
      {
        "name": "StartTimeTo",
        "type": "string",
        "required": false,
        "example": "2025-03-28 00:00:00",
        "description": "The end of the range of run start times, `yyyy-MM-dd HH:mm:ss`."
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the scheduling and run times, as `UTC+8`, `UTC-5` or `UTC+5:30` (hours 0 to 14).\nDefault `UTC+8`. The times the reply gives in it (and time filters are read in): `SchedulerTime`,\n`StartTime`, `EndTime`, `LastUpdateTime`, lifecycle phases included. The data time (`CurRunDate`,\n`NextCurDate`), the InstanceKey's suffix and log text stay in UTC+8, as in the documented example."
      },
      {
        "name": "LastUpdateTimeFrom",
        "type": "string",
        "required": false,
        "example": "2025-03-28 00:00:00",
        "description": "The start of the range of last-update times, `yyyy-MM-dd HH:mm:ss`."
      },
      {
        "name": "LastUpdateTimeTo",
        "type": "string",
        "required": false,
        "example": "2025-03-28 00:00:00",
        "description": "The end of the range of last-update times, `yyyy-MM-dd HH:mm:ss`."
      }
    ]
  },
  "LockIntegrationTask": {
    "summary": "Lock Integration Task",
    "description": "Lock Integration Task",
    "zh": {
      "summary": "锁定实时集成任务",
      "description": "锁定集成任务"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "ModifyApproveStatus": {
    "summary": "Modify Approval Form Status",
    "description": "Modify Approval Form Status",
    "zh": {
      "summary": "修改审批单状态",
      "description": "修改审批单状态"
    },
    "members": [
      {
        "name": "ApproveIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Approval Form IDs"
      },
      {
        "name": "Remark",
        "type": "string",
        "required": false,
        "description": "Approval Remarks"
      },
      {
        "name": "Status",
        "type": "string",
        "required": false,
        "description": "Status"
      }
    ]
  },
  "ModifyDataSource": {
    "summary": "Data Source Management - Modify Data Source",
    "description": "Modify Data Source",
    "zh": {
      "summary": "数据源管理-修改数据源",
      "description": "修改数据源"
    },
    "members": [
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "Data Source Name, cannot be empty under the same SpaceName"
      },
      {
        "name": "Category",
        "type": "string",
        "required": true,
        "description": "Data Source Category: Binding Engine, Binding Database"
      },
      {
        "name": "Type",
        "type": "string",
        "required": true,
        "description": "Data Source Type: enumerated values"
      },
      {
        "name": "ID",
        "type": "integer",
        "required": false,
        "description": "Data Source ID"
      },
      {
        "name": "BizParams",
        "type": "string",
        "required": false,
        "description": "Configuration Information Extension of Business Data Source"
      },
      {
        "name": "Params",
        "type": "string",
        "required": false,
        "description": "Data source configuration information, stored as JSON KV. The KV storage information varies according to the data source type"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Data source description information"
      },
      {
        "name": "Display",
        "type": "string",
        "required": false,
        "description": "Data Source Display Name, for visual inspection"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": false,
        "description": "If the data source list is bound to a database, then it is the database name"
      },
      {
        "name": "Instance",
        "type": "string",
        "required": false,
        "description": "Instance ID of the data source engine, e.g., CDB Instance ID"
      },
      {
        "name": "Status",
        "type": "integer",
        "required": false,
        "description": "Visibility of the data source, where 1 is visible and 0 is not visible. Default is 1"
      },
      {
        "name": "ClusterId",
        "type": "string",
        "required": false,
        "description": "Name of the business space to which the data source belongs"
      },
      {
        "name": "Collect",
        "type": "string",
        "required": false,
        "description": "Collection Status"
      },
      {
        "name": "OwnerProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "OwnerProjectName",
        "type": "string",
        "required": false,
        "description": "Project name"
      },
      {
        "name": "OwnerProjectIdent",
        "type": "string",
        "required": false,
        "description": "Project Chinese Name"
      },
      {
        "name": "COSBucket",
        "type": "string",
        "required": false,
        "description": "cos bucket"
      },
      {
        "name": "COSRegion",
        "type": "string",
        "required": false,
        "description": "cos region"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Operation Item ID"
      },
      {
        "name": "DevelopmentParams",
        "type": "string",
        "required": false,
        "description": "Data Source Development Environment Configuration"
      }
    ]
  },
  "ModifyDimensionWeight": {
    "summary": "Modify Dimension Weight",
    "description": "Quality Report - Modify Dimension Permissions",
    "zh": {
      "summary": "修改维度权重",
      "description": "质量报告-修改维度权限"
    },
    "members": [
      {
        "name": "WeightInfoList",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Weight Information List"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "Refresh",
        "type": "boolean",
        "required": true,
        "description": "Whether to Refresh Historical Data"
      }
    ]
  },
  "ModifyDsFolder": {
    "summary": "Folder Update",
    "description": "Data Development Module - Folder Update",
    "zh": {
      "summary": "文件夹更新",
      "description": "数据开发模块-文件夹更新"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "Folder Name"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID"
      },
      {
        "name": "ParentsFolderId",
        "type": "string",
        "required": false,
        "description": "Parent Folder ID"
      }
    ]
  },
  "ModifyExecStrategy": {
    "summary": "Update Rule Group Execution Strategy",
    "description": "Update Rule Group Execution Strategy",
    "zh": {
      "summary": "更新规则组执行策略",
      "description": "更新规则组执行策略"
    },
    "members": [
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "Rule Group ID"
      },
      {
        "name": "MonitorType",
        "type": "integer",
        "required": false,
        "description": "Monitoring Type 1. Not Configured, 2. Associated Production Scheduling, 3. Offline Cycle Detection"
      },
      {
        "name": "ExecQueue",
        "type": "string",
        "required": false,
        "description": "Compute Queue"
      },
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": false,
        "description": "Execution Resource Group ID"
      },
      {
        "name": "ExecutorGroupName",
        "type": "string",
        "required": false,
        "description": "Execution Resource Group Name"
      },
      {
        "name": "Tasks",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Associated Production Scheduling Task List"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Offline Cycle Mode, Effective Date - Start Time"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "Offline Cycle Mode, Effective Date - End Time"
      },
      {
        "name": "CycleType",
        "type": "string",
        "required": false,
        "description": "Offline Cycle Mode, Scheduling Period \nMINUTE_CYCLE:I,\nHOUR_CYCLE:H,\nDAY_CYCLE:D,\nWEEK_CYCLE:W,\nMONTH_CYCLE:M"
      },
      {
        "name": "CycleStep",
        "type": "integer",
        "required": false,
        "description": "Offline Cycle Mode, Scheduling Step"
      },
      {
        "name": "TaskAction",
        "type": "string",
        "required": false,
        "description": "Offline Cycle Mode, Specified Time"
      },
      {
        "name": "DelayTime",
        "type": "integer",
        "required": false,
        "description": "Delayed Execution Time, Unit: Minute, Optional: <0-1439"
      },
      {
        "name": "DatabaseId",
        "type": "string",
        "required": false,
        "description": "Database ID"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "Data Source ID"
      },
      {
        "name": "TableId",
        "type": "string",
        "required": false,
        "description": "Data Table ID"
      },
      {
        "name": "ExecEngineType",
        "type": "string",
        "required": false,
        "description": "Running Execution Engine, Requests Default Execution Engine of the Data Source if Not Specified"
      },
      {
        "name": "TriggerTypes",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Trigger scenario"
      }
    ]
  },
  "ModifyIntegrationNode": {
    "summary": "Updating Integrated Nodes",
    "description": "Updating Integrated Nodes",
    "zh": {
      "summary": "更新集成节点",
      "description": "更新集成节点"
    },
    "members": [
      {
        "name": "NodeInfo",
        "type": "object",
        "required": true,
        "description": "Integrated Node Information"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Task Type \"201. stream, 202. offline\""
      },
      {
        "name": "TaskMode",
        "type": "integer",
        "required": false,
        "description": "Distinguish Canvas Mode and Form \"1. Canvas, 2. Form\" mode"
      }
    ]
  },
  "ModifyIntegrationTask": {
    "summary": "Update Integration Task",
    "description": "Update Integration Task",
    "zh": {
      "summary": "更新集成任务",
      "description": "更新集成任务"
    },
    "members": [
      {
        "name": "TaskInfo",
        "type": "object",
        "required": true,
        "description": "Task Information"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "RollbackFlag",
        "type": "boolean",
        "required": false,
        "description": "Default is false. When true, it indicates rolling back to the node logic"
      }
    ]
  },
  "ModifyMonitorStatus": {
    "summary": "Update Monitoring Status",
    "description": "Update Monitoring Status",
    "zh": {
      "summary": "更新监控状态",
      "description": "更新监控状态"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "Rule Group ID"
      },
      {
        "name": "MonitorStatus",
        "type": "boolean",
        "required": false,
        "description": "Monitor switch status"
      }
    ]
  },
  "ModifyProject": {
    "summary": "修改项目基础信息",
    "description": "修改项目基础信息。",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "<p>目标修改的项目ID</p>"
      },
      {
        "name": "DisplayName",
        "type": "string",
        "required": false,
        "description": "<p>项目显示名称，可以为中文名,需要租户范围内唯一</p>"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "<p>备注</p>"
      },
      {
        "name": "TaskSubmitApproval",
        "type": "boolean",
        "required": false,
        "description": "<p>true/false则修改，不带该参数不修改。</p>"
      },
      {
        "name": "ResourcePoolInfo",
        "type": "object",
        "required": false,
        "description": "<p>资源池信息</p>"
      },
      {
        "name": "ProjectManagers",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "<p>项目管理员</p>"
      },
      {
        "name": "TaskStrictMode",
        "type": "boolean",
        "required": false,
        "description": "<p>调度任务严格模式</p>"
      },
      {
        "name": "ExtraOptions",
        "type": "string",
        "required": false,
        "description": "<p>以后新增选项可以直接通过前端的json格式写入去实现</p>"
      },
      {
        "name": "Model",
        "type": "string",
        "required": false,
        "description": "<p>项目类型，SIMPLE：简单模式 STANDARD：标准模式</p>"
      },
      {
        "name": "ProjectOwner",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "<p>项目负责人</p>"
      },
      {
        "name": "ModifyType",
        "type": "string",
        "required": false,
        "description": "<p>更新类型</p>"
      }
    ]
  },
  "ModifyRule": {
    "summary": "Update Quality Rule Interface",
    "description": "Update Quality Rule Interface",
    "zh": {
      "summary": "更新质量规则接口",
      "description": "更新质量规则接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "RuleId",
        "type": "integer",
        "required": false,
        "description": "Rule ID"
      },
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "Rule Group ID"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Rule name"
      },
      {
        "name": "TableId",
        "type": "string",
        "required": false,
        "description": "Data Table ID"
      },
      {
        "name": "RuleTemplateId",
        "type": "integer",
        "required": false,
        "description": "Rule Template ID"
      },
      {
        "name": "Type",
        "type": "integer",
        "required": false,
        "description": "Rule type 1.System Template, 2.Custom Definition Template, 3.Custom Definition SQL"
      },
      {
        "name": "QualityDim",
        "type": "integer",
        "required": false,
        "description": "Quality Dimension of Rule (1: Accuracy, 2: Uniqueness, 3: Integrity, 4: Consistency, 5: Timeliness, 6: Validity)"
      },
      {
        "name": "SourceObjectDataTypeName",
        "type": "string",
        "required": false,
        "description": "Source Field Detailed Type, int, string"
      },
      {
        "name": "SourceObjectValue",
        "type": "string",
        "required": false,
        "description": "Source Field Name"
      },
      {
        "name": "ConditionType",
        "type": "integer",
        "required": false,
        "description": "Detection Range 1.Whole Table 2.Conditional Scan"
      },
      {
        "name": "ConditionExpression",
        "type": "string",
        "required": false,
        "description": "Conditional Scan WHERE Condition Expression"
      },
      {
        "name": "CustomSql",
        "type": "string",
        "required": false,
        "description": "Custom Definition SQL"
      },
      {
        "name": "CompareRule",
        "type": "object",
        "required": false,
        "description": "Alert Trigger Condition"
      },
      {
        "name": "AlarmLevel",
        "type": "integer",
        "required": false,
        "description": "Alert Trigger Level 1.Low, 2.Medium, 3.High"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Rule Description"
      },
      {
        "name": "TargetDatabaseId",
        "type": "string",
        "required": false,
        "description": "Target Database Id"
      },
      {
        "name": "TargetTableId",
        "type": "string",
        "required": false,
        "description": "Target Table Id"
      },
      {
        "name": "TargetConditionExpr",
        "type": "string",
        "required": false,
        "description": "Target Filter Condition Expression"
      },
      {
        "name": "RelConditionExpr",
        "type": "string",
        "required": false,
        "description": "Source Field and Target Field Association Condition ON Expression"
      },
      {
        "name": "FieldConfig",
        "type": "object",
        "required": false,
        "description": "Custom Definition Template SQL Expression Field Replacement Parameter"
      },
      {
        "name": "TargetObjectValue",
        "type": "string",
        "required": false,
        "description": "Target Field Name CITY"
      },
      {
        "name": "SourceEngineTypes",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "Execution engine adapted to the rule"
      },
      {
        "name": "TargetDatabaseName",
        "type": "string",
        "required": false,
        "description": "目标库名"
      },
      {
        "name": "TargetSchemaName",
        "type": "string",
        "required": false,
        "description": "目标模式名"
      },
      {
        "name": "TargetTableName",
        "type": "string",
        "required": false,
        "description": "目标表名"
      },
      {
        "name": "CatalogName",
        "type": "string",
        "required": false,
        "description": "目录"
      },
      {
        "name": "TargetCatalogName",
        "type": "string",
        "required": false,
        "description": "目标目录"
      }
    ]
  },
  "ModifyRuleGroupSubscription": {
    "summary": "Update Rule Group Subscription Information",
    "description": "Update Rule Group Subscription Information",
    "zh": {
      "summary": "更新规则组订阅信息",
      "description": "更新规则组订阅信息"
    },
    "members": [
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "Rule Group ID"
      },
      {
        "name": "Receivers",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Subscriber Information"
      },
      {
        "name": "SubscribeType",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "Data Subscription Type"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "DatabaseId",
        "type": "string",
        "required": false,
        "description": "Database ID"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "Data Source ID"
      },
      {
        "name": "TableId",
        "type": "string",
        "required": false,
        "description": "Data Table ID"
      },
      {
        "name": "WebHooks",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Group Robot Webhook Information"
      }
    ]
  },
  "ModifyRuleTemplate": {
    "summary": "Edit Rule Template",
    "description": "Edit Rule Template",
    "zh": {
      "summary": "编辑规则模板",
      "description": "编辑规则模板"
    },
    "members": [
      {
        "name": "TemplateId",
        "type": "integer",
        "required": false,
        "description": "Template ID"
      },
      {
        "name": "Type",
        "type": "integer",
        "required": false,
        "description": "Template Type 1. System Template 2. Custom Definition Template"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Template Name"
      },
      {
        "name": "QualityDim",
        "type": "integer",
        "required": false,
        "description": "Quality Inspection Dimension 1. Accuracy 2. Uniqueness 3. Integrity 4. Consistency 5. Timeliness 6. Validity"
      },
      {
        "name": "SourceObjectType",
        "type": "integer",
        "required": false,
        "description": "Source Data Object Type 1. Constant 2. Offline Table Level 2. Offline Field Level"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Description"
      },
      {
        "name": "SourceEngineTypes",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "Corresponding Engine Type of the Source"
      },
      {
        "name": "MultiSourceFlag",
        "type": "boolean",
        "required": false,
        "description": "Whether to Associate with Other Databases and Tables"
      },
      {
        "name": "SqlExpression",
        "type": "string",
        "required": false,
        "description": "SQL Expression"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "WhereFlag",
        "type": "boolean",
        "required": false,
        "description": "Whether to add where parameter"
      }
    ]
  },
  "ModifyTaskAlarmRegular": {
    "summary": "Modify task alert rules",
    "description": "Modify task alert rules",
    "zh": {
      "summary": "修改任务告警规则",
      "description": "修改任务告警规则"
    },
    "members": [
      {
        "name": "Id",
        "type": "string",
        "required": true,
        "description": "Rule ID"
      },
      {
        "name": "TaskAlarmInfo",
        "type": "object",
        "required": true,
        "description": "Rule Information"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "ModifyTaskInfo": {
    "summary": "Update Task",
    "description": "<p style=\"color:red;\">[Note: This version is only available to a portion of allowlist customers in the Guangzhou Region]</p>\nUpdate Task",
    "zh": {
      "summary": "更新任务（废弃）",
      "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n更新任务。本接口已废弃，请使用接口ModifyTaskInfoDs。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "DelayTime",
        "type": "integer",
        "required": false,
        "description": "Execution time, in minutes, applicable to daily/weekly/monthly/yearly scheduling. For example, with daily scheduling, executing once at 02:00 AM every day, delayTime is 120 minutes"
      },
      {
        "name": "StartupTime",
        "type": "integer",
        "required": false,
        "description": "Start Time"
      },
      {
        "name": "SelfDepend",
        "type": "integer",
        "required": false,
        "description": "Self-Dependency Type  1: Sequential serial, one at a time, queued, 2: Unordered serial, one at a time, not queued, 3: Parallel, multiple at once"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Effective Start Time, format yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "Effective End Time, format yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "TaskAction",
        "type": "string",
        "required": false,
        "description": "Scheduling Configuration - Elastic Cycle Configuration, applicable to Hourly/Weekly/Monthly/Yearly schedules. For hourly tasks scheduled at 0, 3, 4 o'clock, it would be '0,3,4'."
      },
      {
        "name": "CycleType",
        "type": "integer",
        "required": false,
        "description": "\"Cycle Type  0:crontab, 1:Minute,2:Hour,3:Day,4:Week,5:Month,6:One-time,7:User driven,10:Flexible cycle Week,11:Flexible cycle Month,12:Year,13:Immediate Trigger Instant type, isolated from normal cycle scheduling task logic"
      },
      {
        "name": "CycleStep",
        "type": "integer",
        "required": false,
        "description": "Step Length, Interval Time, minimum of 1"
      },
      {
        "name": "CrontabExpression",
        "type": "string",
        "required": false,
        "description": "Cron Expression is required only for Cron Tab Scheduling"
      },
      {
        "name": "ExecutionStartTime",
        "type": "string",
        "required": false,
        "description": "Execution Time Left Closed Interval, format: HH:mm. Applicable only to hourly scheduling. For example, for hourly tasks, it specifies the effective interval every day"
      },
      {
        "name": "ExecutionEndTime",
        "type": "string",
        "required": false,
        "description": "Execution Time Right Closed Interval, format: HH:mm. Applicable only to hourly scheduling. For example, for hourly tasks, it specifies the effective interval every day"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": false,
        "description": "New Task Name"
      },
      {
        "name": "RetryWait",
        "type": "integer",
        "required": false,
        "description": "Failure Retry Interval, in minutes, a default value has already been provided during task creation"
      },
      {
        "name": "TryLimit",
        "type": "integer",
        "required": false,
        "description": "Number of Retry Attempts on Failure, a default value has already been provided during task creation"
      },
      {
        "name": "Retriable",
        "type": "integer",
        "required": false,
        "description": "Whether to Retry, 1 for yes"
      },
      {
        "name": "RunPriority",
        "type": "integer",
        "required": false,
        "description": "Running Priority, 4 for High, 5 for Medium, 6 for Low"
      },
      {
        "name": "TaskExt",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Extended Task Configuration"
      },
      {
        "name": "ResourceGroup",
        "type": "string",
        "required": false,
        "description": "Execution Resource Group ID, needs to be created on the Resource Management Service and bind to a CVM machine"
      },
      {
        "name": "YarnQueue",
        "type": "string",
        "required": false,
        "description": "Resource Pool Queue Name"
      },
      {
        "name": "BrokerIp",
        "type": "string",
        "required": false,
        "description": "Specific Execution Machine under Resource Group, 'any' means it can run on any machine."
      },
      {
        "name": "Notes",
        "type": "string",
        "required": false,
        "description": "Task notes"
      },
      {
        "name": "TaskParamInfos",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Task Parameters"
      },
      {
        "name": "SourceServer",
        "type": "string",
        "required": false,
        "description": "Source Data Source"
      },
      {
        "name": "TargetServer",
        "type": "string",
        "required": false,
        "description": "Target Data Source"
      },
      {
        "name": "DependencyWorkflow",
        "type": "string",
        "required": false,
        "description": "Supports Workflow Dependencies yes/no, default no"
      },
      {
        "name": "DependencyConfigDTOs",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Dependency Configuration"
      },
      {
        "name": "ExecutionTTL",
        "type": "integer",
        "required": false,
        "description": "Execution Duration"
      },
      {
        "name": "ScriptChange",
        "type": "boolean",
        "required": false,
        "description": "Whether the Script has Changed"
      },
      {
        "name": "InChargeIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Responsible Person ID"
      }
    ]
  },
  "ModifyTaskInfoDs": {
    "summary": "更新任务信息",
    "description": "更新任务Ds",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务ID"
      },
      {
        "name": "DelayTime",
        "type": "integer",
        "required": false,
        "description": "执行时间，单位分钟，天/周/月/年调度才有。比如天调度，每天的02:00点执行一次，delayTime就是120分钟"
      },
      {
        "name": "StartupTime",
        "type": "integer",
        "required": false,
        "description": "启动时间：该字段已废弃，无需填写"
      },
      {
        "name": "SelfDepend",
        "type": "integer",
        "required": false,
        "description": "自依赖类型  1:有序串行 一次一个 排队  2: 无序串行 一次一个 不排队 3:并行 一次多个；暂不支持其他值"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "生效开始时间，格式 yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "生效结束时间，格式 yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "TaskAction",
        "type": "string",
        "required": false,
        "description": "调度配置-弹性周期配置，小时/周/月/年调度才有，小时任务指定每天的0点3点4点跑，则为 0,3,4。设置该值时，请把CycleStep字段设置为1（如果原始值不为1）。"
      },
      {
        "name": "CycleType",
        "type": "integer",
        "required": false,
        "description": "周期类型  0:crontab类型, 1:分钟，2:小时，3:天，4:周，5:月，6:一次性，7:用户驱动，10:弹性周期 周,11:弹性周期 月,12:年,13:即时触发Instant类型，与正常周期调度任务逻辑隔离"
      },
      {
        "name": "CycleStep",
        "type": "integer",
        "required": false,
        "description": "小时和分钟任务才有；分钟任务：5、10、15、20、30，表示每隔5【或其他值】分钟执行一次；小时任务：1、2、3、4、5、6、7、8、9、10、11、12，表示每隔1【或其他值】小时执行一次。该值大于1时，请把TaskAction字段设置为空字符串。"
      },
      {
        "name": "CrontabExpression",
        "type": "string",
        "required": false,
        "description": "cron表达式  周期类型为crontab调度才需要"
      },
      {
        "name": "ExecutionStartTime",
        "type": "string",
        "required": false,
        "description": "执行时间左闭区间，格式：HH:mm  小时调度才有，例如小时任务, 每日固定区间生效"
      },
      {
        "name": "ExecutionEndTime",
        "type": "string",
        "required": false,
        "description": "执行时间右闭区间，格式：HH:mm  小时调度才有，例如小时任务, 每日固定区间生效"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": false,
        "description": "任务名，该字段废弃，请勿使用该字段重命名任务"
      },
      {
        "name": "RetryWait",
        "type": "integer",
        "required": false,
        "description": "失败重试间隔,单位分钟，创建任务的时候已经给了默认值"
      },
      {
        "name": "TryLimit",
        "type": "integer",
        "required": false,
        "description": "失败重试次数，创建任务的时候已经给了默认值"
      },
      {
        "name": "Retriable",
        "type": "integer",
        "required": false,
        "description": "是否可重试，0代码不可重试，1代表可以重试；暂不支持其他值"
      },
      {
        "name": "RunPriority",
        "type": "integer",
        "required": false,
        "description": "运行优先级，4高 5中 6低；暂不支持其他值"
      },
      {
        "name": "TaskExt",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "任务的扩展配置"
      },
      {
        "name": "ResourceGroup",
        "type": "string",
        "required": false,
        "description": "执行资源组Id，需要去资源管理服务上创建调度资源组，并且绑定cvm机器"
      },
      {
        "name": "YarnQueue",
        "type": "string",
        "required": false,
        "description": "资源池队列名称"
      },
      {
        "name": "BrokerIp",
        "type": "string",
        "required": false,
        "description": "资源组下具体执行机，any 表示可以跑在任意一台。"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": false,
        "description": "责任人，多个责任人请用分号隔开"
      },
      {
        "name": "Notes",
        "type": "string",
        "required": false,
        "description": "任务备注"
      },
      {
        "name": "TaskParamInfos",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "任务参数"
      },
      {
        "name": "SourceServer",
        "type": "string",
        "required": false,
        "description": "源数据源Id"
      },
      {
        "name": "TargetServer",
        "type": "string",
        "required": false,
        "description": "目标数据源Id"
      },
      {
        "name": "DependencyWorkflow",
        "type": "string",
        "required": false,
        "description": "是否支持工作流依赖 yes / no 默认 no"
      },
      {
        "name": "DependencyConfigDTOs",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "依赖配置,仅可修改上游任务实例配置方法"
      },
      {
        "name": "ExecutionTTL",
        "type": "integer",
        "required": false,
        "description": "运行耗时超时时间分钟数"
      },
      {
        "name": "ScriptChange",
        "type": "boolean",
        "required": false,
        "description": "脚本是否改变"
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "description": "任务时区，仅支持整数时区配置"
      },
      {
        "name": "ScheduleRunType",
        "type": "integer",
        "required": false,
        "description": "0 正常调度 1 空跑调度；暂不支持其他值"
      },
      {
        "name": "ConcurrentStrategy",
        "type": "integer",
        "required": false,
        "description": "0 并发度达到上限时，本次排队等待 1 并发度达到上限时，本次不执行，直接kill；暂不支持其他值"
      },
      {
        "name": "RegisterDsEventPublisherRequest",
        "type": "object",
        "required": false,
        "description": "shell任务发布事件"
      },
      {
        "name": "Content",
        "type": "string",
        "required": false,
        "description": "base64编码后脚本内容"
      }
    ]
  },
  "ModifyTaskLinks": {
    "summary": "Add parent task dependency (Deprecated)",
    "description": "<p style=\"color:red;\">[Note: This version is only available to some whitelist customers in the Guangzhou zone]</p>.\nAdd parent task dependency. This API is deprecated. Use API ModifyTaskLinksDs.",
    "zh": {
      "summary": "添加父任务依赖（废弃）",
      "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n添加父任务依赖。本接口已废弃，请使用接口ModifyTaskLinksDs。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskFrom",
        "type": "string",
        "required": true,
        "description": "Parent Task ID"
      },
      {
        "name": "TaskTo",
        "type": "string",
        "required": true,
        "description": "Subtask ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Subtask Workflow"
      },
      {
        "name": "RealFromWorkflowId",
        "type": "string",
        "required": true,
        "description": "Parent Task Workflow"
      },
      {
        "name": "LinkDependencyType",
        "type": "string",
        "required": false,
        "description": "Dependency Relationship Between Parent and Child Tasks"
      }
    ]
  },
  "ModifyTaskLinksDs": {
    "summary": "Add parent task dependency for the current task",
    "description": "This API is used to add parent task dependency.",
    "zh": {
      "summary": "添加当前任务父任务依赖",
      "description": "添加父任务依赖"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskFrom",
        "type": "string",
        "required": true,
        "description": "Parent Task ID"
      },
      {
        "name": "TaskTo",
        "type": "string",
        "required": true,
        "description": "Subtask ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Subtask Workflow"
      },
      {
        "name": "RealFromWorkflowId",
        "type": "string",
        "required": true,
        "description": "Parent task Workflow"
      },
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "Request source, WEB frontend; CLIENT CLIENT."
      },
      {
        "name": "LinkDependencyType",
        "type": "string",
        "required": false,
        "description": "Dependency relationship between parent and child tasks.\nEnable all instances that normally depend on the parent task.\n    normal_all(1),\nnormal dependent on parent task first one.\nSpecifies the normal dependent on parent task, which is the last one (3).\nValid values: normal, any one of dependent on parent tasks (4).\nnormal dependent on parent task a specified one.\nself-Dependency, cannot use.\n\nInvalid dependent parent task for all instances. enable (forward dependency for tomorrow).\n    non_normal_all_forward(11),\nnon-normal dependent on parent task. first one forward (12).\nnon-normal dependent on parent task, last one.\nNot normal, dependent on parent task, any one.\nSpecifies a non-normal task that depends on the parent task and designates one.\n\nSpecifies that all instances dependent on a non-normal parent task are enabled (backward dependency on yesterday).\n    non_normal_all_backward(21),\nnon-normal dependent on parent task. first one backward (22).\nNot normal dependent on parent task last one backward.\nnon-normal dependent on parent task, any one.\nSpecifies a non-normal task that depends on the parent task."
      },
      {
        "name": "LinkExt",
        "type": "string",
        "required": false,
        "description": "Additional attribute information such as branch node and merge node information."
      }
    ]
  },
  "ModifyTaskName": {
    "summary": "Rename Task (Task Editing)",
    "description": "Rename Task (Task Editing)",
    "zh": {
      "summary": "重命名任务（任务编辑）",
      "description": "重命名任务（任务编辑）"
    },
    "members": [
      {
        "name": "TaskName",
        "type": "string",
        "required": true,
        "description": "Name"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project/workspace ID"
      },
      {
        "name": "Notes",
        "type": "string",
        "required": false,
        "description": "Remarks"
      }
    ]
  },
  "ModifyTaskScript": {
    "summary": "Modify Task Script",
    "description": "<p style=\"color:red;\">[Note: This version is only available to a portion of allowlist customers in the Guangzhou Region]</p>\nModify Task Script",
    "zh": {
      "summary": "修改任务脚本（废弃）",
      "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n修改任务脚本。本接口已废弃，请使用接口ModifyTaskInfoDs。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "ScriptContent",
        "type": "string",
        "required": false,
        "description": "Script content Base64 encoded"
      },
      {
        "name": "IntegrationNodeDetails",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Integrated Task Script Configuration"
      }
    ]
  },
  "ModifyWorkflowInfo": {
    "summary": "Updates workflow information (Deprecated)",
    "description": "This API is used to update workflow information. (deprecated). Use API UpdateWorkflowInfo.",
    "zh": {
      "summary": "更新工作流信息（废弃）",
      "description": "更新工作流信息。本接口已废弃，请使用接口UpdateWorkflowInfo。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID"
      },
      {
        "name": "Owner",
        "type": "string",
        "required": false,
        "description": "Person in Charge"
      },
      {
        "name": "OwnerId",
        "type": "string",
        "required": false,
        "description": "Responsible Person ID"
      },
      {
        "name": "WorkflowDesc",
        "type": "string",
        "required": false,
        "description": "Remarks"
      },
      {
        "name": "WorkflowName",
        "type": "string",
        "required": false,
        "description": "Workflow name"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": false,
        "description": "Parent Folder ID"
      },
      {
        "name": "UserGroupId",
        "type": "string",
        "required": false,
        "description": "Workflow User Group ID If multiple, separated by semicolons: a;b;c"
      },
      {
        "name": "UserGroupName",
        "type": "string",
        "required": false,
        "description": "Workflow User Group Name If multiple, separated by semicolons: a;b;c"
      },
      {
        "name": "WorkflowParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Workflow Parameter List"
      },
      {
        "name": "GeneralTaskParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Used to configure optimized parameters (Thread, Memory, CPU Core Count, etc.), applicable only to Spark SQL Node. Separate multiple parameters with English semicolons."
      }
    ]
  },
  "ModifyWorkflowSchedule": {
    "summary": "Updates workflow scheduling (Deprecated)",
    "description": "This API is used to update workflow scheduling. This API is deprecated. Use the RenewWorkflowSchedulerInfoDs API instead.",
    "zh": {
      "summary": "更新工作流调度（废弃）",
      "description": "更新工作流调度。本接口已废弃，请使用接口RenewWorkflowSchedulerInfoDs。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID"
      },
      {
        "name": "DelayTime",
        "type": "integer",
        "required": true,
        "description": "Delay time, in minutes"
      },
      {
        "name": "StartupTime",
        "type": "integer",
        "required": true,
        "description": "Start Time"
      },
      {
        "name": "SelfDepend",
        "type": "integer",
        "required": true,
        "description": "Self-Dependency Type  1: Sequential serial, one at a time, queued, 2: Unordered serial, one at a time, not queued, 3: Parallel, multiple at once"
      },
      {
        "name": "CycleType",
        "type": "integer",
        "required": true,
        "description": "\"Cycle Type  0:crontab, 1:Minute,2:Hour,3:Day,4:Week,5:Month,6:One-time,7:User driven,10:Flexible cycle Week,11:Flexible cycle Month,12:Year,13:Immediate Trigger Instant type, isolated from normal cycle scheduling task logic"
      },
      {
        "name": "CycleStep",
        "type": "integer",
        "required": true,
        "description": "Step Length, Interval Time, minimum of 1"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Effective Start Time, format yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "Effective End Time, format yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "TaskAction",
        "type": "string",
        "required": false,
        "description": "Scheduling Configuration - Elastic Cycle Configuration, applicable to Hourly/Weekly/Monthly/Yearly schedules. For hourly tasks scheduled at 0, 3, 4 o'clock, it would be '0,3,4'."
      },
      {
        "name": "CrontabExpression",
        "type": "string",
        "required": false,
        "description": "Cron Expression is required only for Cron Tab Scheduling"
      },
      {
        "name": "ExecutionStartTime",
        "type": "string",
        "required": false,
        "description": "Execution Time Left Closed Interval, format: HH:mm. Applicable only to hourly scheduling. For example, for hourly tasks, it specifies the effective interval every day"
      },
      {
        "name": "ExecutionEndTime",
        "type": "string",
        "required": false,
        "description": "Execution Time Right Closed Interval, format: HH:mm. Applicable only to hourly scheduling. For example, for hourly tasks, it specifies the effective interval every day"
      },
      {
        "name": "DependencyWorkflow",
        "type": "string",
        "required": false,
        "description": "Workflow Dependency, yes or no"
      }
    ]
  },
  "MoveTasksToFolder": {
    "summary": "Move Task to Workflow Folder",
    "description": "Orchestration Space - Workflow - Move Task to Workflow Folder",
    "zh": {
      "summary": "移动任务到工作流文件夹",
      "description": "编排空间-工作流-移动任务到工作流文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID"
      },
      {
        "name": "TaskFolderId",
        "type": "string",
        "required": true,
        "description": "Task Folder ID"
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task ID"
      },
      {
        "name": "VirtualTaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Virtual Task ID"
      }
    ]
  },
  "RegisterDsEvent": {
    "summary": "Register an event",
    "description": "This API is used to register an event.",
    "zh": {
      "summary": "注册事件",
      "description": "注册事件"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "Event Name"
      },
      {
        "name": "EventSubType",
        "type": "string",
        "required": true,
        "description": "Event cycle type: \n1. minute: MIN\n2. HOUR: HOUR \n3. DAY: DAY"
      },
      {
        "name": "TimeToLive",
        "type": "string",
        "required": true,
        "description": "Event ttl. specifies a value that is an integer above 0"
      },
      {
        "name": "TimeUnit",
        "type": "string",
        "required": true,
        "description": "Lifetime unit of the event: 1. day: DAYS 2. minute: MINUTES"
      },
      {
        "name": "Owner",
        "type": "string",
        "required": true,
        "description": "Event Owner Account Nickname"
      },
      {
        "name": "Description",
        "type": "string",
        "required": true,
        "description": "Event Description"
      },
      {
        "name": "ValidConsumeCount",
        "type": "integer",
        "required": false,
        "description": "事件消费有效次数"
      }
    ]
  },
  "RegisterDsEventListener": {
    "summary": "注册事件监听者",
    "description": "注册事件监听者",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "Key",
        "type": "string",
        "required": true,
        "description": "任务Id"
      },
      {
        "name": "Type",
        "type": "string",
        "required": true,
        "description": "事件类型，默认 REST_API"
      },
      {
        "name": "EventName",
        "type": "string",
        "required": true,
        "description": "事件名称"
      },
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "请求来源，WEB 前端；CLIENT 客户端"
      },
      {
        "name": "Properties",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "配置信息，比如最长等待时间3天配置：[{\"ParamKey\":\"maxWaitEventTime\",\"ParamValue\":\"3\"},{\"ParamKey\":\"maxWaitEventTimeUnit\",\"ParamValue\":\"DAYS\"}]"
      },
      {
        "name": "EventProjectId",
        "type": "string",
        "required": false,
        "description": "事件所属项目id"
      }
    ]
  },
  "RegisterEvent": {
    "summary": "Register event (Deprecated)",
    "description": "<p style=\"color:red;\">[Note: This version is only available for partial allowlisted customers in the Guangzhou region]</p>.\nThis API is used to register events. This API is deprecated. Use API RegisterDsEvent.",
    "zh": {
      "summary": "注册事件（废弃）",
      "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n注册事件。本接口已废弃，请使用接口RegisterDsEvent。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "Event Name, supports English, numbers, and underscores, up to 20 characters long, cannot start with a number or underscore."
      },
      {
        "name": "EventSubType",
        "type": "string",
        "required": true,
        "description": "Event Segmentation Type, cycle types: DAY, HOUR, MIN, SECOND"
      },
      {
        "name": "EventBroadcastType",
        "type": "string",
        "required": true,
        "description": "Broadcast: BROADCAST, Unicast: SINGLE"
      },
      {
        "name": "TimeUnit",
        "type": "string",
        "required": true,
        "description": "For cycle types of day and hour: HOURS, For minutes: MINUTES, For seconds: SECONDS"
      },
      {
        "name": "Owner",
        "type": "string",
        "required": true,
        "description": "Event Owner"
      },
      {
        "name": "EventType",
        "type": "string",
        "required": false,
        "description": "Required. event type. default value: TIME_SERIES."
      },
      {
        "name": "DimensionFormat",
        "type": "string",
        "required": false,
        "description": "Required. corresponds to day: yyyyMMdd, corresponds to HOUR: yyyyMMddHH, corresponds to MIN: yyyyMMddHHmm, corresponds to SECOND: yyyyMMddHHmmss. default value: yyyyMMdd."
      },
      {
        "name": "TimeToLive",
        "type": "integer",
        "required": false,
        "description": "Uptime"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Event Description"
      }
    ]
  },
  "RegisterEventListener": {
    "summary": "Register Event Listener",
    "description": "<p style=\"color:red;\">[Note: This version is only available to a portion of allowlist customers in the Guangzhou Region]</p>\nRegister Event Listener",
    "zh": {
      "summary": "注册事件监听器（废弃）",
      "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n注册事件监听器。本接口已废弃，请使用接口RegisterDsEventListener。"
    },
    "members": [
      {
        "name": "Key",
        "type": "string",
        "required": true,
        "description": "Keyword, if it refers to a task, then pass the Task ID"
      },
      {
        "name": "EventName",
        "type": "string",
        "required": true,
        "description": "Event name"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "Type",
        "type": "string",
        "required": false,
        "description": "Event type, default REST_API"
      },
      {
        "name": "Properties",
        "type": "string",
        "required": false,
        "description": "Configuration information, for example, maximum waiting time 1 day configuration in json: {\"maxWaitEventTime\":1,\"maxWaitEventTimeUnit\":\"DAYS\"}"
      }
    ]
  },
  "RemoveDatabase": {
    "summary": "移除database元数据",
    "description": "移除database元数据",
    "members": [
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": true,
        "description": "数据源id"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": true,
        "description": "database名称"
      }
    ]
  },
  "RemoveSchema": {
    "summary": "移除schema元数据",
    "description": "移除schema元数据",
    "members": [
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": true,
        "description": "数据源id"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": true,
        "description": "database名称"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": true,
        "description": "schema名称"
      }
    ]
  },
  "RemoveTable": {
    "summary": "移除table元数据",
    "description": "移除table元数据",
    "members": [
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": true,
        "description": "数据源id"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": true,
        "description": "database名称"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": true,
        "description": "schema名称"
      },
      {
        "name": "TableName",
        "type": "string",
        "required": true,
        "description": "表名称"
      }
    ]
  },
  "RemoveWorkflowDs": {
    "summary": "Delete orchestration space workflow",
    "description": "Delete orchestration space workflow",
    "zh": {
      "summary": "删除编排空间工作流",
      "description": "删除编排空间工作流"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID"
      },
      {
        "name": "DeleteScript",
        "type": "string",
        "required": false,
        "description": "Whether to delete the script"
      },
      {
        "name": "OperateIsInform",
        "type": "string",
        "required": false,
        "description": "Notify downstream if deleted"
      },
      {
        "name": "DeleteMode",
        "type": "string",
        "required": false,
        "description": "Whether to terminate ongoing tasks"
      }
    ]
  },
  "RenewWorkflowOwnerDs": {
    "summary": "Batch updates the task owner under a workflow",
    "description": "This API is used to batch update the task owner under a workflow.",
    "zh": {
      "summary": "批量更新工作流下任务责任人",
      "description": "批量更新工作流下任务责任人"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Workflow ID"
      },
      {
        "name": "Owner",
        "type": "string",
        "required": true,
        "description": "Responsible Person"
      },
      {
        "name": "OwnerId",
        "type": "string",
        "required": true,
        "description": "Responsible Person ID"
      },
      {
        "name": "WorkflowIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Workflow ID List"
      }
    ]
  },
  "RenewWorkflowSchedulerInfoDs": {
    "summary": "Updates the task scheduling information under a workflow",
    "description": "This API is used to update task scheduling information under a workflow.",
    "zh": {
      "summary": "更新工作流下任务调度信息",
      "description": "更新工作流下任务调度信息"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID"
      },
      {
        "name": "DelayTime",
        "type": "integer",
        "required": false,
        "description": "Delay Time"
      },
      {
        "name": "StartupTime",
        "type": "integer",
        "required": false,
        "description": "Start Time"
      },
      {
        "name": "SelfDepend",
        "type": "string",
        "required": false,
        "description": "Task Dependency"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Start Time"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "End Time"
      },
      {
        "name": "TaskAction",
        "type": "string",
        "required": false,
        "description": "Specified Running Time"
      },
      {
        "name": "CycleType",
        "type": "string",
        "required": false,
        "description": "Scheduling Cycle Time Unit"
      },
      {
        "name": "CycleStep",
        "type": "integer",
        "required": false,
        "description": "Scheduling Cycle"
      },
      {
        "name": "ExecutionStartTime",
        "type": "string",
        "required": false,
        "description": "Execution Time Left Closed Interval"
      },
      {
        "name": "ExecutionEndTime",
        "type": "string",
        "required": false,
        "description": "Execution Time Right Closed Interval"
      },
      {
        "name": "InstanceInitStrategy",
        "type": "string",
        "required": false,
        "description": "Task initialization strategy. valid values: T_PLUS_1, T_PLUS_0, T_MINUS_1"
      },
      {
        "name": "DependencyWorkflow",
        "type": "string",
        "required": false,
        "description": "Workflow dependency. valid values: yes or no"
      },
      {
        "name": "CrontabExpression",
        "type": "string",
        "required": false,
        "description": "CrontabExpression"
      },
      {
        "name": "ModifyCycleValue",
        "type": "string",
        "required": false,
        "description": "0: Do not modify \n1: Change the upstream dependency configuration of the task to the default value"
      },
      {
        "name": "CalendarOpen",
        "type": "string",
        "required": false,
        "description": "Whether calendar scheduling is enabled. 1 means enabled, and 0 means disabled."
      },
      {
        "name": "CalendarName",
        "type": "string",
        "required": false,
        "description": "Calendar name."
      },
      {
        "name": "CalendarId",
        "type": "string",
        "required": false,
        "description": "Calendar id."
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "description": "Specifies the time zone."
      },
      {
        "name": "ClearLink",
        "type": "boolean",
        "required": false,
        "description": "Whether to automatically clean up links to unsupported tasks."
      },
      {
        "name": "MainCyclicConfig",
        "type": "string",
        "required": false,
        "description": "ModifyCycleValue为1的时候生效，表示默认修改的上游依赖-时间维度"
      },
      {
        "name": "SubordinateCyclicConfig",
        "type": "string",
        "required": false,
        "description": "ModifyCycleValue为1的时候生效，表示默认修改的上游依赖-实例范围"
      }
    ]
  },
  "ReportDatabase": {
    "summary": "上报database元数据",
    "description": "上报database元数据",
    "members": [
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": true,
        "description": "数据源id"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": true,
        "description": "database名称,字符长度128内"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "描述,字符长度3000内"
      },
      {
        "name": "CreateTime",
        "type": "integer",
        "required": false,
        "description": "创建时间戳,毫秒,为空默认当前时间"
      },
      {
        "name": "ModifiedTime",
        "type": "integer",
        "required": false,
        "description": "修改时间戳,毫秒,为空默认当前时间"
      }
    ]
  },
  "ReportSchema": {
    "summary": "上报schema元数据",
    "description": "上报schema元数据",
    "members": [
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": true,
        "description": "数据源id"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": true,
        "description": "database名称,字符长度128内"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": true,
        "description": "schema名称,字符长度128内"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "描述,字符长度3000内"
      },
      {
        "name": "CreateTime",
        "type": "integer",
        "required": false,
        "description": "创建时间戳,毫秒,为空默认当前时间"
      },
      {
        "name": "ModifiedTime",
        "type": "integer",
        "required": false,
        "description": "修改时间戳,毫秒,为空默认当前时间"
      }
    ]
  },
  "ReportTable": {
    "summary": "上报table元数据",
    "description": "上报table元数据,当前列数量限制在300",
    "members": [
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": true,
        "description": "数据源id"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": true,
        "description": "database名称,字符长度128内"
      },
      {
        "name": "TableName",
        "type": "string",
        "required": true,
        "description": "table名称,字符长度128内"
      },
      {
        "name": "Type",
        "type": "string",
        "required": true,
        "description": "表类型,VIEW/TABLE"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": false,
        "description": "schema名称,字符长度128内"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "描述,字符长度1000内"
      },
      {
        "name": "CreateTime",
        "type": "integer",
        "required": false,
        "description": "创建时间戳,毫秒,为空默认当前时间"
      },
      {
        "name": "ModifiedTime",
        "type": "integer",
        "required": false,
        "description": "修改时间戳,毫秒,为空默认当前时间"
      },
      {
        "name": "Columns",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "字段信息"
      }
    ]
  },
  "ReportTaskLineage": {
    "summary": "任务血缘上报接口",
    "description": "血缘上报接口",
    "members": [
      {
        "name": "ChannelType",
        "type": "string",
        "required": true,
        "description": "上报渠道"
      },
      {
        "name": "Task",
        "type": "object",
        "required": true,
        "description": "血缘任务"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      },
      {
        "name": "TableLineages",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "表血缘关系"
      },
      {
        "name": "ColumnLineages",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "列血缘关系"
      }
    ]
  },
  "ResumeIntegrationTask": {
    "summary": "Continue Integration Task",
    "description": "Continue Integration Task",
    "zh": {
      "summary": "继续实时集成任务",
      "description": "继续集成任务"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "Event",
        "type": "string",
        "required": false,
        "description": "Event type (START, STOP, SUSPEND, RESUME, COMMIT, TIMESTAMP)"
      },
      {
        "name": "ExtConfig",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Additional parameters"
      },
      {
        "name": "EventDesc",
        "type": "string",
        "required": false,
        "description": "Describe the type of front-end operation"
      }
    ]
  },
  "RobAndLockIntegrationTask": {
    "summary": "Preemptive locking of integration tasks",
    "description": "Preemptive locking of integration tasks",
    "zh": {
      "summary": "抢占锁定集成任务",
      "description": "抢占锁定集成任务"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type: 201. stream, 202. offline"
      }
    ]
  },
  "RunForceSucScheduleInstances": {
    "summary": "Instance Operation and Maintenance - Instance Batch Successfully Configured",
    "description": "Instance Batch Successfully Configured",
    "zh": {
      "summary": "实例运维-实例批量置成功1",
      "description": "实例批量置成功"
    },
    "members": [
      {
        "name": "Instances",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Instance List"
      },
      {
        "name": "CheckFather",
        "type": "boolean",
        "required": false,
        "description": "Check Parent Task Type, true: Check parent task; false: Do not check parent task"
      },
      {
        "name": "RerunType",
        "type": "string",
        "required": false,
        "description": "Rerun Type, 1: Self; 3: Child; 2: Self and Child"
      },
      {
        "name": "DependentWay",
        "type": "string",
        "required": false,
        "description": "Instance Dependency Mode, 1: Self-dependent; 2: Task-dependent; 3: Self and Parent-Child dependent"
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "Rerun Ignore Event Listening or Not"
      },
      {
        "name": "SonInstanceType",
        "type": "string",
        "required": false,
        "description": "Downstream Instance Range 1: Within the workflow 2: Within the project 3: Across all workflows dependent on the project"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": false,
        "description": "Query conditions"
      },
      {
        "name": "OptType",
        "type": "string",
        "required": false,
        "description": "Access type"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": false,
        "description": "Operator Name"
      },
      {
        "name": "OperatorId",
        "type": "string",
        "required": false,
        "description": "Operator ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "Project Identifier"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "Project name"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "Index Page Number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size"
      },
      {
        "name": "Count",
        "type": "integer",
        "required": false,
        "description": "Total Data"
      },
      {
        "name": "RequestBaseInfo",
        "type": "object",
        "required": false,
        "description": "Basic Request Information"
      },
      {
        "name": "IsCount",
        "type": "boolean",
        "required": false,
        "description": "Whether to Calculate Total"
      },
      {
        "name": "AsyncMode",
        "type": "boolean",
        "required": false,
        "description": "是否异步模式"
      }
    ]
  },
  "RunRerunScheduleInstances": {
    "summary": "Task Operation and Maintenance - Instance Batch Rerun",
    "description": "Instance Batch Rerun",
    "zh": {
      "summary": "任务运维-实例批量重跑",
      "description": "实例批量重跑"
    },
    "members": [
      {
        "name": "Instances",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Instance List"
      },
      {
        "name": "CheckFather",
        "type": "boolean",
        "required": false,
        "description": "Check Parent Task Type, true: Check parent task; false: Do not check parent task"
      },
      {
        "name": "RerunType",
        "type": "string",
        "required": false,
        "description": "Rerun Type, 1: Self; 3: Child; 2: Self and Child"
      },
      {
        "name": "DependentWay",
        "type": "string",
        "required": false,
        "description": "Instance Dependency Mode, 1: Self-dependent; 2: Task-dependent; 3: Self and Parent-Child dependent"
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "Rerun Ignore Event Listening or Not"
      },
      {
        "name": "SonInstanceType",
        "type": "string",
        "required": false,
        "description": "Downstream Instance Range 1: Within the workflow 2: Within the project 3: Across all workflows dependent on the project"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": false,
        "description": "Query conditions"
      },
      {
        "name": "OptType",
        "type": "string",
        "required": false,
        "description": "Access type"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": false,
        "description": "Operator Name"
      },
      {
        "name": "OperatorId",
        "type": "string",
        "required": false,
        "description": "Operator ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "Project Identifier"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "Project name"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "Index Page Number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size"
      },
      {
        "name": "Count",
        "type": "integer",
        "required": false,
        "description": "Total Data"
      },
      {
        "name": "RequestBaseInfo",
        "type": "object",
        "required": false,
        "description": "Basic Request Information"
      },
      {
        "name": "IsCount",
        "type": "boolean",
        "required": false,
        "description": "Whether to Calculate Total"
      },
      {
        "name": "AsyncMode",
        "type": "boolean",
        "required": false,
        "description": "必填，是否异步模式"
      },
      {
        "name": "CheckParentType",
        "type": "string",
        "required": false,
        "description": "是否检查上游任务： ALL（全部）、 MAKE_SCOPE（选中）、NONE （全部不检查）"
      },
      {
        "name": "SameSelfDependType",
        "type": "boolean",
        "required": false,
        "description": "任务原有自依赖配置 true（是）、false（否）"
      },
      {
        "name": "ParallelNum",
        "type": "integer",
        "required": false,
        "description": "实例运行并发度"
      },
      {
        "name": "SameSelfWorkflowDependType",
        "type": "boolean",
        "required": false,
        "description": "任务原有自依赖配置 true（是）、false（否）"
      },
      {
        "name": "SelfWorkflowDependency",
        "type": "string",
        "required": false,
        "description": "代表重新指定 的  是 或者 否  yes、 no"
      },
      {
        "name": "DataTimeOrder",
        "type": "integer",
        "required": false,
        "description": "运行实例数据时间排序 0---正常  1--正序  2 – 逆序"
      },
      {
        "name": "ReDoParams",
        "type": "string",
        "required": false,
        "description": "重跑参数"
      },
      {
        "name": "MapParamList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "重跑实例自定义参数"
      },
      {
        "name": "AppParam",
        "type": "string",
        "required": false,
        "description": "引擎应用执行参数"
      }
    ]
  },
  "RunTasksByMultiWorkflow": {
    "summary": "Batch startup of workflows",
    "description": "Batch startup of workflows",
    "zh": {
      "summary": "批量启动工作流",
      "description": "批量启动工作流"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "WorkflowIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Workflow ID List"
      },
      {
        "name": "EnableMakeUp",
        "type": "integer",
        "required": true,
        "description": "Whether to supplement intermediate instances 0. Do not supplement 1. Supplement instance"
      }
    ]
  },
  "SaveCustomFunction": {
    "summary": "Save User-Defined Function",
    "description": "Save User-Defined Function",
    "zh": {
      "summary": "保存用户自定义函数",
      "description": "保存用户自定义函数"
    },
    "members": [
      {
        "name": "FunctionId",
        "type": "string",
        "required": true,
        "description": "Function Unique Identifier"
      },
      {
        "name": "Kind",
        "type": "string",
        "required": true,
        "description": "Classification: Window functions, Aggregation functions, Date functions..."
      },
      {
        "name": "ClusterIdentifier",
        "type": "string",
        "required": true,
        "description": "Cluster Engine Instance"
      },
      {
        "name": "ClassName",
        "type": "string",
        "required": true,
        "description": "Class"
      },
      {
        "name": "ResourceList",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Resource list"
      },
      {
        "name": "Description",
        "type": "string",
        "required": true,
        "description": "Function Description"
      },
      {
        "name": "Usage",
        "type": "string",
        "required": true,
        "description": "Usage"
      },
      {
        "name": "ParamDesc",
        "type": "string",
        "required": true,
        "description": "Parameter description"
      },
      {
        "name": "ReturnDesc",
        "type": "string",
        "required": true,
        "description": "Return value description"
      },
      {
        "name": "Example",
        "type": "string",
        "required": true,
        "description": "Sample code"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID, cannot be modified, used by DLC when saving the function"
      },
      {
        "name": "DbName",
        "type": "string",
        "required": false,
        "description": "Database Name, cannot be modified, used by DLC when saving the function"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Function Name, cannot be modified, used by DLC when saving the function"
      }
    ]
  },
  "SetTaskAlarmNew": {
    "summary": "Set Task Alerts, Create (Update) Alert Information",
    "description": "<p style=\"color:red;\">[Note: This version is only available to a portion of allowlist customers in the Guangzhou Region]</p>\nSet Task Alerts, Create/Update Alert Information (Latest)",
    "zh": {
      "summary": "设置任务告警，新建（更新）告警信息",
      "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n设置任务告警，新建/更新告警信息（最新）"
    },
    "members": [
      {
        "name": "AlarmInfoList",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Setting Task Timeout Alert and Failure Alert Information"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "StartIntegrationTask": {
    "summary": "Initiate Integration Task",
    "description": "Initiate Integration Task",
    "zh": {
      "summary": "启动实时集成任务",
      "description": "启动集成任务"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "Event",
        "type": "string",
        "required": false,
        "description": "Event type (START, STOP, SUSPEND, RESUME, COMMIT, TIMESTAMP)"
      },
      {
        "name": "ExtConfig",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Additional parameters"
      },
      {
        "name": "EventDesc",
        "type": "string",
        "required": false,
        "description": "Operation Type Description"
      }
    ]
  },
  "StopIntegrationTask": {
    "summary": "Stop Integration Task",
    "description": "Stop Integration Task",
    "zh": {
      "summary": "停止实时集成任务",
      "description": "停止集成任务"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "SubmitCustomFunction": {
    "summary": "Submit Custom Definition Function",
    "description": "Submit Custom Definition Function",
    "zh": {
      "summary": "提交自定义函数",
      "description": "提交自定义函数"
    },
    "members": [
      {
        "name": "FunctionId",
        "type": "string",
        "required": true,
        "description": "Function Unique Identifier"
      },
      {
        "name": "ClusterIdentifier",
        "type": "string",
        "required": true,
        "description": "Cluster Instance ID"
      },
      {
        "name": "Comment",
        "type": "string",
        "required": true,
        "description": "Remark Information"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      }
    ]
  },
  "SubmitSqlTask": {
    "summary": "Submit SQL Task",
    "description": "Ad Hoc Analysis - Submit SQL Task",
    "zh": {
      "summary": "提交SQL任务",
      "description": "即席分析提交SQL任务"
    },
    "members": [
      {
        "name": "DatabaseType",
        "type": "string",
        "required": true,
        "description": "Database Type"
      },
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": true,
        "description": "Data Source ID"
      },
      {
        "name": "GroupId",
        "type": "string",
        "required": true,
        "description": "Resource Group ID"
      },
      {
        "name": "ScriptId",
        "type": "string",
        "required": true,
        "description": "Script File ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": false,
        "description": "Database name"
      },
      {
        "name": "EngineId",
        "type": "string",
        "required": false,
        "description": "Execution Engine Instance ID"
      },
      {
        "name": "ScriptContent",
        "type": "string",
        "required": false,
        "description": "Script Content"
      },
      {
        "name": "ResourceQueue",
        "type": "string",
        "required": false,
        "description": "Resource Queue"
      },
      {
        "name": "DatasourceType",
        "type": "string",
        "required": false,
        "description": "Database Type"
      },
      {
        "name": "ComputeResource",
        "type": "string",
        "required": false,
        "description": "Compute Resource Name"
      },
      {
        "name": "RunParams",
        "type": "string",
        "required": false,
        "description": "Advanced Running Parameters"
      },
      {
        "name": "ConfParams",
        "type": "string",
        "required": false,
        "description": "Advanced Settings"
      },
      {
        "name": "ScriptEncryption",
        "type": "boolean",
        "required": false,
        "description": "Whether the script content is Base64 encrypted"
      }
    ]
  },
  "SubmitTask": {
    "summary": "Submit tasks (Deprecated)",
    "description": "<p style=\"color:red;\">[Note: This version is only available for partial whitelist customers in the Guangzhou zone]</p>.\nThis API is used to submit tasks. This API is deprecated. Use the CreateTaskVersionDs API.",
    "zh": {
      "summary": "提交任务（废弃）",
      "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n提交任务。本接口已废弃，请使用接口CreateTaskVersionDs。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "VersionRemark",
        "type": "string",
        "required": true,
        "description": "Version Notes"
      },
      {
        "name": "StartScheduling",
        "type": "boolean",
        "required": true,
        "description": "Whether to Enable Scheduling"
      }
    ]
  },
  "SubmitTaskTestRun": {
    "summary": "Submit Workflow Test Run Task",
    "description": "No",
    "zh": {
      "summary": "提交工作流测试运行任务",
      "description": "无"
    },
    "members": [
      {
        "name": "TaskIds",
        "type": "string",
        "required": true,
        "description": "taskId list"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "WorkFlowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Workflow name"
      },
      {
        "name": "Tasks",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Workflow Task List"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Remarks"
      },
      {
        "name": "RunParams",
        "type": "string",
        "required": false,
        "description": "Runtime Parameters, JSON format of map"
      },
      {
        "name": "ScriptContent",
        "type": "string",
        "required": false,
        "description": "Script Content"
      },
      {
        "name": "VersionId",
        "type": "string",
        "required": false,
        "description": "Version number"
      },
      {
        "name": "SubmitTaskTestRunType",
        "type": "string",
        "required": false,
        "description": "提交任务测试运行类型"
      }
    ]
  },
  "SubmitWorkflow": {
    "summary": "Submits a workflow (Deprecated)",
    "description": "Submit a workflow. This API is deprecated. Use the BatchCreateTaskVersionAsync API.",
    "zh": {
      "summary": "提交工作流（废弃）",
      "description": "接口已经废弃，调用会产生脏数据\n\n提交工作流。本接口已废弃，请使用接口BatchCreateTaskVersionAsync。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID"
      },
      {
        "name": "VersionRemark",
        "type": "string",
        "required": true,
        "description": "Submitted Version Notes"
      },
      {
        "name": "StartScheduling",
        "type": "boolean",
        "required": true,
        "description": "Whether to Enable Scheduling"
      }
    ]
  },
  "SuspendIntegrationTask": {
    "summary": "Pause Integration Task",
    "description": "Pause Integration Task",
    "zh": {
      "summary": "暂停实时集成任务",
      "description": "暂停集成任务"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "Event",
        "type": "string",
        "required": false,
        "description": "Event Type (START, STOP, SUSPEND, SUSPEND_WITHOUT_SP, RESUME, COMMIT, TIMESTAMP)"
      }
    ]
  },
  "TaskLog": {
    "summary": "Query Real-Time Task Logs API",
    "description": "Query Inlong Manager Logs",
    "zh": {
      "summary": "查询实时任务日志接口",
      "description": "查询Inlong manager日志"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "StartTime",
        "type": "integer",
        "required": true,
        "description": "Start timestamp, unit: milliseconds"
      },
      {
        "name": "EndTime",
        "type": "integer",
        "required": true,
        "description": "End timestamp, unit: milliseconds"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "Limit",
        "type": "integer",
        "required": false,
        "description": "Number of log pulls, default 100"
      },
      {
        "name": "OrderType",
        "type": "string",
        "required": false,
        "description": "Log sorting, desc for descending, asc for ascending"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Real-time task 201 Offline task 202 Default is real-time task"
      }
    ]
  },
  "TriggerDsEvent": {
    "summary": "Trigger events",
    "description": "Event Management - Triggered Events",
    "zh": {
      "summary": "触发事件",
      "description": "事件管理-触发事件"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "EventCaseList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Event Instance Information"
      },
      {
        "name": "EventBatchCaseList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Event Instance Information (Continuous Time)"
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "description": "触发时区"
      }
    ]
  },
  "TriggerEvent": {
    "summary": "Trigger event to generate event instance (Deprecated)",
    "description": "<p style=\"color:red;\">[Note: This version is only available to some allowlisted customers in the Guangzhou region]</p>.\nThis API is used to trigger event. This API is deprecated. Use API TriggerDsEvent.",
    "zh": {
      "summary": "触发事件生成事件实例（废弃）",
      "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n触发事件。本接口已废弃，请使用接口TriggerDsEvent。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "Case Name"
      },
      {
        "name": "Dimension",
        "type": "string",
        "required": true,
        "description": "Time format: If the trigger time is selected as June 21, 2022, it should be set to 20220621"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Description"
      }
    ]
  },
  "TriggerManualTasks": {
    "summary": "手动任务触发运行",
    "description": "手动任务触发运行",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "TriggerName",
        "type": "string",
        "required": true,
        "description": "触发运行名称"
      },
      {
        "name": "TriggerScope",
        "type": "string",
        "required": true,
        "description": "运行范围 ENTIRE_WORKFLOW or SPECIFIED_TASK"
      },
      {
        "name": "DataTimeList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "运行数据时间列表"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "手动工作流ID"
      },
      {
        "name": "Remark",
        "type": "string",
        "required": false,
        "description": "备注"
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "需要运行的手动工作流任务列表TriggerScope=ENTIRE_WORKFLOW 时无需传此参数，TriggerScope=SPECIFIED_TASK此参数必传"
      },
      {
        "name": "SchedulerResourceGroup",
        "type": "string",
        "required": false,
        "description": "用户提交运行时指定的调度资源组，未指定时使用任务配置的调度资源组"
      },
      {
        "name": "IntegrationResourceGroup",
        "type": "string",
        "required": false,
        "description": "用户提交运行时指定的集成资源组，未指定时使用任务配置的集成资源组"
      },
      {
        "name": "ExecOrder",
        "type": "string",
        "required": false,
        "description": "执行顺序 ASC、RAND、DESC"
      },
      {
        "name": "CustomParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "自定义参数，最高优先级"
      },
      {
        "name": "ExtraParams",
        "type": "string",
        "required": false,
        "description": "页面反显使用，无业务含义"
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "description": "实例时间的时区"
      },
      {
        "name": "TimeType",
        "type": "string",
        "required": false,
        "description": "时间类型，DATA_TIME：数据时间、SCHEDULE_TIME：计划调度时间, 为空时会被当成DATA_TIME处理"
      }
    ]
  },
  "UnboundProjectExecutorResource": {
    "summary": "执行资源组-资源包解除绑定项目",
    "description": "商业化版本：执行资源组/资源包解除绑定项目",
    "members": [
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": true,
        "description": "执行资源组id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      },
      {
        "name": "ProjectIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "可选: 需要绑定的多个项目id, 若申明将带上ProjectId一起绑定"
      },
      {
        "name": "ExecutorResourcePackageIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "需要绑定项目的资源包id集合，为空则绑定整个资源组"
      }
    ]
  },
  "UnlockIntegrationTask": {
    "summary": "Unlock Integration Task",
    "description": "Unlock Integration Task",
    "zh": {
      "summary": "解锁实时集成任务",
      "description": "解锁集成任务"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      }
    ]
  },
  "UpdateCodeTemplate": {
    "summary": "更新代码模版",
    "description": "更新模版",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "CodeTemplateId",
        "type": "string",
        "required": true,
        "description": "模版id"
      },
      {
        "name": "CodeTemplateName",
        "type": "string",
        "required": true,
        "description": "模版名"
      },
      {
        "name": "InChargeId",
        "type": "string",
        "required": true,
        "description": "责任人列表"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": true,
        "description": "责任人名称"
      },
      {
        "name": "Ext",
        "type": "object",
        "required": true,
        "description": "扩展属性"
      },
      {
        "name": "BrokerIp",
        "type": "string",
        "required": false,
        "description": "执行机ip"
      },
      {
        "name": "ResourceGroup",
        "type": "string",
        "required": false,
        "description": "资源组id"
      },
      {
        "name": "CodeTemplateDesc",
        "type": "string",
        "required": false,
        "description": "模版描述"
      },
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "请求来源，WEB 前端；CLIENT 客户端"
      },
      {
        "name": "ScriptChange",
        "type": "boolean",
        "required": false,
        "description": "脚本是否发生变化"
      },
      {
        "name": "Content",
        "type": "string",
        "required": false,
        "description": "转Base64的代码内容"
      }
    ]
  },
  "UpdateDataModelRegistryInfo": {
    "summary": "（仅公有云）数语向Wedata注册，更新相关信息",
    "description": "数语向wedata注册，提供自身cam角色信息，跳转域名、ip、端口信息等",
    "members": [
      {
        "name": "CloudappId",
        "type": "string",
        "required": true,
        "description": "云应用的实例id"
      },
      {
        "name": "AppCamRole",
        "type": "string",
        "required": true,
        "description": "数语的CAM角色"
      },
      {
        "name": "Ip",
        "type": "string",
        "required": false,
        "description": "数语的公网访问ip"
      },
      {
        "name": "Port",
        "type": "integer",
        "required": false,
        "description": "数语的公网访问端口"
      },
      {
        "name": "AppCamRoleId",
        "type": "string",
        "required": false,
        "description": "数语的CAM角色id"
      },
      {
        "name": "Provider",
        "type": "string",
        "required": false,
        "description": "服务提供方"
      },
      {
        "name": "TenantId",
        "type": "string",
        "required": false,
        "description": "租户id"
      },
      {
        "name": "OwnId",
        "type": "string",
        "required": false,
        "description": "主账号id"
      },
      {
        "name": "VpcId",
        "type": "string",
        "required": false,
        "description": "VpcId"
      },
      {
        "name": "VpcRegion",
        "type": "string",
        "required": false,
        "description": "Vpc地域"
      },
      {
        "name": "Pip",
        "type": "string",
        "required": false,
        "description": "数语的内网访问ip"
      },
      {
        "name": "Pport",
        "type": "integer",
        "required": false,
        "description": "数语的内网访问端口"
      },
      {
        "name": "IsPublic",
        "type": "integer",
        "required": false,
        "description": "是否开放公网访问数语, 1:是，0:否，默认1开放"
      }
    ]
  },
  "UpdateProjectUserRole": {
    "summary": "Modify the user role of a project",
    "description": "This API is used to modify user roles in a project.",
    "zh": {
      "summary": "修改项目用户角色",
      "description": "修改项目用户角色"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "UserIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "User ID"
      },
      {
        "name": "RoleIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Role ID"
      }
    ]
  },
  "UpdateWorkflowInfo": {
    "summary": "Updates workflow information [integrated]",
    "description": "This API is developed in ds.\nThis API is used to update a workflow, including its basic information and workflow parameters.",
    "zh": {
      "summary": "更新工作流信息【整合】",
      "description": "<p style=\"color:red;\">[该接口为 ds 中开发]</p>\n更新工作流（包括工作流基本信息与工作流参数）"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": true,
        "description": "Operator Name"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID"
      },
      {
        "name": "Owner",
        "type": "string",
        "required": false,
        "description": "Responsible Person"
      },
      {
        "name": "OwnerId",
        "type": "string",
        "required": false,
        "description": "Responsible Person ID"
      },
      {
        "name": "WorkflowDesc",
        "type": "string",
        "required": false,
        "description": "Remarks"
      },
      {
        "name": "WorkflowName",
        "type": "string",
        "required": false,
        "description": "Workflow Name"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": false,
        "description": "Folder ID"
      },
      {
        "name": "UserGroupId",
        "type": "string",
        "required": false,
        "description": "Workflow user group id. if there are multiple, separate them with a semicolon: a;b;c"
      },
      {
        "name": "UserGroupName",
        "type": "string",
        "required": false,
        "description": "Workflow user group name if there are multiple, separate with semicolons: a;b;c"
      },
      {
        "name": "WorkflowParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Workflow Parameter List"
      },
      {
        "name": "GeneralTaskParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Specifies configuration optimization parameters (such as threads, memory, and number of CPU cores), which apply to Spark SQL nodes. separate multiple parameters with semicolons."
      },
      {
        "name": "DependencyWorkflow",
        "type": "string",
        "required": false,
        "description": "工作流依赖，yes/no。开启后表示当前任务依赖本工作流上个周期的所有任务。仅支持当前任务所在工作流的任务全部为同周期的情况，如果非同周期则不生效，请在工作流-统一调度上进行配置。"
      }
    ]
  },
  "UpdateWorkflowOwner": {
    "summary": "Modify the workflow owner (Deprecated)",
    "description": "This API is used to modify the workflow owner. Deprecated. Use the RenewWorkflowOwnerDs API.",
    "zh": {
      "summary": "修改工作流责任人（废弃）",
      "description": "修改工作流责任人。本接口已废弃，请使用接口RenewWorkflowOwnerDs。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "WorkflowIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Workflow IDs"
      },
      {
        "name": "Owner",
        "type": "string",
        "required": false,
        "description": "Person in charge, separated by ';'"
      },
      {
        "name": "OwnerId",
        "type": "string",
        "required": false,
        "description": "Person in Charge UserId, separated by ';'"
      }
    ]
  },
  "UploadContent": {
    "summary": "Development Space - Save Task Information",
    "description": "Save Task Information",
    "zh": {
      "summary": "开发空间-保存任务信息",
      "description": "保存任务信息"
    },
    "members": [
      {
        "name": "ScriptRequestInfo",
        "type": "object",
        "required": true,
        "description": "Script Upload Information"
      },
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "Request Source, WEB frontend; CLIENT client"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID"
      }
    ]
  },
  "UploadResource": {
    "summary": "【资源管理】上传资源",
    "description": "资源管理-上传资源",
    "members": [
      {
        "name": "UploadResourceRequestInfo",
        "type": "object",
        "required": false,
        "description": "资源上传请求信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      }
    ]
  }
};
