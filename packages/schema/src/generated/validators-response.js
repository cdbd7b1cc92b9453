// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
"use strict";
export const validateGetTaskInstanceResponseBody = validate22;
const schema33 = {"type":"object","description":"The whole body of every processed request, success or error.","additionalProperties":false,"required":["Response"],"properties":{"Response":{"description":"Success (`Data`) or failure (`Error`); a success never carries `Error`.","anyOf":[{"$ref":"#/components/schemas/GetTaskInstanceResponse"},{"$ref":"#/components/schemas/TencentCloudErrorResponse"}]}}};
const schema34 = {"type":"object","description":"The content of `Response` on success.","required":["RequestId"],"properties":{"Error":false,"Data":{"description":"The details of the instance. May be `null` when there is nothing to return.","oneOf":[{"$ref":"#/components/schemas/InstanceDetailVO"},{"type":"null"}]},"RequestId":{"$ref":"#/components/schemas/RequestId"}}};
const schema55 = {"type":"string","description":"The unique ID the server gives every processed request, errors included. Quote it when asking for\nsupport.\n","examples":["e8393496-32f6-4273-8555-32b9a69d63cb"]};
const schema35 = {"type":"object","description":"The details of one scheduled task instance. Every field may be absent or `null`.","properties":{"InstanceKey":{"type":["string","null"],"description":"The unique key of the instance, `<TaskId>_<CurRunDate>`."},"ProjectId":{"type":["string","null"],"description":"The project ID (a long number kept as a string)."},"FolderId":{"type":["string","null"],"description":"The ID of the folder that holds the task."},"FolderName":{"type":["string","null"],"description":"The name of the folder that holds the task."},"WorkflowId":{"type":["string","null"],"description":"The ID of the workflow the task belongs to."},"WorkflowName":{"type":["string","null"],"description":"The name of the workflow the task belongs to."},"InChargeList":{"type":["array","null"],"description":"The people in charge of the task (owners), as user names.","items":{"type":"string"}},"TaskId":{"type":["string","null"],"description":"The task ID."},"TaskName":{"type":["string","null"],"description":"The task name."},"TaskCycleType":{"type":["string","null"],"description":"The scheduling cycle as one letter: `O` one-off, `Y` yearly, `M` monthly, `W` weekly, `D` daily,\n`H` hourly, `I` minute, `C` crontab. Open: other values may appear.\n","examples":["I"]},"TaskType":{"description":"The task type.","oneOf":[{"$ref":"#/components/schemas/TaskTypeOpsDto"},{"type":"null"}]},"ExecutorGroupId":{"type":["string","null"],"description":"The ID of the execution resource group (a long number kept as a string)."},"ExecutorGroupName":{"type":["string","null"],"description":"The name of the execution resource group."},"CurRunDate":{"$ref":"#/components/schemas/WedataTime","description":"The instance's data time (business date), `yyyy-MM-dd HH:mm:ss`."},"NextCurDate":{"$ref":"#/components/schemas/WedataTime","description":"The data time of the next instance, `yyyy-MM-dd HH:mm:ss`."},"TryLimit":{"type":["integer","null"],"minimum":0,"description":"The most retries allowed after a failed run."},"Tries":{"type":["integer","null"],"minimum":0,"description":"The number of run attempts dispatched so far in the current run."},"TotalRunNum":{"type":["integer","null"],"minimum":0,"description":"The total number of runs."},"LifeRoundNum":{"type":["integer","null"],"minimum":0,"description":"The lifecycle round, counted from 0 (the first run is 0, the first rerun 1)."},"InstanceType":{"type":["integer","null"],"description":"The kind of instance: `0` backfill, `1` periodic, `2` non-periodic. Open: other values may appear."},"InstanceState":{"$ref":"#/components/schemas/InstanceState"},"SchedulerTime":{"$ref":"#/components/schemas/WedataTime","description":"The planned scheduling time, in the requested ScheduleTimeZone."},"StartTime":{"$ref":"#/components/schemas/WedataTime","description":"When the run started, in the requested ScheduleTimeZone."},"EndTime":{"$ref":"#/components/schemas/WedataTime","description":"When the run finished, in the requested ScheduleTimeZone."},"CostTime":{"type":["string","null"],"description":"The time taken, a free-form string such as `00:00:12.000` (H:MM:SS.mmm)."},"InstanceRunType":{"$ref":"#/components/schemas/RunType"},"ExecutionJobId":{"type":["string","null"],"description":"The ID of the dispatched execution (a long number kept as a string)."},"InstanceLifeCycleList":{"type":["array","null"],"description":"One entry per lifecycle round (execution).","items":{"$ref":"#/components/schemas/InstanceLifeCycleVO"}},"LatestLog":{"description":"The log of the most recent execution.","oneOf":[{"$ref":"#/components/schemas/InstanceLogVO"},{"type":"null"}]}}};
const schema36 = {"type":"object","description":"A task type.","properties":{"TypeDesc":{"type":["string","null"],"description":"The name of the task type, for example `Shell`."},"TypeId":{"type":["integer","null"],"description":"The numeric task-type ID, for example `35` Shell, `30` Python, `34` Hive SQL, `36` Spark SQL, `26`\noffline synchronisation. Open: the list grows over time.\n"},"TypeSort":{"type":["string","null"],"description":"The category of the task type; may be Chinese (`数据计算`, data computation)."}}};
const schema37 = {"type":["string","null"],"description":"A time as `yyyy-MM-dd HH:mm:ss`, with no offset.","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"};
const schema39 = {"type":["integer","null"],"minimum":0,"description":"The numeric state code. Documented in groups: `0` waiting for an event; `12` waiting for upstream tasks;\n`6`, `7`, `9`, `10`, `18` waiting to run; `1`, `19`, `22` running; `21` run skipped; `3` failed, will\nretry; `4`, `5`, `8`, `13` failed (final); `2` succeeded. Other codes are undocumented; treat them as\nunknown.\n"};
const schema43 = {"type":["string","null"],"description":"What triggered the run: `RERUN` rerun; `ADDITION` backfill; `PERIODIC` periodic schedule; `APERIODIC`\nnon-periodic; `RERUN_SKIP_RUN`, `ADDITION_SKIP_RUN`, `PERIODIC_SKIP_RUN`, `APERIODIC_SKIP_RUN` the same\ntriggers as a dry run (scheduled, work skipped); `MANUAL_TRIGGER` manual trigger;\n`RERUN_MANUAL_TRIGGER` manual trigger of a rerun. Open: other values may appear.\n","examples":["PERIODIC"]};
const pattern7 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$", "u");
const schema44 = {"type":"object","description":"One lifecycle round (execution) of an instance.","properties":{"InstanceKey":{"type":["string","null"],"description":"The unique key of the instance."},"InstanceState":{"$ref":"#/components/schemas/InstanceState"},"LifeRoundNum":{"type":["integer","null"],"minimum":0,"description":"The round number (0 is the first run)."},"RunType":{"$ref":"#/components/schemas/RunType"},"Tries":{"type":["integer","null"],"minimum":0,"description":"The number of retries after failures in this round."},"LifeCycleDetailList":{"type":["array","null"],"description":"The phases of this round. Observed newest first; do not rely on the order.","items":{"$ref":"#/components/schemas/InstanceLifeDetailDto"}},"CodeFileName":{"type":["string","null"],"description":"The code file that this execution ran. Only some task types provide it."},"ExecutionJobId":{"type":["string","null"],"description":"The execution ID given by the unified execution platform; older executors have none."},"BrokerIp":{"type":["string","null"],"description":"The execution node that holds the log. Despite the name, usually an instance ID (`ins-...`)."},"OriginFileName":{"type":["string","null"],"description":"The name of the log file."},"LogType":{"type":["string","null"],"description":"The kind of log: `run` a run log, `kill` a termination log. Open: other values may appear."},"CostTime":{"type":["string","null"],"description":"The time taken, a free-form string (values such as `-11` occur)."}}};
const schema47 = {"type":"object","description":"One phase of a lifecycle round.","properties":{"State":{"type":["string","null"],"description":"A state code as a string, documented with the InstanceState groups; usually `null`."},"StartTime":{"$ref":"#/components/schemas/WedataTime","description":"When this phase began."},"DetailState":{"type":["string","null"],"description":"The phase: `WAIT_UPSTREAM` waiting for an event or upstream tasks; `WAIT_RUN` waiting to run;\n`RUNNING` running; `COMPLETE` completed (final); `FAILED` failed, will retry; `EXPIRED` failed\n(final); `SKIP_RUNNING` skipped by an upstream branch node (final); `HISTORY` compatibility value for\ninstances created before 2024-03-30. Open: other values may appear.\n","examples":["RUNNING"]},"EndTime":{"$ref":"#/components/schemas/WedataTime","description":"When this phase ended; `null` for the phase still current."}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.State !== undefined){
let data0 = data.State;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/State",schemaPath:"#/properties/State/type",keyword:"type",params:{type: schema47.properties.State.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.StartTime !== undefined){
let data1 = data.StartTime;
if((typeof data1 !== "string") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema37.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(typeof data1 === "string"){
if(!pattern7.test(data1)){
const err2 = {instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.DetailState !== undefined){
let data2 = data.DetailState;
if((typeof data2 !== "string") && (data2 !== null)){
const err3 = {instancePath:instancePath+"/DetailState",schemaPath:"#/properties/DetailState/type",keyword:"type",params:{type: schema47.properties.DetailState.type}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.EndTime !== undefined){
let data3 = data.EndTime;
if((typeof data3 !== "string") && (data3 !== null)){
const err4 = {instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema37.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data3 === "string"){
if(!pattern7.test(data3)){
const err5 = {instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"State":true,"StartTime":true,"DetailState":true,"EndTime":true},"dynamicProps":false,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.InstanceKey !== undefined){
let data0 = data.InstanceKey;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/InstanceKey",schemaPath:"#/properties/InstanceKey/type",keyword:"type",params:{type: schema44.properties.InstanceKey.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.InstanceState !== undefined){
let data1 = data.InstanceState;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (data1 !== null)){
const err1 = {instancePath:instancePath+"/InstanceState",schemaPath:"#/components/schemas/InstanceState/type",keyword:"type",params:{type: schema39.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/InstanceState",schemaPath:"#/components/schemas/InstanceState/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.LifeRoundNum !== undefined){
let data2 = data.LifeRoundNum;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (data2 !== null)){
const err3 = {instancePath:instancePath+"/LifeRoundNum",schemaPath:"#/properties/LifeRoundNum/type",keyword:"type",params:{type: schema44.properties.LifeRoundNum.type}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/LifeRoundNum",schemaPath:"#/properties/LifeRoundNum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.RunType !== undefined){
let data3 = data.RunType;
if((typeof data3 !== "string") && (data3 !== null)){
const err5 = {instancePath:instancePath+"/RunType",schemaPath:"#/components/schemas/RunType/type",keyword:"type",params:{type: schema43.type}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Tries !== undefined){
let data4 = data.Tries;
if((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (data4 !== null)){
const err6 = {instancePath:instancePath+"/Tries",schemaPath:"#/properties/Tries/type",keyword:"type",params:{type: schema44.properties.Tries.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err7 = {instancePath:instancePath+"/Tries",schemaPath:"#/properties/Tries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.LifeCycleDetailList !== undefined){
let data5 = data.LifeCycleDetailList;
if((!(Array.isArray(data5))) && (data5 !== null)){
const err8 = {instancePath:instancePath+"/LifeCycleDetailList",schemaPath:"#/properties/LifeCycleDetailList/type",keyword:"type",params:{type: schema44.properties.LifeCycleDetailList.type}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate26(data5[i0], {instancePath:instancePath+"/LifeCycleDetailList/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
}
if(data.CodeFileName !== undefined){
let data7 = data.CodeFileName;
if((typeof data7 !== "string") && (data7 !== null)){
const err9 = {instancePath:instancePath+"/CodeFileName",schemaPath:"#/properties/CodeFileName/type",keyword:"type",params:{type: schema44.properties.CodeFileName.type}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.ExecutionJobId !== undefined){
let data8 = data.ExecutionJobId;
if((typeof data8 !== "string") && (data8 !== null)){
const err10 = {instancePath:instancePath+"/ExecutionJobId",schemaPath:"#/properties/ExecutionJobId/type",keyword:"type",params:{type: schema44.properties.ExecutionJobId.type}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.BrokerIp !== undefined){
let data9 = data.BrokerIp;
if((typeof data9 !== "string") && (data9 !== null)){
const err11 = {instancePath:instancePath+"/BrokerIp",schemaPath:"#/properties/BrokerIp/type",keyword:"type",params:{type: schema44.properties.BrokerIp.type}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.OriginFileName !== undefined){
let data10 = data.OriginFileName;
if((typeof data10 !== "string") && (data10 !== null)){
const err12 = {instancePath:instancePath+"/OriginFileName",schemaPath:"#/properties/OriginFileName/type",keyword:"type",params:{type: schema44.properties.OriginFileName.type}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.LogType !== undefined){
let data11 = data.LogType;
if((typeof data11 !== "string") && (data11 !== null)){
const err13 = {instancePath:instancePath+"/LogType",schemaPath:"#/properties/LogType/type",keyword:"type",params:{type: schema44.properties.LogType.type}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.CostTime !== undefined){
let data12 = data.CostTime;
if((typeof data12 !== "string") && (data12 !== null)){
const err14 = {instancePath:instancePath+"/CostTime",schemaPath:"#/properties/CostTime/type",keyword:"type",params:{type: schema44.properties.CostTime.type}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"InstanceKey":true,"InstanceState":true,"LifeRoundNum":true,"RunType":true,"Tries":true,"LifeCycleDetailList":true,"CodeFileName":true,"ExecutionJobId":true,"BrokerIp":true,"OriginFileName":true,"LogType":true,"CostTime":true},"dynamicProps":false,"dynamicItems":false};

const schema50 = {"type":"object","description":"The log of an execution.","properties":{"InstanceKey":{"type":["string","null"],"description":"The unique key of the instance."},"ProjectId":{"type":["string","null"],"description":"The project ID."},"InstanceState":{"$ref":"#/components/schemas/InstanceState"},"RunType":{"$ref":"#/components/schemas/RunType"},"StartTime":{"$ref":"#/components/schemas/WedataTime","description":"When the run started."},"EndTime":{"$ref":"#/components/schemas/WedataTime","description":"When the run finished."},"CodeInfo":{"type":["string","null"],"description":"The content of the code that ran."},"CodeFileSize":{"type":["string","null"],"description":"The size of the code file, unit included (`1 KB`)."},"BrokerIp":{"type":["string","null"],"description":"The node that holds the log."},"LogInfo":{"type":["string","null"],"description":"The log text."},"LogFileSize":{"type":["string","null"],"description":"The size of the log file, unit included (`1 KB`)."},"LineCount":{"type":["integer","null"],"minimum":0,"description":"The number of log lines this query returned."},"ExtInfo":{"type":["string","null"],"description":"A paging cursor with no business meaning; `null` on the first page."},"IsEnd":{"type":["boolean","null"],"description":"Whether this is the last page of the log."}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.InstanceKey !== undefined){
let data0 = data.InstanceKey;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/InstanceKey",schemaPath:"#/properties/InstanceKey/type",keyword:"type",params:{type: schema50.properties.InstanceKey.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.ProjectId !== undefined){
let data1 = data.ProjectId;
if((typeof data1 !== "string") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/ProjectId",schemaPath:"#/properties/ProjectId/type",keyword:"type",params:{type: schema50.properties.ProjectId.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.InstanceState !== undefined){
let data2 = data.InstanceState;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (data2 !== null)){
const err2 = {instancePath:instancePath+"/InstanceState",schemaPath:"#/components/schemas/InstanceState/type",keyword:"type",params:{type: schema39.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err3 = {instancePath:instancePath+"/InstanceState",schemaPath:"#/components/schemas/InstanceState/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.RunType !== undefined){
let data3 = data.RunType;
if((typeof data3 !== "string") && (data3 !== null)){
const err4 = {instancePath:instancePath+"/RunType",schemaPath:"#/components/schemas/RunType/type",keyword:"type",params:{type: schema43.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.StartTime !== undefined){
let data4 = data.StartTime;
if((typeof data4 !== "string") && (data4 !== null)){
const err5 = {instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema37.type}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data4 === "string"){
if(!pattern7.test(data4)){
const err6 = {instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.EndTime !== undefined){
let data5 = data.EndTime;
if((typeof data5 !== "string") && (data5 !== null)){
const err7 = {instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema37.type}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data5 === "string"){
if(!pattern7.test(data5)){
const err8 = {instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.CodeInfo !== undefined){
let data6 = data.CodeInfo;
if((typeof data6 !== "string") && (data6 !== null)){
const err9 = {instancePath:instancePath+"/CodeInfo",schemaPath:"#/properties/CodeInfo/type",keyword:"type",params:{type: schema50.properties.CodeInfo.type}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.CodeFileSize !== undefined){
let data7 = data.CodeFileSize;
if((typeof data7 !== "string") && (data7 !== null)){
const err10 = {instancePath:instancePath+"/CodeFileSize",schemaPath:"#/properties/CodeFileSize/type",keyword:"type",params:{type: schema50.properties.CodeFileSize.type}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.BrokerIp !== undefined){
let data8 = data.BrokerIp;
if((typeof data8 !== "string") && (data8 !== null)){
const err11 = {instancePath:instancePath+"/BrokerIp",schemaPath:"#/properties/BrokerIp/type",keyword:"type",params:{type: schema50.properties.BrokerIp.type}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.LogInfo !== undefined){
let data9 = data.LogInfo;
if((typeof data9 !== "string") && (data9 !== null)){
const err12 = {instancePath:instancePath+"/LogInfo",schemaPath:"#/properties/LogInfo/type",keyword:"type",params:{type: schema50.properties.LogInfo.type}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.LogFileSize !== undefined){
let data10 = data.LogFileSize;
if((typeof data10 !== "string") && (data10 !== null)){
const err13 = {instancePath:instancePath+"/LogFileSize",schemaPath:"#/properties/LogFileSize/type",keyword:"type",params:{type: schema50.properties.LogFileSize.type}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.LineCount !== undefined){
let data11 = data.LineCount;
if((!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) && (data11 !== null)){
const err14 = {instancePath:instancePath+"/LineCount",schemaPath:"#/properties/LineCount/type",keyword:"type",params:{type: schema50.properties.LineCount.type}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err15 = {instancePath:instancePath+"/LineCount",schemaPath:"#/properties/LineCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.ExtInfo !== undefined){
let data12 = data.ExtInfo;
if((typeof data12 !== "string") && (data12 !== null)){
const err16 = {instancePath:instancePath+"/ExtInfo",schemaPath:"#/properties/ExtInfo/type",keyword:"type",params:{type: schema50.properties.ExtInfo.type}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.IsEnd !== undefined){
let data13 = data.IsEnd;
if((typeof data13 !== "boolean") && (data13 !== null)){
const err17 = {instancePath:instancePath+"/IsEnd",schemaPath:"#/properties/IsEnd/type",keyword:"type",params:{type: schema50.properties.IsEnd.type}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"InstanceKey":true,"ProjectId":true,"InstanceState":true,"RunType":true,"StartTime":true,"EndTime":true,"CodeInfo":true,"CodeFileSize":true,"BrokerIp":true,"LogInfo":true,"LogFileSize":true,"LineCount":true,"ExtInfo":true,"IsEnd":true},"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.InstanceKey !== undefined){
let data0 = data.InstanceKey;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/InstanceKey",schemaPath:"#/properties/InstanceKey/type",keyword:"type",params:{type: schema35.properties.InstanceKey.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.ProjectId !== undefined){
let data1 = data.ProjectId;
if((typeof data1 !== "string") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/ProjectId",schemaPath:"#/properties/ProjectId/type",keyword:"type",params:{type: schema35.properties.ProjectId.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.FolderId !== undefined){
let data2 = data.FolderId;
if((typeof data2 !== "string") && (data2 !== null)){
const err2 = {instancePath:instancePath+"/FolderId",schemaPath:"#/properties/FolderId/type",keyword:"type",params:{type: schema35.properties.FolderId.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.FolderName !== undefined){
let data3 = data.FolderName;
if((typeof data3 !== "string") && (data3 !== null)){
const err3 = {instancePath:instancePath+"/FolderName",schemaPath:"#/properties/FolderName/type",keyword:"type",params:{type: schema35.properties.FolderName.type}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.WorkflowId !== undefined){
let data4 = data.WorkflowId;
if((typeof data4 !== "string") && (data4 !== null)){
const err4 = {instancePath:instancePath+"/WorkflowId",schemaPath:"#/properties/WorkflowId/type",keyword:"type",params:{type: schema35.properties.WorkflowId.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.WorkflowName !== undefined){
let data5 = data.WorkflowName;
if((typeof data5 !== "string") && (data5 !== null)){
const err5 = {instancePath:instancePath+"/WorkflowName",schemaPath:"#/properties/WorkflowName/type",keyword:"type",params:{type: schema35.properties.WorkflowName.type}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.InChargeList !== undefined){
let data6 = data.InChargeList;
if((!(Array.isArray(data6))) && (data6 !== null)){
const err6 = {instancePath:instancePath+"/InChargeList",schemaPath:"#/properties/InChargeList/type",keyword:"type",params:{type: schema35.properties.InChargeList.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(typeof data6[i0] !== "string"){
const err7 = {instancePath:instancePath+"/InChargeList/" + i0,schemaPath:"#/properties/InChargeList/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
if(data.TaskId !== undefined){
let data8 = data.TaskId;
if((typeof data8 !== "string") && (data8 !== null)){
const err8 = {instancePath:instancePath+"/TaskId",schemaPath:"#/properties/TaskId/type",keyword:"type",params:{type: schema35.properties.TaskId.type}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.TaskName !== undefined){
let data9 = data.TaskName;
if((typeof data9 !== "string") && (data9 !== null)){
const err9 = {instancePath:instancePath+"/TaskName",schemaPath:"#/properties/TaskName/type",keyword:"type",params:{type: schema35.properties.TaskName.type}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.TaskCycleType !== undefined){
let data10 = data.TaskCycleType;
if((typeof data10 !== "string") && (data10 !== null)){
const err10 = {instancePath:instancePath+"/TaskCycleType",schemaPath:"#/properties/TaskCycleType/type",keyword:"type",params:{type: schema35.properties.TaskCycleType.type}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.TaskType !== undefined){
let data11 = data.TaskType;
const _errs24 = errors;
let valid3 = false;
let passing0 = null;
const _errs25 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.TypeDesc !== undefined){
let data12 = data11.TypeDesc;
if((typeof data12 !== "string") && (data12 !== null)){
const err11 = {instancePath:instancePath+"/TaskType/TypeDesc",schemaPath:"#/components/schemas/TaskTypeOpsDto/properties/TypeDesc/type",keyword:"type",params:{type: schema36.properties.TypeDesc.type}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data11.TypeId !== undefined){
let data13 = data11.TypeId;
if((!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) && (data13 !== null)){
const err12 = {instancePath:instancePath+"/TaskType/TypeId",schemaPath:"#/components/schemas/TaskTypeOpsDto/properties/TypeId/type",keyword:"type",params:{type: schema36.properties.TypeId.type}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data11.TypeSort !== undefined){
let data14 = data11.TypeSort;
if((typeof data14 !== "string") && (data14 !== null)){
const err13 = {instancePath:instancePath+"/TaskType/TypeSort",schemaPath:"#/components/schemas/TaskTypeOpsDto/properties/TypeSort/type",keyword:"type",params:{type: schema36.properties.TypeSort.type}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/TaskType",schemaPath:"#/components/schemas/TaskTypeOpsDto/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs25 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
var props0 = {};
props0.TypeDesc = true;
props0.TypeId = true;
props0.TypeSort = true;
}
const _errs34 = errors;
if(data11 !== null){
const err15 = {instancePath:instancePath+"/TaskType",schemaPath:"#/properties/TaskType/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs34 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err16 = {instancePath:instancePath+"/TaskType",schemaPath:"#/properties/TaskType/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
}
if(data.ExecutorGroupId !== undefined){
let data15 = data.ExecutorGroupId;
if((typeof data15 !== "string") && (data15 !== null)){
const err17 = {instancePath:instancePath+"/ExecutorGroupId",schemaPath:"#/properties/ExecutorGroupId/type",keyword:"type",params:{type: schema35.properties.ExecutorGroupId.type}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.ExecutorGroupName !== undefined){
let data16 = data.ExecutorGroupName;
if((typeof data16 !== "string") && (data16 !== null)){
const err18 = {instancePath:instancePath+"/ExecutorGroupName",schemaPath:"#/properties/ExecutorGroupName/type",keyword:"type",params:{type: schema35.properties.ExecutorGroupName.type}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.CurRunDate !== undefined){
let data17 = data.CurRunDate;
if((typeof data17 !== "string") && (data17 !== null)){
const err19 = {instancePath:instancePath+"/CurRunDate",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema37.type}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data17 === "string"){
if(!pattern7.test(data17)){
const err20 = {instancePath:instancePath+"/CurRunDate",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.NextCurDate !== undefined){
let data18 = data.NextCurDate;
if((typeof data18 !== "string") && (data18 !== null)){
const err21 = {instancePath:instancePath+"/NextCurDate",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema37.type}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(typeof data18 === "string"){
if(!pattern7.test(data18)){
const err22 = {instancePath:instancePath+"/NextCurDate",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.TryLimit !== undefined){
let data19 = data.TryLimit;
if((!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))) && (data19 !== null)){
const err23 = {instancePath:instancePath+"/TryLimit",schemaPath:"#/properties/TryLimit/type",keyword:"type",params:{type: schema35.properties.TryLimit.type}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err24 = {instancePath:instancePath+"/TryLimit",schemaPath:"#/properties/TryLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data.Tries !== undefined){
let data20 = data.Tries;
if((!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))) && (data20 !== null)){
const err25 = {instancePath:instancePath+"/Tries",schemaPath:"#/properties/Tries/type",keyword:"type",params:{type: schema35.properties.Tries.type}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err26 = {instancePath:instancePath+"/Tries",schemaPath:"#/properties/Tries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data.TotalRunNum !== undefined){
let data21 = data.TotalRunNum;
if((!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))) && (data21 !== null)){
const err27 = {instancePath:instancePath+"/TotalRunNum",schemaPath:"#/properties/TotalRunNum/type",keyword:"type",params:{type: schema35.properties.TotalRunNum.type}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
const err28 = {instancePath:instancePath+"/TotalRunNum",schemaPath:"#/properties/TotalRunNum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data.LifeRoundNum !== undefined){
let data22 = data.LifeRoundNum;
if((!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))) && (data22 !== null)){
const err29 = {instancePath:instancePath+"/LifeRoundNum",schemaPath:"#/properties/LifeRoundNum/type",keyword:"type",params:{type: schema35.properties.LifeRoundNum.type}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err30 = {instancePath:instancePath+"/LifeRoundNum",schemaPath:"#/properties/LifeRoundNum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data.InstanceType !== undefined){
let data23 = data.InstanceType;
if((!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) && (data23 !== null)){
const err31 = {instancePath:instancePath+"/InstanceType",schemaPath:"#/properties/InstanceType/type",keyword:"type",params:{type: schema35.properties.InstanceType.type}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.InstanceState !== undefined){
let data24 = data.InstanceState;
if((!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) && (data24 !== null)){
const err32 = {instancePath:instancePath+"/InstanceState",schemaPath:"#/components/schemas/InstanceState/type",keyword:"type",params:{type: schema39.type}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
const err33 = {instancePath:instancePath+"/InstanceState",schemaPath:"#/components/schemas/InstanceState/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data.SchedulerTime !== undefined){
let data25 = data.SchedulerTime;
if((typeof data25 !== "string") && (data25 !== null)){
const err34 = {instancePath:instancePath+"/SchedulerTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema37.type}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(typeof data25 === "string"){
if(!pattern7.test(data25)){
const err35 = {instancePath:instancePath+"/SchedulerTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
if(data.StartTime !== undefined){
let data26 = data.StartTime;
if((typeof data26 !== "string") && (data26 !== null)){
const err36 = {instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema37.type}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(typeof data26 === "string"){
if(!pattern7.test(data26)){
const err37 = {instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data.EndTime !== undefined){
let data27 = data.EndTime;
if((typeof data27 !== "string") && (data27 !== null)){
const err38 = {instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema37.type}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(typeof data27 === "string"){
if(!pattern7.test(data27)){
const err39 = {instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data.CostTime !== undefined){
let data28 = data.CostTime;
if((typeof data28 !== "string") && (data28 !== null)){
const err40 = {instancePath:instancePath+"/CostTime",schemaPath:"#/properties/CostTime/type",keyword:"type",params:{type: schema35.properties.CostTime.type}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.InstanceRunType !== undefined){
let data29 = data.InstanceRunType;
if((typeof data29 !== "string") && (data29 !== null)){
const err41 = {instancePath:instancePath+"/InstanceRunType",schemaPath:"#/components/schemas/RunType/type",keyword:"type",params:{type: schema43.type}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.ExecutionJobId !== undefined){
let data30 = data.ExecutionJobId;
if((typeof data30 !== "string") && (data30 !== null)){
const err42 = {instancePath:instancePath+"/ExecutionJobId",schemaPath:"#/properties/ExecutionJobId/type",keyword:"type",params:{type: schema35.properties.ExecutionJobId.type}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.InstanceLifeCycleList !== undefined){
let data31 = data.InstanceLifeCycleList;
if((!(Array.isArray(data31))) && (data31 !== null)){
const err43 = {instancePath:instancePath+"/InstanceLifeCycleList",schemaPath:"#/properties/InstanceLifeCycleList/type",keyword:"type",params:{type: schema35.properties.InstanceLifeCycleList.type}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(Array.isArray(data31)){
const len1 = data31.length;
for(let i1=0; i1<len1; i1++){
if(!(validate25(data31[i1], {instancePath:instancePath+"/InstanceLifeCycleList/" + i1,parentData:data31,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
}
if(data.LatestLog !== undefined){
let data33 = data.LatestLog;
const _errs79 = errors;
let valid15 = false;
let passing1 = null;
const _errs80 = errors;
if(!(validate29(data33, {instancePath:instancePath+"/LatestLog",parentData:data,parentDataProperty:"LatestLog",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid1 = _errs80 === errors;
if(_valid1){
valid15 = true;
passing1 = 0;
var props1 = {};
props1.InstanceKey = true;
props1.ProjectId = true;
props1.InstanceState = true;
props1.RunType = true;
props1.StartTime = true;
props1.EndTime = true;
props1.CodeInfo = true;
props1.CodeFileSize = true;
props1.BrokerIp = true;
props1.LogInfo = true;
props1.LogFileSize = true;
props1.LineCount = true;
props1.ExtInfo = true;
props1.IsEnd = true;
}
const _errs81 = errors;
if(data33 !== null){
const err44 = {instancePath:instancePath+"/LatestLog",schemaPath:"#/properties/LatestLog/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid1 = _errs81 === errors;
if(_valid1 && valid15){
valid15 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid15 = true;
passing1 = 1;
}
}
if(!valid15){
const err45 = {instancePath:instancePath+"/LatestLog",schemaPath:"#/properties/LatestLog/oneOf",keyword:"oneOf",params:{passingSchemas: passing1}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
else {
errors = _errs79;
if(vErrors !== null){
if(_errs79){
vErrors.length = _errs79;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"InstanceKey":true,"ProjectId":true,"FolderId":true,"FolderName":true,"WorkflowId":true,"WorkflowName":true,"InChargeList":true,"TaskId":true,"TaskName":true,"TaskCycleType":true,"TaskType":true,"ExecutorGroupId":true,"ExecutorGroupName":true,"CurRunDate":true,"NextCurDate":true,"TryLimit":true,"Tries":true,"TotalRunNum":true,"LifeRoundNum":true,"InstanceType":true,"InstanceState":true,"SchedulerTime":true,"StartTime":true,"EndTime":true,"CostTime":true,"InstanceRunType":true,"ExecutionJobId":true,"InstanceLifeCycleList":true,"LatestLog":true},"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.RequestId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "RequestId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Error !== undefined){
const err1 = {instancePath:instancePath+"/Error",schemaPath:"#/properties/Error/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Data !== undefined){
let data1 = data.Data;
const _errs2 = errors;
let valid1 = false;
let passing0 = null;
const _errs3 = errors;
if(!(validate24(data1, {instancePath:instancePath+"/Data",parentData:data,parentDataProperty:"Data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
var props0 = {};
props0.InstanceKey = true;
props0.ProjectId = true;
props0.FolderId = true;
props0.FolderName = true;
props0.WorkflowId = true;
props0.WorkflowName = true;
props0.InChargeList = true;
props0.TaskId = true;
props0.TaskName = true;
props0.TaskCycleType = true;
props0.TaskType = true;
props0.ExecutorGroupId = true;
props0.ExecutorGroupName = true;
props0.CurRunDate = true;
props0.NextCurDate = true;
props0.TryLimit = true;
props0.Tries = true;
props0.TotalRunNum = true;
props0.LifeRoundNum = true;
props0.InstanceType = true;
props0.InstanceState = true;
props0.SchedulerTime = true;
props0.StartTime = true;
props0.EndTime = true;
props0.CostTime = true;
props0.InstanceRunType = true;
props0.ExecutionJobId = true;
props0.InstanceLifeCycleList = true;
props0.LatestLog = true;
}
const _errs4 = errors;
if(data1 !== null){
const err2 = {instancePath:instancePath+"/Data",schemaPath:"#/properties/Data/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err3 = {instancePath:instancePath+"/Data",schemaPath:"#/properties/Data/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
if(data.RequestId !== undefined){
if(typeof data.RequestId !== "string"){
const err4 = {instancePath:instancePath+"/RequestId",schemaPath:"#/components/schemas/RequestId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"Error":true,"Data":true,"RequestId":true},"dynamicProps":false,"dynamicItems":false};

const schema56 = {"type":"object","description":"The content of `Response` on failure (still HTTP 200).","required":["Error","RequestId"],"properties":{"Error":{"type":"object","description":"What went wrong.","required":["Code","Message"],"properties":{"Code":{"type":"string","description":"A dotted error code such as `AuthFailure.SignatureFailure`, `InvalidParameterValue`,\n`RequestLimitExceeded` or `FailedOperation`. Branch on the code, never on the message.\n","examples":["AuthFailure.SignatureFailure"]},"Message":{"type":"string","description":"A human-readable explanation. It may change between releases."}}},"RequestId":{"$ref":"#/components/schemas/RequestId"}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Error === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Error"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.RequestId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "RequestId"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Error !== undefined){
let data0 = data.Error;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.Code === undefined){
const err2 = {instancePath:instancePath+"/Error",schemaPath:"#/properties/Error/required",keyword:"required",params:{missingProperty: "Code"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.Message === undefined){
const err3 = {instancePath:instancePath+"/Error",schemaPath:"#/properties/Error/required",keyword:"required",params:{missingProperty: "Message"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.Code !== undefined){
if(typeof data0.Code !== "string"){
const err4 = {instancePath:instancePath+"/Error/Code",schemaPath:"#/properties/Error/properties/Code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.Message !== undefined){
if(typeof data0.Message !== "string"){
const err5 = {instancePath:instancePath+"/Error/Message",schemaPath:"#/properties/Error/properties/Message/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/Error",schemaPath:"#/properties/Error/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.RequestId !== undefined){
if(typeof data.RequestId !== "string"){
const err7 = {instancePath:instancePath+"/RequestId",schemaPath:"#/components/schemas/RequestId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":{"Error":true,"RequestId":true},"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Response === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Response"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "Response")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Response !== undefined){
let data0 = data.Response;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(!(validate23(data0, {instancePath:instancePath+"/Response",parentData:data,parentDataProperty:"Response",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = {};
props0.Error = true;
props0.Data = true;
props0.RequestId = true;
}
const _errs5 = errors;
if(!(validate33(data0, {instancePath:instancePath+"/Response",parentData:data,parentDataProperty:"Response",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.Error = true;
props0.RequestId = true;
}
}
if(!valid1){
const err2 = {instancePath:instancePath+"/Response",schemaPath:"#/properties/Response/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateInstanceDetailVO = validate35;

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.InstanceKey !== undefined){
let data0 = data.InstanceKey;
if((typeof data0 !== "string") && (data0 !== null)){
const err0 = {instancePath:instancePath+"/InstanceKey",schemaPath:"#/properties/InstanceKey/type",keyword:"type",params:{type: schema35.properties.InstanceKey.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.ProjectId !== undefined){
let data1 = data.ProjectId;
if((typeof data1 !== "string") && (data1 !== null)){
const err1 = {instancePath:instancePath+"/ProjectId",schemaPath:"#/properties/ProjectId/type",keyword:"type",params:{type: schema35.properties.ProjectId.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.FolderId !== undefined){
let data2 = data.FolderId;
if((typeof data2 !== "string") && (data2 !== null)){
const err2 = {instancePath:instancePath+"/FolderId",schemaPath:"#/properties/FolderId/type",keyword:"type",params:{type: schema35.properties.FolderId.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.FolderName !== undefined){
let data3 = data.FolderName;
if((typeof data3 !== "string") && (data3 !== null)){
const err3 = {instancePath:instancePath+"/FolderName",schemaPath:"#/properties/FolderName/type",keyword:"type",params:{type: schema35.properties.FolderName.type}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.WorkflowId !== undefined){
let data4 = data.WorkflowId;
if((typeof data4 !== "string") && (data4 !== null)){
const err4 = {instancePath:instancePath+"/WorkflowId",schemaPath:"#/properties/WorkflowId/type",keyword:"type",params:{type: schema35.properties.WorkflowId.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.WorkflowName !== undefined){
let data5 = data.WorkflowName;
if((typeof data5 !== "string") && (data5 !== null)){
const err5 = {instancePath:instancePath+"/WorkflowName",schemaPath:"#/properties/WorkflowName/type",keyword:"type",params:{type: schema35.properties.WorkflowName.type}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.InChargeList !== undefined){
let data6 = data.InChargeList;
if((!(Array.isArray(data6))) && (data6 !== null)){
const err6 = {instancePath:instancePath+"/InChargeList",schemaPath:"#/properties/InChargeList/type",keyword:"type",params:{type: schema35.properties.InChargeList.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(typeof data6[i0] !== "string"){
const err7 = {instancePath:instancePath+"/InChargeList/" + i0,schemaPath:"#/properties/InChargeList/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
if(data.TaskId !== undefined){
let data8 = data.TaskId;
if((typeof data8 !== "string") && (data8 !== null)){
const err8 = {instancePath:instancePath+"/TaskId",schemaPath:"#/properties/TaskId/type",keyword:"type",params:{type: schema35.properties.TaskId.type}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.TaskName !== undefined){
let data9 = data.TaskName;
if((typeof data9 !== "string") && (data9 !== null)){
const err9 = {instancePath:instancePath+"/TaskName",schemaPath:"#/properties/TaskName/type",keyword:"type",params:{type: schema35.properties.TaskName.type}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.TaskCycleType !== undefined){
let data10 = data.TaskCycleType;
if((typeof data10 !== "string") && (data10 !== null)){
const err10 = {instancePath:instancePath+"/TaskCycleType",schemaPath:"#/properties/TaskCycleType/type",keyword:"type",params:{type: schema35.properties.TaskCycleType.type}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.TaskType !== undefined){
let data11 = data.TaskType;
const _errs24 = errors;
let valid3 = false;
let passing0 = null;
const _errs25 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.TypeDesc !== undefined){
let data12 = data11.TypeDesc;
if((typeof data12 !== "string") && (data12 !== null)){
const err11 = {instancePath:instancePath+"/TaskType/TypeDesc",schemaPath:"#/components/schemas/TaskTypeOpsDto/properties/TypeDesc/type",keyword:"type",params:{type: schema36.properties.TypeDesc.type}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data11.TypeId !== undefined){
let data13 = data11.TypeId;
if((!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) && (data13 !== null)){
const err12 = {instancePath:instancePath+"/TaskType/TypeId",schemaPath:"#/components/schemas/TaskTypeOpsDto/properties/TypeId/type",keyword:"type",params:{type: schema36.properties.TypeId.type}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data11.TypeSort !== undefined){
let data14 = data11.TypeSort;
if((typeof data14 !== "string") && (data14 !== null)){
const err13 = {instancePath:instancePath+"/TaskType/TypeSort",schemaPath:"#/components/schemas/TaskTypeOpsDto/properties/TypeSort/type",keyword:"type",params:{type: schema36.properties.TypeSort.type}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/TaskType",schemaPath:"#/components/schemas/TaskTypeOpsDto/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs25 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
var props0 = {};
props0.TypeDesc = true;
props0.TypeId = true;
props0.TypeSort = true;
}
const _errs34 = errors;
if(data11 !== null){
const err15 = {instancePath:instancePath+"/TaskType",schemaPath:"#/properties/TaskType/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs34 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err16 = {instancePath:instancePath+"/TaskType",schemaPath:"#/properties/TaskType/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
}
if(data.ExecutorGroupId !== undefined){
let data15 = data.ExecutorGroupId;
if((typeof data15 !== "string") && (data15 !== null)){
const err17 = {instancePath:instancePath+"/ExecutorGroupId",schemaPath:"#/properties/ExecutorGroupId/type",keyword:"type",params:{type: schema35.properties.ExecutorGroupId.type}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.ExecutorGroupName !== undefined){
let data16 = data.ExecutorGroupName;
if((typeof data16 !== "string") && (data16 !== null)){
const err18 = {instancePath:instancePath+"/ExecutorGroupName",schemaPath:"#/properties/ExecutorGroupName/type",keyword:"type",params:{type: schema35.properties.ExecutorGroupName.type}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.CurRunDate !== undefined){
let data17 = data.CurRunDate;
if((typeof data17 !== "string") && (data17 !== null)){
const err19 = {instancePath:instancePath+"/CurRunDate",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema37.type}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data17 === "string"){
if(!pattern7.test(data17)){
const err20 = {instancePath:instancePath+"/CurRunDate",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.NextCurDate !== undefined){
let data18 = data.NextCurDate;
if((typeof data18 !== "string") && (data18 !== null)){
const err21 = {instancePath:instancePath+"/NextCurDate",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema37.type}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(typeof data18 === "string"){
if(!pattern7.test(data18)){
const err22 = {instancePath:instancePath+"/NextCurDate",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.TryLimit !== undefined){
let data19 = data.TryLimit;
if((!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))) && (data19 !== null)){
const err23 = {instancePath:instancePath+"/TryLimit",schemaPath:"#/properties/TryLimit/type",keyword:"type",params:{type: schema35.properties.TryLimit.type}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err24 = {instancePath:instancePath+"/TryLimit",schemaPath:"#/properties/TryLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data.Tries !== undefined){
let data20 = data.Tries;
if((!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))) && (data20 !== null)){
const err25 = {instancePath:instancePath+"/Tries",schemaPath:"#/properties/Tries/type",keyword:"type",params:{type: schema35.properties.Tries.type}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err26 = {instancePath:instancePath+"/Tries",schemaPath:"#/properties/Tries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data.TotalRunNum !== undefined){
let data21 = data.TotalRunNum;
if((!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))) && (data21 !== null)){
const err27 = {instancePath:instancePath+"/TotalRunNum",schemaPath:"#/properties/TotalRunNum/type",keyword:"type",params:{type: schema35.properties.TotalRunNum.type}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
const err28 = {instancePath:instancePath+"/TotalRunNum",schemaPath:"#/properties/TotalRunNum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data.LifeRoundNum !== undefined){
let data22 = data.LifeRoundNum;
if((!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))) && (data22 !== null)){
const err29 = {instancePath:instancePath+"/LifeRoundNum",schemaPath:"#/properties/LifeRoundNum/type",keyword:"type",params:{type: schema35.properties.LifeRoundNum.type}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err30 = {instancePath:instancePath+"/LifeRoundNum",schemaPath:"#/properties/LifeRoundNum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data.InstanceType !== undefined){
let data23 = data.InstanceType;
if((!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) && (data23 !== null)){
const err31 = {instancePath:instancePath+"/InstanceType",schemaPath:"#/properties/InstanceType/type",keyword:"type",params:{type: schema35.properties.InstanceType.type}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.InstanceState !== undefined){
let data24 = data.InstanceState;
if((!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) && (data24 !== null)){
const err32 = {instancePath:instancePath+"/InstanceState",schemaPath:"#/components/schemas/InstanceState/type",keyword:"type",params:{type: schema39.type}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
const err33 = {instancePath:instancePath+"/InstanceState",schemaPath:"#/components/schemas/InstanceState/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data.SchedulerTime !== undefined){
let data25 = data.SchedulerTime;
if((typeof data25 !== "string") && (data25 !== null)){
const err34 = {instancePath:instancePath+"/SchedulerTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema37.type}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(typeof data25 === "string"){
if(!pattern7.test(data25)){
const err35 = {instancePath:instancePath+"/SchedulerTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
if(data.StartTime !== undefined){
let data26 = data.StartTime;
if((typeof data26 !== "string") && (data26 !== null)){
const err36 = {instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema37.type}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(typeof data26 === "string"){
if(!pattern7.test(data26)){
const err37 = {instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data.EndTime !== undefined){
let data27 = data.EndTime;
if((typeof data27 !== "string") && (data27 !== null)){
const err38 = {instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema37.type}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(typeof data27 === "string"){
if(!pattern7.test(data27)){
const err39 = {instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data.CostTime !== undefined){
let data28 = data.CostTime;
if((typeof data28 !== "string") && (data28 !== null)){
const err40 = {instancePath:instancePath+"/CostTime",schemaPath:"#/properties/CostTime/type",keyword:"type",params:{type: schema35.properties.CostTime.type}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.InstanceRunType !== undefined){
let data29 = data.InstanceRunType;
if((typeof data29 !== "string") && (data29 !== null)){
const err41 = {instancePath:instancePath+"/InstanceRunType",schemaPath:"#/components/schemas/RunType/type",keyword:"type",params:{type: schema43.type}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.ExecutionJobId !== undefined){
let data30 = data.ExecutionJobId;
if((typeof data30 !== "string") && (data30 !== null)){
const err42 = {instancePath:instancePath+"/ExecutionJobId",schemaPath:"#/properties/ExecutionJobId/type",keyword:"type",params:{type: schema35.properties.ExecutionJobId.type}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.InstanceLifeCycleList !== undefined){
let data31 = data.InstanceLifeCycleList;
if((!(Array.isArray(data31))) && (data31 !== null)){
const err43 = {instancePath:instancePath+"/InstanceLifeCycleList",schemaPath:"#/properties/InstanceLifeCycleList/type",keyword:"type",params:{type: schema35.properties.InstanceLifeCycleList.type}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(Array.isArray(data31)){
const len1 = data31.length;
for(let i1=0; i1<len1; i1++){
if(!(validate25(data31[i1], {instancePath:instancePath+"/InstanceLifeCycleList/" + i1,parentData:data31,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
}
if(data.LatestLog !== undefined){
let data33 = data.LatestLog;
const _errs79 = errors;
let valid15 = false;
let passing1 = null;
const _errs80 = errors;
if(!(validate29(data33, {instancePath:instancePath+"/LatestLog",parentData:data,parentDataProperty:"LatestLog",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid1 = _errs80 === errors;
if(_valid1){
valid15 = true;
passing1 = 0;
var props1 = {};
props1.InstanceKey = true;
props1.ProjectId = true;
props1.InstanceState = true;
props1.RunType = true;
props1.StartTime = true;
props1.EndTime = true;
props1.CodeInfo = true;
props1.CodeFileSize = true;
props1.BrokerIp = true;
props1.LogInfo = true;
props1.LogFileSize = true;
props1.LineCount = true;
props1.ExtInfo = true;
props1.IsEnd = true;
}
const _errs81 = errors;
if(data33 !== null){
const err44 = {instancePath:instancePath+"/LatestLog",schemaPath:"#/properties/LatestLog/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid1 = _errs81 === errors;
if(_valid1 && valid15){
valid15 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid15 = true;
passing1 = 1;
}
}
if(!valid15){
const err45 = {instancePath:instancePath+"/LatestLog",schemaPath:"#/properties/LatestLog/oneOf",keyword:"oneOf",params:{passingSchemas: passing1}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
else {
errors = _errs79;
if(vErrors !== null){
if(_errs79){
vErrors.length = _errs79;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":{"InstanceKey":true,"ProjectId":true,"FolderId":true,"FolderName":true,"WorkflowId":true,"WorkflowName":true,"InChargeList":true,"TaskId":true,"TaskName":true,"TaskCycleType":true,"TaskType":true,"ExecutorGroupId":true,"ExecutorGroupName":true,"CurRunDate":true,"NextCurDate":true,"TryLimit":true,"Tries":true,"TotalRunNum":true,"LifeRoundNum":true,"InstanceType":true,"InstanceState":true,"SchedulerTime":true,"StartTime":true,"EndTime":true,"CostTime":true,"InstanceRunType":true,"ExecutionJobId":true,"InstanceLifeCycleList":true,"LatestLog":true},"dynamicProps":false,"dynamicItems":false};

