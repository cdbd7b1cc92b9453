// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
"use strict";
export const validateListInstancesResponseBody = validate33;
const schema54 = {"type":"object","additionalProperties":false,"required":["Response"],"properties":{"Response":{"anyOf":[{"$ref":"#/components/schemas/ListInstancesResponse"},{"$ref":"#/components/schemas/TencentCloudErrorResponse"}]}}};
const schema55 = {"type":"object","required":["RequestId"],"properties":{"Error":false,"Data":{"$ref":"#/components/schemas/InstancePageVO"},"RequestId":{"$ref":"#/components/schemas/RequestId"}}};
const schema19 = {"type":"string"};
const schema56 = {"type":"object","properties":{"TotalCount":{"type":["integer","null"],"minimum":0},"TotalPage":{"type":["integer","null"],"minimum":0},"PageNumber":{"type":["integer","null"],"minimum":0},"PageSize":{"type":["integer","null"],"minimum":0},"PageCount":{"type":["integer","null"],"minimum":0},"Items":{"type":["array","null"],"items":{"$ref":"#/components/schemas/InstanceVO"}}}};
const schema57 = {"type":"object","properties":{"InstanceKey":{"type":["string","null"]},"ProjectId":{"type":["string","null"]},"FolderId":{"type":["string","null"]},"FolderName":{"type":["string","null"]},"WorkflowId":{"type":["string","null"]},"WorkflowName":{"type":["string","null"]},"InChargeList":{"type":["array","null"],"items":{"type":"string"}},"TaskId":{"type":["string","null"]},"TaskName":{"type":["string","null"]},"TaskType":{"oneOf":[{"$ref":"#/components/schemas/TaskTypeOpsDto"},{"type":"null"}]},"TaskCycleType":{"type":["string","null"]},"CurRunDate":{"$ref":"#/components/schemas/WedataTime"},"TryLimit":{"type":["integer","null"],"minimum":0},"Tries":{"type":["integer","null"],"minimum":0},"TotalRunNum":{"type":["integer","null"],"minimum":0},"InstanceType":{"type":["integer","null"]},"InstanceState":{"$ref":"#/components/schemas/InstanceState"},"StartTime":{"$ref":"#/components/schemas/WedataTime"},"EndTime":{"$ref":"#/components/schemas/WedataTime"},"CostTime":{"type":["string","null"]},"SchedulerTime":{"$ref":"#/components/schemas/WedataTime"},"LastUpdateTime":{"$ref":"#/components/schemas/WedataTime"},"ExecutorGroupId":{"type":["string","null"]},"ExecutorGroupName":{"type":["string","null"]},"JobErrorMsg":{"type":["string","null"]}}};
const schema30 = {"type":"object","properties":{"TypeDesc":{"type":["string","null"]},"TypeId":{"type":["integer","null"]},"TypeSort":{"type":["string","null"]}}};
const schema17 = {"type":["string","null"],"pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"};
const schema15 = {"type":["integer","null"],"minimum":0};
const pattern0 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$", "u");

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.InstanceKey !== undefined){
let data0 = data.InstanceKey;
const _errs1 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate36.errors = [{instancePath:instancePath+"/InstanceKey",schemaPath:"#/properties/InstanceKey/type",keyword:"type",params:{type: schema57.properties.InstanceKey.type}}];
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
validate36.errors = [{instancePath:instancePath+"/ProjectId",schemaPath:"#/properties/ProjectId/type",keyword:"type",params:{type: schema57.properties.ProjectId.type}}];
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
validate36.errors = [{instancePath:instancePath+"/FolderId",schemaPath:"#/properties/FolderId/type",keyword:"type",params:{type: schema57.properties.FolderId.type}}];
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
validate36.errors = [{instancePath:instancePath+"/FolderName",schemaPath:"#/properties/FolderName/type",keyword:"type",params:{type: schema57.properties.FolderName.type}}];
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
validate36.errors = [{instancePath:instancePath+"/WorkflowId",schemaPath:"#/properties/WorkflowId/type",keyword:"type",params:{type: schema57.properties.WorkflowId.type}}];
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
validate36.errors = [{instancePath:instancePath+"/WorkflowName",schemaPath:"#/properties/WorkflowName/type",keyword:"type",params:{type: schema57.properties.WorkflowName.type}}];
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
validate36.errors = [{instancePath:instancePath+"/InChargeList",schemaPath:"#/properties/InChargeList/type",keyword:"type",params:{type: schema57.properties.InChargeList.type}}];
return false;
}
if(errors === _errs13){
if(Array.isArray(data6)){
var valid1 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
const _errs15 = errors;
if(typeof data6[i0] !== "string"){
validate36.errors = [{instancePath:instancePath+"/InChargeList/" + i0,schemaPath:"#/properties/InChargeList/items/type",keyword:"type",params:{type: "string"}}];
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
validate36.errors = [{instancePath:instancePath+"/TaskId",schemaPath:"#/properties/TaskId/type",keyword:"type",params:{type: schema57.properties.TaskId.type}}];
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
validate36.errors = [{instancePath:instancePath+"/TaskName",schemaPath:"#/properties/TaskName/type",keyword:"type",params:{type: schema57.properties.TaskName.type}}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TaskType !== undefined){
let data10 = data.TaskType;
const _errs21 = errors;
const _errs22 = errors;
let valid2 = false;
let passing0 = null;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.TypeDesc !== undefined){
let data11 = data10.TypeDesc;
const _errs26 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
const err0 = {instancePath:instancePath+"/TaskType/TypeDesc",schemaPath:"#/components/schemas/TaskTypeOpsDto/properties/TypeDesc/type",keyword:"type",params:{type: schema30.properties.TypeDesc.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data10.TypeId !== undefined){
let data12 = data10.TypeId;
const _errs28 = errors;
if((!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) && (data12 !== null)){
const err1 = {instancePath:instancePath+"/TaskType/TypeId",schemaPath:"#/components/schemas/TaskTypeOpsDto/properties/TypeId/type",keyword:"type",params:{type: schema30.properties.TypeId.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid4 = _errs28 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data10.TypeSort !== undefined){
let data13 = data10.TypeSort;
const _errs30 = errors;
if((typeof data13 !== "string") && (data13 !== null)){
const err2 = {instancePath:instancePath+"/TaskType/TypeSort",schemaPath:"#/components/schemas/TaskTypeOpsDto/properties/TypeSort/type",keyword:"type",params:{type: schema30.properties.TypeSort.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid4 = _errs30 === errors;
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
var _valid0 = _errs23 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs32 = errors;
if(data10 !== null){
const err4 = {instancePath:instancePath+"/TaskType",schemaPath:"#/properties/TaskType/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs32 === errors;
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
validate36.errors = vErrors;
return false;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TaskCycleType !== undefined){
let data14 = data.TaskCycleType;
const _errs34 = errors;
if((typeof data14 !== "string") && (data14 !== null)){
validate36.errors = [{instancePath:instancePath+"/TaskCycleType",schemaPath:"#/properties/TaskCycleType/type",keyword:"type",params:{type: schema57.properties.TaskCycleType.type}}];
return false;
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CurRunDate !== undefined){
let data15 = data.CurRunDate;
const _errs36 = errors;
const _errs37 = errors;
if((typeof data15 !== "string") && (data15 !== null)){
validate36.errors = [{instancePath:instancePath+"/CurRunDate",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema17.type}}];
return false;
}
if(errors === _errs37){
if(typeof data15 === "string"){
if(!pattern0.test(data15)){
validate36.errors = [{instancePath:instancePath+"/CurRunDate",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TryLimit !== undefined){
let data16 = data.TryLimit;
const _errs39 = errors;
if((!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))) && (data16 !== null)){
validate36.errors = [{instancePath:instancePath+"/TryLimit",schemaPath:"#/properties/TryLimit/type",keyword:"type",params:{type: schema57.properties.TryLimit.type}}];
return false;
}
if(errors === _errs39){
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
validate36.errors = [{instancePath:instancePath+"/TryLimit",schemaPath:"#/properties/TryLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Tries !== undefined){
let data17 = data.Tries;
const _errs41 = errors;
if((!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) && (data17 !== null)){
validate36.errors = [{instancePath:instancePath+"/Tries",schemaPath:"#/properties/Tries/type",keyword:"type",params:{type: schema57.properties.Tries.type}}];
return false;
}
if(errors === _errs41){
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
validate36.errors = [{instancePath:instancePath+"/Tries",schemaPath:"#/properties/Tries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TotalRunNum !== undefined){
let data18 = data.TotalRunNum;
const _errs43 = errors;
if((!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))) && (data18 !== null)){
validate36.errors = [{instancePath:instancePath+"/TotalRunNum",schemaPath:"#/properties/TotalRunNum/type",keyword:"type",params:{type: schema57.properties.TotalRunNum.type}}];
return false;
}
if(errors === _errs43){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
validate36.errors = [{instancePath:instancePath+"/TotalRunNum",schemaPath:"#/properties/TotalRunNum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
if(data.InstanceType !== undefined){
let data19 = data.InstanceType;
const _errs45 = errors;
if((!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))) && (data19 !== null)){
validate36.errors = [{instancePath:instancePath+"/InstanceType",schemaPath:"#/properties/InstanceType/type",keyword:"type",params:{type: schema57.properties.InstanceType.type}}];
return false;
}
var valid0 = _errs45 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InstanceState !== undefined){
let data20 = data.InstanceState;
const _errs47 = errors;
const _errs48 = errors;
if((!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))) && (data20 !== null)){
validate36.errors = [{instancePath:instancePath+"/InstanceState",schemaPath:"#/components/schemas/InstanceState/type",keyword:"type",params:{type: schema15.type}}];
return false;
}
if(errors === _errs48){
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
validate36.errors = [{instancePath:instancePath+"/InstanceState",schemaPath:"#/components/schemas/InstanceState/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.StartTime !== undefined){
let data21 = data.StartTime;
const _errs50 = errors;
const _errs51 = errors;
if((typeof data21 !== "string") && (data21 !== null)){
validate36.errors = [{instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema17.type}}];
return false;
}
if(errors === _errs51){
if(typeof data21 === "string"){
if(!pattern0.test(data21)){
validate36.errors = [{instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
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
if(data.EndTime !== undefined){
let data22 = data.EndTime;
const _errs53 = errors;
const _errs54 = errors;
if((typeof data22 !== "string") && (data22 !== null)){
validate36.errors = [{instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema17.type}}];
return false;
}
if(errors === _errs54){
if(typeof data22 === "string"){
if(!pattern0.test(data22)){
validate36.errors = [{instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs53 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CostTime !== undefined){
let data23 = data.CostTime;
const _errs56 = errors;
if((typeof data23 !== "string") && (data23 !== null)){
validate36.errors = [{instancePath:instancePath+"/CostTime",schemaPath:"#/properties/CostTime/type",keyword:"type",params:{type: schema57.properties.CostTime.type}}];
return false;
}
var valid0 = _errs56 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.SchedulerTime !== undefined){
let data24 = data.SchedulerTime;
const _errs58 = errors;
const _errs59 = errors;
if((typeof data24 !== "string") && (data24 !== null)){
validate36.errors = [{instancePath:instancePath+"/SchedulerTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema17.type}}];
return false;
}
if(errors === _errs59){
if(typeof data24 === "string"){
if(!pattern0.test(data24)){
validate36.errors = [{instancePath:instancePath+"/SchedulerTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs58 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.LastUpdateTime !== undefined){
let data25 = data.LastUpdateTime;
const _errs61 = errors;
const _errs62 = errors;
if((typeof data25 !== "string") && (data25 !== null)){
validate36.errors = [{instancePath:instancePath+"/LastUpdateTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema17.type}}];
return false;
}
if(errors === _errs62){
if(typeof data25 === "string"){
if(!pattern0.test(data25)){
validate36.errors = [{instancePath:instancePath+"/LastUpdateTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs61 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ExecutorGroupId !== undefined){
let data26 = data.ExecutorGroupId;
const _errs64 = errors;
if((typeof data26 !== "string") && (data26 !== null)){
validate36.errors = [{instancePath:instancePath+"/ExecutorGroupId",schemaPath:"#/properties/ExecutorGroupId/type",keyword:"type",params:{type: schema57.properties.ExecutorGroupId.type}}];
return false;
}
var valid0 = _errs64 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ExecutorGroupName !== undefined){
let data27 = data.ExecutorGroupName;
const _errs66 = errors;
if((typeof data27 !== "string") && (data27 !== null)){
validate36.errors = [{instancePath:instancePath+"/ExecutorGroupName",schemaPath:"#/properties/ExecutorGroupName/type",keyword:"type",params:{type: schema57.properties.ExecutorGroupName.type}}];
return false;
}
var valid0 = _errs66 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.JobErrorMsg !== undefined){
let data28 = data.JobErrorMsg;
const _errs68 = errors;
if((typeof data28 !== "string") && (data28 !== null)){
validate36.errors = [{instancePath:instancePath+"/JobErrorMsg",schemaPath:"#/properties/JobErrorMsg/type",keyword:"type",params:{type: schema57.properties.JobErrorMsg.type}}];
return false;
}
var valid0 = _errs68 === errors;
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
else {
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate36.errors = vErrors;
return errors === 0;
}


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.TotalCount !== undefined){
let data0 = data.TotalCount;
const _errs1 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (data0 !== null)){
validate35.errors = [{instancePath:instancePath+"/TotalCount",schemaPath:"#/properties/TotalCount/type",keyword:"type",params:{type: schema56.properties.TotalCount.type}}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
validate35.errors = [{instancePath:instancePath+"/TotalCount",schemaPath:"#/properties/TotalCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TotalPage !== undefined){
let data1 = data.TotalPage;
const _errs3 = errors;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (data1 !== null)){
validate35.errors = [{instancePath:instancePath+"/TotalPage",schemaPath:"#/properties/TotalPage/type",keyword:"type",params:{type: schema56.properties.TotalPage.type}}];
return false;
}
if(errors === _errs3){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate35.errors = [{instancePath:instancePath+"/TotalPage",schemaPath:"#/properties/TotalPage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
if(data.PageNumber !== undefined){
let data2 = data.PageNumber;
const _errs5 = errors;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (data2 !== null)){
validate35.errors = [{instancePath:instancePath+"/PageNumber",schemaPath:"#/properties/PageNumber/type",keyword:"type",params:{type: schema56.properties.PageNumber.type}}];
return false;
}
if(errors === _errs5){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate35.errors = [{instancePath:instancePath+"/PageNumber",schemaPath:"#/properties/PageNumber/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
if(data.PageSize !== undefined){
let data3 = data.PageSize;
const _errs7 = errors;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (data3 !== null)){
validate35.errors = [{instancePath:instancePath+"/PageSize",schemaPath:"#/properties/PageSize/type",keyword:"type",params:{type: schema56.properties.PageSize.type}}];
return false;
}
if(errors === _errs7){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate35.errors = [{instancePath:instancePath+"/PageSize",schemaPath:"#/properties/PageSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.PageCount !== undefined){
let data4 = data.PageCount;
const _errs9 = errors;
if((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (data4 !== null)){
validate35.errors = [{instancePath:instancePath+"/PageCount",schemaPath:"#/properties/PageCount/type",keyword:"type",params:{type: schema56.properties.PageCount.type}}];
return false;
}
if(errors === _errs9){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
validate35.errors = [{instancePath:instancePath+"/PageCount",schemaPath:"#/properties/PageCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Items !== undefined){
let data5 = data.Items;
const _errs11 = errors;
if((!(Array.isArray(data5))) && (data5 !== null)){
validate35.errors = [{instancePath:instancePath+"/Items",schemaPath:"#/properties/Items/type",keyword:"type",params:{type: schema56.properties.Items.type}}];
return false;
}
if(errors === _errs11){
if(Array.isArray(data5)){
var valid1 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs13 = errors;
if(!(validate36(data5[i0], {instancePath:instancePath+"/Items/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid1 = _errs13 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs11 === errors;
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
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.RequestId === undefined) && (missing0 = "RequestId")){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.Error !== undefined){
var valid0 = false;
validate34.errors = [{instancePath:instancePath+"/Error",schemaPath:"#/properties/Error/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Data !== undefined){
const _errs1 = errors;
if(!(validate35(data.Data, {instancePath:instancePath+"/Data",parentData:data,parentDataProperty:"Data",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.RequestId !== undefined){
const _errs2 = errors;
if(typeof data.RequestId !== "string"){
validate34.errors = [{instancePath:instancePath+"/RequestId",schemaPath:"#/components/schemas/RequestId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate34.errors = vErrors;
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


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Response === undefined) && (missing0 = "Response")){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "Response")){
validate33.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
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
if(!(validate34(data0, {instancePath:instancePath+"/Response",parentData:data,parentDataProperty:"Response",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
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
validate33.errors = vErrors;
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
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}

export const validateInstancePageVO = validate41;

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.TotalCount !== undefined){
let data0 = data.TotalCount;
const _errs1 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (data0 !== null)){
validate41.errors = [{instancePath:instancePath+"/TotalCount",schemaPath:"#/properties/TotalCount/type",keyword:"type",params:{type: schema56.properties.TotalCount.type}}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
validate41.errors = [{instancePath:instancePath+"/TotalCount",schemaPath:"#/properties/TotalCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TotalPage !== undefined){
let data1 = data.TotalPage;
const _errs3 = errors;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (data1 !== null)){
validate41.errors = [{instancePath:instancePath+"/TotalPage",schemaPath:"#/properties/TotalPage/type",keyword:"type",params:{type: schema56.properties.TotalPage.type}}];
return false;
}
if(errors === _errs3){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate41.errors = [{instancePath:instancePath+"/TotalPage",schemaPath:"#/properties/TotalPage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
if(data.PageNumber !== undefined){
let data2 = data.PageNumber;
const _errs5 = errors;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (data2 !== null)){
validate41.errors = [{instancePath:instancePath+"/PageNumber",schemaPath:"#/properties/PageNumber/type",keyword:"type",params:{type: schema56.properties.PageNumber.type}}];
return false;
}
if(errors === _errs5){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate41.errors = [{instancePath:instancePath+"/PageNumber",schemaPath:"#/properties/PageNumber/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
if(data.PageSize !== undefined){
let data3 = data.PageSize;
const _errs7 = errors;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (data3 !== null)){
validate41.errors = [{instancePath:instancePath+"/PageSize",schemaPath:"#/properties/PageSize/type",keyword:"type",params:{type: schema56.properties.PageSize.type}}];
return false;
}
if(errors === _errs7){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate41.errors = [{instancePath:instancePath+"/PageSize",schemaPath:"#/properties/PageSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.PageCount !== undefined){
let data4 = data.PageCount;
const _errs9 = errors;
if((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (data4 !== null)){
validate41.errors = [{instancePath:instancePath+"/PageCount",schemaPath:"#/properties/PageCount/type",keyword:"type",params:{type: schema56.properties.PageCount.type}}];
return false;
}
if(errors === _errs9){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
validate41.errors = [{instancePath:instancePath+"/PageCount",schemaPath:"#/properties/PageCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Items !== undefined){
let data5 = data.Items;
const _errs11 = errors;
if((!(Array.isArray(data5))) && (data5 !== null)){
validate41.errors = [{instancePath:instancePath+"/Items",schemaPath:"#/properties/Items/type",keyword:"type",params:{type: schema56.properties.Items.type}}];
return false;
}
if(errors === _errs11){
if(Array.isArray(data5)){
var valid1 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs13 = errors;
if(!(validate36(data5[i0], {instancePath:instancePath+"/Items/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid1 = _errs13 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs11 === errors;
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
else {
validate41.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate41.errors = vErrors;
return errors === 0;
}

