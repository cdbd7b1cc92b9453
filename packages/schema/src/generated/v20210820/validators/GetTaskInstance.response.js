// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
"use strict";
export const validateGetTaskInstanceResponseBody = validate19;
const schema27 = {"type":"object","additionalProperties":false,"required":["Response"],"properties":{"Response":{"anyOf":[{"$ref":"#/components/schemas/GetTaskInstanceResponse"},{"$ref":"#/components/schemas/TencentCloudErrorResponse"}]}}};
const schema28 = {"type":"object","required":["RequestId"],"properties":{"Error":false,"Data":{"oneOf":[{"$ref":"#/components/schemas/InstanceDetailVO"},{"type":"null"}]},"RequestId":{"$ref":"#/components/schemas/RequestId"}}};
const schema19 = {"type":"string"};
const schema29 = {"type":"object","properties":{"InstanceKey":{"type":["string","null"]},"ProjectId":{"type":["string","null"]},"FolderId":{"type":["string","null"]},"FolderName":{"type":["string","null"]},"WorkflowId":{"type":["string","null"]},"WorkflowName":{"type":["string","null"]},"InChargeList":{"type":["array","null"],"items":{"type":"string"}},"TaskId":{"type":["string","null"]},"TaskName":{"type":["string","null"]},"TaskCycleType":{"type":["string","null"]},"TaskType":{"oneOf":[{"$ref":"#/components/schemas/TaskTypeOpsDto"},{"type":"null"}]},"ExecutorGroupId":{"type":["string","null"]},"ExecutorGroupName":{"type":["string","null"]},"CurRunDate":{"$ref":"#/components/schemas/WedataTime"},"NextCurDate":{"$ref":"#/components/schemas/WedataTime"},"TryLimit":{"type":["integer","null"],"minimum":0},"Tries":{"type":["integer","null"],"minimum":0},"TotalRunNum":{"type":["integer","null"],"minimum":0},"LifeRoundNum":{"type":["integer","null"],"minimum":0},"InstanceType":{"type":["integer","null"]},"InstanceState":{"$ref":"#/components/schemas/InstanceState"},"SchedulerTime":{"$ref":"#/components/schemas/WedataTime"},"StartTime":{"$ref":"#/components/schemas/WedataTime"},"EndTime":{"$ref":"#/components/schemas/WedataTime"},"CostTime":{"type":["string","null"]},"InstanceRunType":{"$ref":"#/components/schemas/RunType"},"ExecutionJobId":{"type":["string","null"]},"InstanceLifeCycleList":{"type":["array","null"],"items":{"$ref":"#/components/schemas/InstanceLifeCycleVO"}},"LatestLog":{"oneOf":[{"$ref":"#/components/schemas/InstanceLogVO"},{"type":"null"}]}}};
const schema30 = {"type":"object","properties":{"TypeDesc":{"type":["string","null"]},"TypeId":{"type":["integer","null"]},"TypeSort":{"type":["string","null"]}}};
const schema17 = {"type":["string","null"],"pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"};
const schema15 = {"type":["integer","null"],"minimum":0};
const schema16 = {"type":["string","null"]};
const pattern0 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$", "u");
const schema38 = {"type":"object","properties":{"InstanceKey":{"type":["string","null"]},"InstanceState":{"$ref":"#/components/schemas/InstanceState"},"LifeRoundNum":{"type":["integer","null"],"minimum":0},"RunType":{"$ref":"#/components/schemas/RunType"},"Tries":{"type":["integer","null"],"minimum":0},"LifeCycleDetailList":{"type":["array","null"],"items":{"$ref":"#/components/schemas/InstanceLifeDetailDto"}},"CodeFileName":{"type":["string","null"]},"ExecutionJobId":{"type":["string","null"]},"BrokerIp":{"type":["string","null"]},"OriginFileName":{"type":["string","null"]},"LogType":{"type":["string","null"]},"CostTime":{"type":["string","null"]}}};
const schema41 = {"type":"object","properties":{"State":{"type":["string","null"]},"StartTime":{"$ref":"#/components/schemas/WedataTime"},"DetailState":{"type":["string","null"]},"EndTime":{"$ref":"#/components/schemas/WedataTime"}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.State !== undefined){
let data0 = data.State;
const _errs1 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate23.errors = [{instancePath:instancePath+"/State",schemaPath:"#/properties/State/type",keyword:"type",params:{type: schema41.properties.State.type}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.StartTime !== undefined){
let data1 = data.StartTime;
const _errs3 = errors;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate23.errors = [{instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema17.type}}];
return false;
}
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
validate23.errors = [{instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DetailState !== undefined){
let data2 = data.DetailState;
const _errs6 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate23.errors = [{instancePath:instancePath+"/DetailState",schemaPath:"#/properties/DetailState/type",keyword:"type",params:{type: schema41.properties.DetailState.type}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.EndTime !== undefined){
let data3 = data.EndTime;
const _errs8 = errors;
const _errs9 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate23.errors = [{instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema17.type}}];
return false;
}
if(errors === _errs9){
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
validate23.errors = [{instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.InstanceKey !== undefined){
let data0 = data.InstanceKey;
const _errs1 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate22.errors = [{instancePath:instancePath+"/InstanceKey",schemaPath:"#/properties/InstanceKey/type",keyword:"type",params:{type: schema38.properties.InstanceKey.type}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InstanceState !== undefined){
let data1 = data.InstanceState;
const _errs3 = errors;
const _errs4 = errors;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (data1 !== null)){
validate22.errors = [{instancePath:instancePath+"/InstanceState",schemaPath:"#/components/schemas/InstanceState/type",keyword:"type",params:{type: schema15.type}}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate22.errors = [{instancePath:instancePath+"/InstanceState",schemaPath:"#/components/schemas/InstanceState/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.LifeRoundNum !== undefined){
let data2 = data.LifeRoundNum;
const _errs6 = errors;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (data2 !== null)){
validate22.errors = [{instancePath:instancePath+"/LifeRoundNum",schemaPath:"#/properties/LifeRoundNum/type",keyword:"type",params:{type: schema38.properties.LifeRoundNum.type}}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate22.errors = [{instancePath:instancePath+"/LifeRoundNum",schemaPath:"#/properties/LifeRoundNum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.RunType !== undefined){
let data3 = data.RunType;
const _errs8 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate22.errors = [{instancePath:instancePath+"/RunType",schemaPath:"#/components/schemas/RunType/type",keyword:"type",params:{type: schema16.type}}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Tries !== undefined){
let data4 = data.Tries;
const _errs11 = errors;
if((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (data4 !== null)){
validate22.errors = [{instancePath:instancePath+"/Tries",schemaPath:"#/properties/Tries/type",keyword:"type",params:{type: schema38.properties.Tries.type}}];
return false;
}
if(errors === _errs11){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
validate22.errors = [{instancePath:instancePath+"/Tries",schemaPath:"#/properties/Tries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.LifeCycleDetailList !== undefined){
let data5 = data.LifeCycleDetailList;
const _errs13 = errors;
if((!(Array.isArray(data5))) && (data5 !== null)){
validate22.errors = [{instancePath:instancePath+"/LifeCycleDetailList",schemaPath:"#/properties/LifeCycleDetailList/type",keyword:"type",params:{type: schema38.properties.LifeCycleDetailList.type}}];
return false;
}
if(errors === _errs13){
if(Array.isArray(data5)){
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs15 = errors;
if(!(validate23(data5[i0], {instancePath:instancePath+"/LifeCycleDetailList/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid3 = _errs15 === errors;
if(!valid3){
break;
}
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CodeFileName !== undefined){
let data7 = data.CodeFileName;
const _errs16 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate22.errors = [{instancePath:instancePath+"/CodeFileName",schemaPath:"#/properties/CodeFileName/type",keyword:"type",params:{type: schema38.properties.CodeFileName.type}}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ExecutionJobId !== undefined){
let data8 = data.ExecutionJobId;
const _errs18 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate22.errors = [{instancePath:instancePath+"/ExecutionJobId",schemaPath:"#/properties/ExecutionJobId/type",keyword:"type",params:{type: schema38.properties.ExecutionJobId.type}}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.BrokerIp !== undefined){
let data9 = data.BrokerIp;
const _errs20 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate22.errors = [{instancePath:instancePath+"/BrokerIp",schemaPath:"#/properties/BrokerIp/type",keyword:"type",params:{type: schema38.properties.BrokerIp.type}}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.OriginFileName !== undefined){
let data10 = data.OriginFileName;
const _errs22 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate22.errors = [{instancePath:instancePath+"/OriginFileName",schemaPath:"#/properties/OriginFileName/type",keyword:"type",params:{type: schema38.properties.OriginFileName.type}}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.LogType !== undefined){
let data11 = data.LogType;
const _errs24 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate22.errors = [{instancePath:instancePath+"/LogType",schemaPath:"#/properties/LogType/type",keyword:"type",params:{type: schema38.properties.LogType.type}}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CostTime !== undefined){
let data12 = data.CostTime;
const _errs26 = errors;
if((typeof data12 !== "string") && (data12 !== null)){
validate22.errors = [{instancePath:instancePath+"/CostTime",schemaPath:"#/properties/CostTime/type",keyword:"type",params:{type: schema38.properties.CostTime.type}}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}

const schema14 = {"type":"object","properties":{"InstanceKey":{"type":["string","null"]},"ProjectId":{"type":["string","null"]},"InstanceState":{"$ref":"#/components/schemas/InstanceState"},"RunType":{"$ref":"#/components/schemas/RunType"},"StartTime":{"$ref":"#/components/schemas/WedataTime"},"EndTime":{"$ref":"#/components/schemas/WedataTime"},"CodeInfo":{"type":["string","null"]},"CodeFileSize":{"type":["string","null"]},"BrokerIp":{"type":["string","null"]},"LogInfo":{"type":["string","null"]},"LogFileSize":{"type":["string","null"]},"LineCount":{"type":["integer","null"],"minimum":0},"ExtInfo":{"type":["string","null"]},"IsEnd":{"type":["boolean","null"]}}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.InstanceKey !== undefined){
let data0 = data.InstanceKey;
const _errs1 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate13.errors = [{instancePath:instancePath+"/InstanceKey",schemaPath:"#/properties/InstanceKey/type",keyword:"type",params:{type: schema14.properties.InstanceKey.type}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ProjectId !== undefined){
let data1 = data.ProjectId;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate13.errors = [{instancePath:instancePath+"/ProjectId",schemaPath:"#/properties/ProjectId/type",keyword:"type",params:{type: schema14.properties.ProjectId.type}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InstanceState !== undefined){
let data2 = data.InstanceState;
const _errs5 = errors;
const _errs6 = errors;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (data2 !== null)){
validate13.errors = [{instancePath:instancePath+"/InstanceState",schemaPath:"#/components/schemas/InstanceState/type",keyword:"type",params:{type: schema15.type}}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate13.errors = [{instancePath:instancePath+"/InstanceState",schemaPath:"#/components/schemas/InstanceState/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.RunType !== undefined){
let data3 = data.RunType;
const _errs8 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate13.errors = [{instancePath:instancePath+"/RunType",schemaPath:"#/components/schemas/RunType/type",keyword:"type",params:{type: schema16.type}}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.StartTime !== undefined){
let data4 = data.StartTime;
const _errs11 = errors;
const _errs12 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate13.errors = [{instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema17.type}}];
return false;
}
if(errors === _errs12){
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
validate13.errors = [{instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.EndTime !== undefined){
let data5 = data.EndTime;
const _errs14 = errors;
const _errs15 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate13.errors = [{instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema17.type}}];
return false;
}
if(errors === _errs15){
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
validate13.errors = [{instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CodeInfo !== undefined){
let data6 = data.CodeInfo;
const _errs17 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate13.errors = [{instancePath:instancePath+"/CodeInfo",schemaPath:"#/properties/CodeInfo/type",keyword:"type",params:{type: schema14.properties.CodeInfo.type}}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CodeFileSize !== undefined){
let data7 = data.CodeFileSize;
const _errs19 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate13.errors = [{instancePath:instancePath+"/CodeFileSize",schemaPath:"#/properties/CodeFileSize/type",keyword:"type",params:{type: schema14.properties.CodeFileSize.type}}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.BrokerIp !== undefined){
let data8 = data.BrokerIp;
const _errs21 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate13.errors = [{instancePath:instancePath+"/BrokerIp",schemaPath:"#/properties/BrokerIp/type",keyword:"type",params:{type: schema14.properties.BrokerIp.type}}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.LogInfo !== undefined){
let data9 = data.LogInfo;
const _errs23 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate13.errors = [{instancePath:instancePath+"/LogInfo",schemaPath:"#/properties/LogInfo/type",keyword:"type",params:{type: schema14.properties.LogInfo.type}}];
return false;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.LogFileSize !== undefined){
let data10 = data.LogFileSize;
const _errs25 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate13.errors = [{instancePath:instancePath+"/LogFileSize",schemaPath:"#/properties/LogFileSize/type",keyword:"type",params:{type: schema14.properties.LogFileSize.type}}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.LineCount !== undefined){
let data11 = data.LineCount;
const _errs27 = errors;
if((!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) && (data11 !== null)){
validate13.errors = [{instancePath:instancePath+"/LineCount",schemaPath:"#/properties/LineCount/type",keyword:"type",params:{type: schema14.properties.LineCount.type}}];
return false;
}
if(errors === _errs27){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
validate13.errors = [{instancePath:instancePath+"/LineCount",schemaPath:"#/properties/LineCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ExtInfo !== undefined){
let data12 = data.ExtInfo;
const _errs29 = errors;
if((typeof data12 !== "string") && (data12 !== null)){
validate13.errors = [{instancePath:instancePath+"/ExtInfo",schemaPath:"#/properties/ExtInfo/type",keyword:"type",params:{type: schema14.properties.ExtInfo.type}}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.IsEnd !== undefined){
let data13 = data.IsEnd;
const _errs31 = errors;
if((typeof data13 !== "boolean") && (data13 !== null)){
validate13.errors = [{instancePath:instancePath+"/IsEnd",schemaPath:"#/properties/IsEnd/type",keyword:"type",params:{type: schema14.properties.IsEnd.type}}];
return false;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate13.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate13.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.InstanceKey !== undefined){
let data0 = data.InstanceKey;
const _errs1 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate21.errors = [{instancePath:instancePath+"/InstanceKey",schemaPath:"#/properties/InstanceKey/type",keyword:"type",params:{type: schema29.properties.InstanceKey.type}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ProjectId !== undefined){
let data1 = data.ProjectId;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate21.errors = [{instancePath:instancePath+"/ProjectId",schemaPath:"#/properties/ProjectId/type",keyword:"type",params:{type: schema29.properties.ProjectId.type}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.FolderId !== undefined){
let data2 = data.FolderId;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate21.errors = [{instancePath:instancePath+"/FolderId",schemaPath:"#/properties/FolderId/type",keyword:"type",params:{type: schema29.properties.FolderId.type}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.FolderName !== undefined){
let data3 = data.FolderName;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate21.errors = [{instancePath:instancePath+"/FolderName",schemaPath:"#/properties/FolderName/type",keyword:"type",params:{type: schema29.properties.FolderName.type}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.WorkflowId !== undefined){
let data4 = data.WorkflowId;
const _errs9 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate21.errors = [{instancePath:instancePath+"/WorkflowId",schemaPath:"#/properties/WorkflowId/type",keyword:"type",params:{type: schema29.properties.WorkflowId.type}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.WorkflowName !== undefined){
let data5 = data.WorkflowName;
const _errs11 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate21.errors = [{instancePath:instancePath+"/WorkflowName",schemaPath:"#/properties/WorkflowName/type",keyword:"type",params:{type: schema29.properties.WorkflowName.type}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InChargeList !== undefined){
let data6 = data.InChargeList;
const _errs13 = errors;
if((!(Array.isArray(data6))) && (data6 !== null)){
validate21.errors = [{instancePath:instancePath+"/InChargeList",schemaPath:"#/properties/InChargeList/type",keyword:"type",params:{type: schema29.properties.InChargeList.type}}];
return false;
}
if(errors === _errs13){
if(Array.isArray(data6)){
var valid1 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
const _errs15 = errors;
if(typeof data6[i0] !== "string"){
validate21.errors = [{instancePath:instancePath+"/InChargeList/" + i0,schemaPath:"#/properties/InChargeList/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs15 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TaskId !== undefined){
let data8 = data.TaskId;
const _errs17 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate21.errors = [{instancePath:instancePath+"/TaskId",schemaPath:"#/properties/TaskId/type",keyword:"type",params:{type: schema29.properties.TaskId.type}}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TaskName !== undefined){
let data9 = data.TaskName;
const _errs19 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate21.errors = [{instancePath:instancePath+"/TaskName",schemaPath:"#/properties/TaskName/type",keyword:"type",params:{type: schema29.properties.TaskName.type}}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TaskCycleType !== undefined){
let data10 = data.TaskCycleType;
const _errs21 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate21.errors = [{instancePath:instancePath+"/TaskCycleType",schemaPath:"#/properties/TaskCycleType/type",keyword:"type",params:{type: schema29.properties.TaskCycleType.type}}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TaskType !== undefined){
let data11 = data.TaskType;
const _errs23 = errors;
const _errs24 = errors;
let valid2 = false;
let passing0 = null;
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.TypeDesc !== undefined){
let data12 = data11.TypeDesc;
const _errs28 = errors;
if((typeof data12 !== "string") && (data12 !== null)){
const err0 = {instancePath:instancePath+"/TaskType/TypeDesc",schemaPath:"#/components/schemas/TaskTypeOpsDto/properties/TypeDesc/type",keyword:"type",params:{type: schema30.properties.TypeDesc.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid4 = _errs28 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data11.TypeId !== undefined){
let data13 = data11.TypeId;
const _errs30 = errors;
if((!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) && (data13 !== null)){
const err1 = {instancePath:instancePath+"/TaskType/TypeId",schemaPath:"#/components/schemas/TaskTypeOpsDto/properties/TypeId/type",keyword:"type",params:{type: schema30.properties.TypeId.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid4 = _errs30 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data11.TypeSort !== undefined){
let data14 = data11.TypeSort;
const _errs32 = errors;
if((typeof data14 !== "string") && (data14 !== null)){
const err2 = {instancePath:instancePath+"/TaskType/TypeSort",schemaPath:"#/components/schemas/TaskTypeOpsDto/properties/TypeSort/type",keyword:"type",params:{type: schema30.properties.TypeSort.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid4 = _errs32 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
const err3 = {instancePath:instancePath+"/TaskType",schemaPath:"#/components/schemas/TaskTypeOpsDto/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs25 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs34 = errors;
if(data11 !== null){
const err4 = {instancePath:instancePath+"/TaskType",schemaPath:"#/properties/TaskType/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs34 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err5 = {instancePath:instancePath+"/TaskType",schemaPath:"#/properties/TaskType/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate21.errors = vErrors;
return false;
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
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ExecutorGroupId !== undefined){
let data15 = data.ExecutorGroupId;
const _errs36 = errors;
if((typeof data15 !== "string") && (data15 !== null)){
validate21.errors = [{instancePath:instancePath+"/ExecutorGroupId",schemaPath:"#/properties/ExecutorGroupId/type",keyword:"type",params:{type: schema29.properties.ExecutorGroupId.type}}];
return false;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ExecutorGroupName !== undefined){
let data16 = data.ExecutorGroupName;
const _errs38 = errors;
if((typeof data16 !== "string") && (data16 !== null)){
validate21.errors = [{instancePath:instancePath+"/ExecutorGroupName",schemaPath:"#/properties/ExecutorGroupName/type",keyword:"type",params:{type: schema29.properties.ExecutorGroupName.type}}];
return false;
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CurRunDate !== undefined){
let data17 = data.CurRunDate;
const _errs40 = errors;
const _errs41 = errors;
if((typeof data17 !== "string") && (data17 !== null)){
validate21.errors = [{instancePath:instancePath+"/CurRunDate",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema17.type}}];
return false;
}
if(errors === _errs41){
if(typeof data17 === "string"){
if(!pattern0.test(data17)){
validate21.errors = [{instancePath:instancePath+"/CurRunDate",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextCurDate !== undefined){
let data18 = data.NextCurDate;
const _errs43 = errors;
const _errs44 = errors;
if((typeof data18 !== "string") && (data18 !== null)){
validate21.errors = [{instancePath:instancePath+"/NextCurDate",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema17.type}}];
return false;
}
if(errors === _errs44){
if(typeof data18 === "string"){
if(!pattern0.test(data18)){
validate21.errors = [{instancePath:instancePath+"/NextCurDate",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TryLimit !== undefined){
let data19 = data.TryLimit;
const _errs46 = errors;
if((!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))) && (data19 !== null)){
validate21.errors = [{instancePath:instancePath+"/TryLimit",schemaPath:"#/properties/TryLimit/type",keyword:"type",params:{type: schema29.properties.TryLimit.type}}];
return false;
}
if(errors === _errs46){
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
validate21.errors = [{instancePath:instancePath+"/TryLimit",schemaPath:"#/properties/TryLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Tries !== undefined){
let data20 = data.Tries;
const _errs48 = errors;
if((!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))) && (data20 !== null)){
validate21.errors = [{instancePath:instancePath+"/Tries",schemaPath:"#/properties/Tries/type",keyword:"type",params:{type: schema29.properties.Tries.type}}];
return false;
}
if(errors === _errs48){
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
validate21.errors = [{instancePath:instancePath+"/Tries",schemaPath:"#/properties/Tries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs48 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TotalRunNum !== undefined){
let data21 = data.TotalRunNum;
const _errs50 = errors;
if((!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))) && (data21 !== null)){
validate21.errors = [{instancePath:instancePath+"/TotalRunNum",schemaPath:"#/properties/TotalRunNum/type",keyword:"type",params:{type: schema29.properties.TotalRunNum.type}}];
return false;
}
if(errors === _errs50){
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
validate21.errors = [{instancePath:instancePath+"/TotalRunNum",schemaPath:"#/properties/TotalRunNum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs50 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.LifeRoundNum !== undefined){
let data22 = data.LifeRoundNum;
const _errs52 = errors;
if((!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))) && (data22 !== null)){
validate21.errors = [{instancePath:instancePath+"/LifeRoundNum",schemaPath:"#/properties/LifeRoundNum/type",keyword:"type",params:{type: schema29.properties.LifeRoundNum.type}}];
return false;
}
if(errors === _errs52){
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
validate21.errors = [{instancePath:instancePath+"/LifeRoundNum",schemaPath:"#/properties/LifeRoundNum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InstanceType !== undefined){
let data23 = data.InstanceType;
const _errs54 = errors;
if((!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) && (data23 !== null)){
validate21.errors = [{instancePath:instancePath+"/InstanceType",schemaPath:"#/properties/InstanceType/type",keyword:"type",params:{type: schema29.properties.InstanceType.type}}];
return false;
}
var valid0 = _errs54 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InstanceState !== undefined){
let data24 = data.InstanceState;
const _errs56 = errors;
const _errs57 = errors;
if((!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) && (data24 !== null)){
validate21.errors = [{instancePath:instancePath+"/InstanceState",schemaPath:"#/components/schemas/InstanceState/type",keyword:"type",params:{type: schema15.type}}];
return false;
}
if(errors === _errs57){
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
validate21.errors = [{instancePath:instancePath+"/InstanceState",schemaPath:"#/components/schemas/InstanceState/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs56 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.SchedulerTime !== undefined){
let data25 = data.SchedulerTime;
const _errs59 = errors;
const _errs60 = errors;
if((typeof data25 !== "string") && (data25 !== null)){
validate21.errors = [{instancePath:instancePath+"/SchedulerTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema17.type}}];
return false;
}
if(errors === _errs60){
if(typeof data25 === "string"){
if(!pattern0.test(data25)){
validate21.errors = [{instancePath:instancePath+"/SchedulerTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs59 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.StartTime !== undefined){
let data26 = data.StartTime;
const _errs62 = errors;
const _errs63 = errors;
if((typeof data26 !== "string") && (data26 !== null)){
validate21.errors = [{instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema17.type}}];
return false;
}
if(errors === _errs63){
if(typeof data26 === "string"){
if(!pattern0.test(data26)){
validate21.errors = [{instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs62 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.EndTime !== undefined){
let data27 = data.EndTime;
const _errs65 = errors;
const _errs66 = errors;
if((typeof data27 !== "string") && (data27 !== null)){
validate21.errors = [{instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema17.type}}];
return false;
}
if(errors === _errs66){
if(typeof data27 === "string"){
if(!pattern0.test(data27)){
validate21.errors = [{instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs65 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CostTime !== undefined){
let data28 = data.CostTime;
const _errs68 = errors;
if((typeof data28 !== "string") && (data28 !== null)){
validate21.errors = [{instancePath:instancePath+"/CostTime",schemaPath:"#/properties/CostTime/type",keyword:"type",params:{type: schema29.properties.CostTime.type}}];
return false;
}
var valid0 = _errs68 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InstanceRunType !== undefined){
let data29 = data.InstanceRunType;
const _errs70 = errors;
if((typeof data29 !== "string") && (data29 !== null)){
validate21.errors = [{instancePath:instancePath+"/InstanceRunType",schemaPath:"#/components/schemas/RunType/type",keyword:"type",params:{type: schema16.type}}];
return false;
}
var valid0 = _errs70 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ExecutionJobId !== undefined){
let data30 = data.ExecutionJobId;
const _errs73 = errors;
if((typeof data30 !== "string") && (data30 !== null)){
validate21.errors = [{instancePath:instancePath+"/ExecutionJobId",schemaPath:"#/properties/ExecutionJobId/type",keyword:"type",params:{type: schema29.properties.ExecutionJobId.type}}];
return false;
}
var valid0 = _errs73 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InstanceLifeCycleList !== undefined){
let data31 = data.InstanceLifeCycleList;
const _errs75 = errors;
if((!(Array.isArray(data31))) && (data31 !== null)){
validate21.errors = [{instancePath:instancePath+"/InstanceLifeCycleList",schemaPath:"#/properties/InstanceLifeCycleList/type",keyword:"type",params:{type: schema29.properties.InstanceLifeCycleList.type}}];
return false;
}
if(errors === _errs75){
if(Array.isArray(data31)){
var valid12 = true;
const len1 = data31.length;
for(let i1=0; i1<len1; i1++){
const _errs77 = errors;
if(!(validate22(data31[i1], {instancePath:instancePath+"/InstanceLifeCycleList/" + i1,parentData:data31,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid12 = _errs77 === errors;
if(!valid12){
break;
}
}
}
}
var valid0 = _errs75 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.LatestLog !== undefined){
let data33 = data.LatestLog;
const _errs78 = errors;
const _errs79 = errors;
let valid13 = false;
let passing1 = null;
const _errs80 = errors;
if(!(validate13(data33, {instancePath:instancePath+"/LatestLog",parentData:data,parentDataProperty:"LatestLog",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var _valid1 = _errs80 === errors;
if(_valid1){
valid13 = true;
passing1 = 0;
}
const _errs81 = errors;
if(data33 !== null){
const err6 = {instancePath:instancePath+"/LatestLog",schemaPath:"#/properties/LatestLog/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs81 === errors;
if(_valid1 && valid13){
valid13 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid13 = true;
passing1 = 1;
}
}
if(!valid13){
const err7 = {instancePath:instancePath+"/LatestLog",schemaPath:"#/properties/LatestLog/oneOf",keyword:"oneOf",params:{passingSchemas: passing1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate21.errors = vErrors;
return false;
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
var valid0 = _errs78 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.RequestId === undefined) && (missing0 = "RequestId")){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.Error !== undefined){
var valid0 = false;
validate20.errors = [{instancePath:instancePath+"/Error",schemaPath:"#/properties/Error/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Data !== undefined){
let data1 = data.Data;
const _errs1 = errors;
const _errs2 = errors;
let valid1 = false;
let passing0 = null;
const _errs3 = errors;
if(!(validate21(data1, {instancePath:instancePath+"/Data",parentData:data,parentDataProperty:"Data",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data1 !== null){
const err0 = {instancePath:instancePath+"/Data",schemaPath:"#/properties/Data/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
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
const err1 = {instancePath:instancePath+"/Data",schemaPath:"#/properties/Data/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate20.errors = vErrors;
return false;
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
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.RequestId !== undefined){
const _errs6 = errors;
if(typeof data.RequestId !== "string"){
validate20.errors = [{instancePath:instancePath+"/RequestId",schemaPath:"#/components/schemas/RequestId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}

const schema20 = {"type":"object","required":["Error","RequestId"],"properties":{"Error":{"type":"object","required":["Code","Message"],"properties":{"Code":{"type":"string"},"Message":{"type":"string"}}},"RequestId":{"$ref":"#/components/schemas/RequestId"}}};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.Error === undefined) && (missing0 = "Error")) || ((data.RequestId === undefined) && (missing0 = "RequestId"))){
validate16.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.Error !== undefined){
let data0 = data.Error;
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if(((data0.Code === undefined) && (missing1 = "Code")) || ((data0.Message === undefined) && (missing1 = "Message"))){
validate16.errors = [{instancePath:instancePath+"/Error",schemaPath:"#/properties/Error/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data0.Code !== undefined){
const _errs3 = errors;
if(typeof data0.Code !== "string"){
validate16.errors = [{instancePath:instancePath+"/Error/Code",schemaPath:"#/properties/Error/properties/Code/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.Message !== undefined){
const _errs5 = errors;
if(typeof data0.Message !== "string"){
validate16.errors = [{instancePath:instancePath+"/Error/Message",schemaPath:"#/properties/Error/properties/Message/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/Error",schemaPath:"#/properties/Error/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.RequestId !== undefined){
const _errs7 = errors;
if(typeof data.RequestId !== "string"){
validate16.errors = [{instancePath:instancePath+"/RequestId",schemaPath:"#/components/schemas/RequestId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}


function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Response === undefined) && (missing0 = "Response")){
validate19.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "Response")){
validate19.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.Response !== undefined){
let data0 = data.Response;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(!(validate20(data0, {instancePath:instancePath+"/Response",parentData:data,parentDataProperty:"Response",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs5 = errors;
if(!(validate16(data0, {instancePath:instancePath+"/Response",parentData:data,parentDataProperty:"Response",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err0 = {instancePath:instancePath+"/Response",schemaPath:"#/properties/Response/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate19.errors = vErrors;
return false;
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
}
}
else {
validate19.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate19.errors = vErrors;
return errors === 0;
}

export const validateInstanceDetailVO = validate30;

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.InstanceKey !== undefined){
let data0 = data.InstanceKey;
const _errs1 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate30.errors = [{instancePath:instancePath+"/InstanceKey",schemaPath:"#/properties/InstanceKey/type",keyword:"type",params:{type: schema29.properties.InstanceKey.type}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ProjectId !== undefined){
let data1 = data.ProjectId;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate30.errors = [{instancePath:instancePath+"/ProjectId",schemaPath:"#/properties/ProjectId/type",keyword:"type",params:{type: schema29.properties.ProjectId.type}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.FolderId !== undefined){
let data2 = data.FolderId;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate30.errors = [{instancePath:instancePath+"/FolderId",schemaPath:"#/properties/FolderId/type",keyword:"type",params:{type: schema29.properties.FolderId.type}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.FolderName !== undefined){
let data3 = data.FolderName;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate30.errors = [{instancePath:instancePath+"/FolderName",schemaPath:"#/properties/FolderName/type",keyword:"type",params:{type: schema29.properties.FolderName.type}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.WorkflowId !== undefined){
let data4 = data.WorkflowId;
const _errs9 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate30.errors = [{instancePath:instancePath+"/WorkflowId",schemaPath:"#/properties/WorkflowId/type",keyword:"type",params:{type: schema29.properties.WorkflowId.type}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.WorkflowName !== undefined){
let data5 = data.WorkflowName;
const _errs11 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate30.errors = [{instancePath:instancePath+"/WorkflowName",schemaPath:"#/properties/WorkflowName/type",keyword:"type",params:{type: schema29.properties.WorkflowName.type}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InChargeList !== undefined){
let data6 = data.InChargeList;
const _errs13 = errors;
if((!(Array.isArray(data6))) && (data6 !== null)){
validate30.errors = [{instancePath:instancePath+"/InChargeList",schemaPath:"#/properties/InChargeList/type",keyword:"type",params:{type: schema29.properties.InChargeList.type}}];
return false;
}
if(errors === _errs13){
if(Array.isArray(data6)){
var valid1 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
const _errs15 = errors;
if(typeof data6[i0] !== "string"){
validate30.errors = [{instancePath:instancePath+"/InChargeList/" + i0,schemaPath:"#/properties/InChargeList/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs15 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TaskId !== undefined){
let data8 = data.TaskId;
const _errs17 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate30.errors = [{instancePath:instancePath+"/TaskId",schemaPath:"#/properties/TaskId/type",keyword:"type",params:{type: schema29.properties.TaskId.type}}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TaskName !== undefined){
let data9 = data.TaskName;
const _errs19 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate30.errors = [{instancePath:instancePath+"/TaskName",schemaPath:"#/properties/TaskName/type",keyword:"type",params:{type: schema29.properties.TaskName.type}}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TaskCycleType !== undefined){
let data10 = data.TaskCycleType;
const _errs21 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate30.errors = [{instancePath:instancePath+"/TaskCycleType",schemaPath:"#/properties/TaskCycleType/type",keyword:"type",params:{type: schema29.properties.TaskCycleType.type}}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TaskType !== undefined){
let data11 = data.TaskType;
const _errs23 = errors;
const _errs24 = errors;
let valid2 = false;
let passing0 = null;
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.TypeDesc !== undefined){
let data12 = data11.TypeDesc;
const _errs28 = errors;
if((typeof data12 !== "string") && (data12 !== null)){
const err0 = {instancePath:instancePath+"/TaskType/TypeDesc",schemaPath:"#/components/schemas/TaskTypeOpsDto/properties/TypeDesc/type",keyword:"type",params:{type: schema30.properties.TypeDesc.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid4 = _errs28 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data11.TypeId !== undefined){
let data13 = data11.TypeId;
const _errs30 = errors;
if((!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) && (data13 !== null)){
const err1 = {instancePath:instancePath+"/TaskType/TypeId",schemaPath:"#/components/schemas/TaskTypeOpsDto/properties/TypeId/type",keyword:"type",params:{type: schema30.properties.TypeId.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid4 = _errs30 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data11.TypeSort !== undefined){
let data14 = data11.TypeSort;
const _errs32 = errors;
if((typeof data14 !== "string") && (data14 !== null)){
const err2 = {instancePath:instancePath+"/TaskType/TypeSort",schemaPath:"#/components/schemas/TaskTypeOpsDto/properties/TypeSort/type",keyword:"type",params:{type: schema30.properties.TypeSort.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid4 = _errs32 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
const err3 = {instancePath:instancePath+"/TaskType",schemaPath:"#/components/schemas/TaskTypeOpsDto/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs25 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs34 = errors;
if(data11 !== null){
const err4 = {instancePath:instancePath+"/TaskType",schemaPath:"#/properties/TaskType/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs34 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err5 = {instancePath:instancePath+"/TaskType",schemaPath:"#/properties/TaskType/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate30.errors = vErrors;
return false;
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
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ExecutorGroupId !== undefined){
let data15 = data.ExecutorGroupId;
const _errs36 = errors;
if((typeof data15 !== "string") && (data15 !== null)){
validate30.errors = [{instancePath:instancePath+"/ExecutorGroupId",schemaPath:"#/properties/ExecutorGroupId/type",keyword:"type",params:{type: schema29.properties.ExecutorGroupId.type}}];
return false;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ExecutorGroupName !== undefined){
let data16 = data.ExecutorGroupName;
const _errs38 = errors;
if((typeof data16 !== "string") && (data16 !== null)){
validate30.errors = [{instancePath:instancePath+"/ExecutorGroupName",schemaPath:"#/properties/ExecutorGroupName/type",keyword:"type",params:{type: schema29.properties.ExecutorGroupName.type}}];
return false;
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CurRunDate !== undefined){
let data17 = data.CurRunDate;
const _errs40 = errors;
const _errs41 = errors;
if((typeof data17 !== "string") && (data17 !== null)){
validate30.errors = [{instancePath:instancePath+"/CurRunDate",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema17.type}}];
return false;
}
if(errors === _errs41){
if(typeof data17 === "string"){
if(!pattern0.test(data17)){
validate30.errors = [{instancePath:instancePath+"/CurRunDate",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.NextCurDate !== undefined){
let data18 = data.NextCurDate;
const _errs43 = errors;
const _errs44 = errors;
if((typeof data18 !== "string") && (data18 !== null)){
validate30.errors = [{instancePath:instancePath+"/NextCurDate",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema17.type}}];
return false;
}
if(errors === _errs44){
if(typeof data18 === "string"){
if(!pattern0.test(data18)){
validate30.errors = [{instancePath:instancePath+"/NextCurDate",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TryLimit !== undefined){
let data19 = data.TryLimit;
const _errs46 = errors;
if((!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))) && (data19 !== null)){
validate30.errors = [{instancePath:instancePath+"/TryLimit",schemaPath:"#/properties/TryLimit/type",keyword:"type",params:{type: schema29.properties.TryLimit.type}}];
return false;
}
if(errors === _errs46){
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
validate30.errors = [{instancePath:instancePath+"/TryLimit",schemaPath:"#/properties/TryLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Tries !== undefined){
let data20 = data.Tries;
const _errs48 = errors;
if((!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))) && (data20 !== null)){
validate30.errors = [{instancePath:instancePath+"/Tries",schemaPath:"#/properties/Tries/type",keyword:"type",params:{type: schema29.properties.Tries.type}}];
return false;
}
if(errors === _errs48){
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
validate30.errors = [{instancePath:instancePath+"/Tries",schemaPath:"#/properties/Tries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs48 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TotalRunNum !== undefined){
let data21 = data.TotalRunNum;
const _errs50 = errors;
if((!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))) && (data21 !== null)){
validate30.errors = [{instancePath:instancePath+"/TotalRunNum",schemaPath:"#/properties/TotalRunNum/type",keyword:"type",params:{type: schema29.properties.TotalRunNum.type}}];
return false;
}
if(errors === _errs50){
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
validate30.errors = [{instancePath:instancePath+"/TotalRunNum",schemaPath:"#/properties/TotalRunNum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs50 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.LifeRoundNum !== undefined){
let data22 = data.LifeRoundNum;
const _errs52 = errors;
if((!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))) && (data22 !== null)){
validate30.errors = [{instancePath:instancePath+"/LifeRoundNum",schemaPath:"#/properties/LifeRoundNum/type",keyword:"type",params:{type: schema29.properties.LifeRoundNum.type}}];
return false;
}
if(errors === _errs52){
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
validate30.errors = [{instancePath:instancePath+"/LifeRoundNum",schemaPath:"#/properties/LifeRoundNum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InstanceType !== undefined){
let data23 = data.InstanceType;
const _errs54 = errors;
if((!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) && (data23 !== null)){
validate30.errors = [{instancePath:instancePath+"/InstanceType",schemaPath:"#/properties/InstanceType/type",keyword:"type",params:{type: schema29.properties.InstanceType.type}}];
return false;
}
var valid0 = _errs54 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InstanceState !== undefined){
let data24 = data.InstanceState;
const _errs56 = errors;
const _errs57 = errors;
if((!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) && (data24 !== null)){
validate30.errors = [{instancePath:instancePath+"/InstanceState",schemaPath:"#/components/schemas/InstanceState/type",keyword:"type",params:{type: schema15.type}}];
return false;
}
if(errors === _errs57){
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
validate30.errors = [{instancePath:instancePath+"/InstanceState",schemaPath:"#/components/schemas/InstanceState/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs56 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.SchedulerTime !== undefined){
let data25 = data.SchedulerTime;
const _errs59 = errors;
const _errs60 = errors;
if((typeof data25 !== "string") && (data25 !== null)){
validate30.errors = [{instancePath:instancePath+"/SchedulerTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema17.type}}];
return false;
}
if(errors === _errs60){
if(typeof data25 === "string"){
if(!pattern0.test(data25)){
validate30.errors = [{instancePath:instancePath+"/SchedulerTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs59 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.StartTime !== undefined){
let data26 = data.StartTime;
const _errs62 = errors;
const _errs63 = errors;
if((typeof data26 !== "string") && (data26 !== null)){
validate30.errors = [{instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema17.type}}];
return false;
}
if(errors === _errs63){
if(typeof data26 === "string"){
if(!pattern0.test(data26)){
validate30.errors = [{instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs62 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.EndTime !== undefined){
let data27 = data.EndTime;
const _errs65 = errors;
const _errs66 = errors;
if((typeof data27 !== "string") && (data27 !== null)){
validate30.errors = [{instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema17.type}}];
return false;
}
if(errors === _errs66){
if(typeof data27 === "string"){
if(!pattern0.test(data27)){
validate30.errors = [{instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs65 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CostTime !== undefined){
let data28 = data.CostTime;
const _errs68 = errors;
if((typeof data28 !== "string") && (data28 !== null)){
validate30.errors = [{instancePath:instancePath+"/CostTime",schemaPath:"#/properties/CostTime/type",keyword:"type",params:{type: schema29.properties.CostTime.type}}];
return false;
}
var valid0 = _errs68 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InstanceRunType !== undefined){
let data29 = data.InstanceRunType;
const _errs70 = errors;
if((typeof data29 !== "string") && (data29 !== null)){
validate30.errors = [{instancePath:instancePath+"/InstanceRunType",schemaPath:"#/components/schemas/RunType/type",keyword:"type",params:{type: schema16.type}}];
return false;
}
var valid0 = _errs70 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ExecutionJobId !== undefined){
let data30 = data.ExecutionJobId;
const _errs73 = errors;
if((typeof data30 !== "string") && (data30 !== null)){
validate30.errors = [{instancePath:instancePath+"/ExecutionJobId",schemaPath:"#/properties/ExecutionJobId/type",keyword:"type",params:{type: schema29.properties.ExecutionJobId.type}}];
return false;
}
var valid0 = _errs73 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InstanceLifeCycleList !== undefined){
let data31 = data.InstanceLifeCycleList;
const _errs75 = errors;
if((!(Array.isArray(data31))) && (data31 !== null)){
validate30.errors = [{instancePath:instancePath+"/InstanceLifeCycleList",schemaPath:"#/properties/InstanceLifeCycleList/type",keyword:"type",params:{type: schema29.properties.InstanceLifeCycleList.type}}];
return false;
}
if(errors === _errs75){
if(Array.isArray(data31)){
var valid12 = true;
const len1 = data31.length;
for(let i1=0; i1<len1; i1++){
const _errs77 = errors;
if(!(validate22(data31[i1], {instancePath:instancePath+"/InstanceLifeCycleList/" + i1,parentData:data31,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid12 = _errs77 === errors;
if(!valid12){
break;
}
}
}
}
var valid0 = _errs75 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.LatestLog !== undefined){
let data33 = data.LatestLog;
const _errs78 = errors;
const _errs79 = errors;
let valid13 = false;
let passing1 = null;
const _errs80 = errors;
if(!(validate13(data33, {instancePath:instancePath+"/LatestLog",parentData:data,parentDataProperty:"LatestLog",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var _valid1 = _errs80 === errors;
if(_valid1){
valid13 = true;
passing1 = 0;
}
const _errs81 = errors;
if(data33 !== null){
const err6 = {instancePath:instancePath+"/LatestLog",schemaPath:"#/properties/LatestLog/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs81 === errors;
if(_valid1 && valid13){
valid13 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid13 = true;
passing1 = 1;
}
}
if(!valid13){
const err7 = {instancePath:instancePath+"/LatestLog",schemaPath:"#/properties/LatestLog/oneOf",keyword:"oneOf",params:{passingSchemas: passing1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate30.errors = vErrors;
return false;
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
var valid0 = _errs78 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}

