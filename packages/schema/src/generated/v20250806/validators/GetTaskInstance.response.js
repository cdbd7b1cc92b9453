// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
"use strict";
export const validateGetTaskInstanceResponseBody = validate17;
const schema19 = {"type":"object","additionalProperties":false,"required":["Response"],"properties":{"Response":{"anyOf":[{"$ref":"#/components/schemas/GetTaskInstanceResponse"},{"$ref":"#/components/schemas/TencentCloudErrorResponse"}]}}};
const schema20 = {"type":"object","required":["RequestId"],"properties":{"Error":false,"Data":{"$ref":"#/components/schemas/TaskInstanceDetail"},"RequestId":{"$ref":"#/components/schemas/RequestId"}}};
const schema15 = {"type":"string"};
const schema21 = {"type":"object","properties":{"ProjectId":{"type":["string","null"]},"InstanceKey":{"type":["string","null"]},"FolderId":{"type":["string","null"]},"FolderName":{"type":["string","null"]},"WorkflowId":{"type":["string","null"]},"WorkflowName":{"type":["string","null"]},"TaskId":{"type":["string","null"]},"TaskName":{"type":["string","null"]},"TaskTypeId":{"type":"integer"},"TaskType":{"type":["string","null"]},"CycleType":{"type":["string","null"]},"CurRunDate":{"$ref":"#/components/schemas/WedataTime"},"InstanceState":{"type":["string","null"]},"InstanceType":{"type":["integer","null"],"minimum":0},"OwnerUinList":{"type":["array","null"],"items":{"type":"string"}},"TotalRunNum":{"type":["integer","null"],"minimum":0},"TryLimit":{"type":["integer","null"],"minimum":0},"Tries":{"type":["integer","null"],"minimum":0},"CostTime":{"type":["integer","null"]},"StartTime":{"$ref":"#/components/schemas/WedataTime"},"EndTime":{"$ref":"#/components/schemas/WedataTime"},"SchedulerTime":{"$ref":"#/components/schemas/WedataTime"},"LastUpdateTime":{"$ref":"#/components/schemas/WedataTime"},"ExecutorGroupId":{"type":["string","null"]},"ExecutorGroupName":{"type":["string","null"]},"JobErrorMsg":{"type":["string","null"]}}};
const schema22 = {"type":["string","null"],"pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}$"};
const pattern0 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}$", "u");

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ProjectId !== undefined){
let data0 = data.ProjectId;
const _errs1 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate19.errors = [{instancePath:instancePath+"/ProjectId",schemaPath:"#/properties/ProjectId/type",keyword:"type",params:{type: schema21.properties.ProjectId.type}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InstanceKey !== undefined){
let data1 = data.InstanceKey;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate19.errors = [{instancePath:instancePath+"/InstanceKey",schemaPath:"#/properties/InstanceKey/type",keyword:"type",params:{type: schema21.properties.InstanceKey.type}}];
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
validate19.errors = [{instancePath:instancePath+"/FolderId",schemaPath:"#/properties/FolderId/type",keyword:"type",params:{type: schema21.properties.FolderId.type}}];
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
validate19.errors = [{instancePath:instancePath+"/FolderName",schemaPath:"#/properties/FolderName/type",keyword:"type",params:{type: schema21.properties.FolderName.type}}];
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
validate19.errors = [{instancePath:instancePath+"/WorkflowId",schemaPath:"#/properties/WorkflowId/type",keyword:"type",params:{type: schema21.properties.WorkflowId.type}}];
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
validate19.errors = [{instancePath:instancePath+"/WorkflowName",schemaPath:"#/properties/WorkflowName/type",keyword:"type",params:{type: schema21.properties.WorkflowName.type}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TaskId !== undefined){
let data6 = data.TaskId;
const _errs13 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate19.errors = [{instancePath:instancePath+"/TaskId",schemaPath:"#/properties/TaskId/type",keyword:"type",params:{type: schema21.properties.TaskId.type}}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TaskName !== undefined){
let data7 = data.TaskName;
const _errs15 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate19.errors = [{instancePath:instancePath+"/TaskName",schemaPath:"#/properties/TaskName/type",keyword:"type",params:{type: schema21.properties.TaskName.type}}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TaskTypeId !== undefined){
let data8 = data.TaskTypeId;
const _errs17 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate19.errors = [{instancePath:instancePath+"/TaskTypeId",schemaPath:"#/properties/TaskTypeId/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TaskType !== undefined){
let data9 = data.TaskType;
const _errs19 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate19.errors = [{instancePath:instancePath+"/TaskType",schemaPath:"#/properties/TaskType/type",keyword:"type",params:{type: schema21.properties.TaskType.type}}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CycleType !== undefined){
let data10 = data.CycleType;
const _errs21 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate19.errors = [{instancePath:instancePath+"/CycleType",schemaPath:"#/properties/CycleType/type",keyword:"type",params:{type: schema21.properties.CycleType.type}}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CurRunDate !== undefined){
let data11 = data.CurRunDate;
const _errs23 = errors;
const _errs24 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate19.errors = [{instancePath:instancePath+"/CurRunDate",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema22.type}}];
return false;
}
if(errors === _errs24){
if(typeof data11 === "string"){
if(!pattern0.test(data11)){
validate19.errors = [{instancePath:instancePath+"/CurRunDate",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InstanceState !== undefined){
let data12 = data.InstanceState;
const _errs26 = errors;
if((typeof data12 !== "string") && (data12 !== null)){
validate19.errors = [{instancePath:instancePath+"/InstanceState",schemaPath:"#/properties/InstanceState/type",keyword:"type",params:{type: schema21.properties.InstanceState.type}}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InstanceType !== undefined){
let data13 = data.InstanceType;
const _errs28 = errors;
if((!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) && (data13 !== null)){
validate19.errors = [{instancePath:instancePath+"/InstanceType",schemaPath:"#/properties/InstanceType/type",keyword:"type",params:{type: schema21.properties.InstanceType.type}}];
return false;
}
if(errors === _errs28){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
validate19.errors = [{instancePath:instancePath+"/InstanceType",schemaPath:"#/properties/InstanceType/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.OwnerUinList !== undefined){
let data14 = data.OwnerUinList;
const _errs30 = errors;
if((!(Array.isArray(data14))) && (data14 !== null)){
validate19.errors = [{instancePath:instancePath+"/OwnerUinList",schemaPath:"#/properties/OwnerUinList/type",keyword:"type",params:{type: schema21.properties.OwnerUinList.type}}];
return false;
}
if(errors === _errs30){
if(Array.isArray(data14)){
var valid2 = true;
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
const _errs32 = errors;
if(typeof data14[i0] !== "string"){
validate19.errors = [{instancePath:instancePath+"/OwnerUinList/" + i0,schemaPath:"#/properties/OwnerUinList/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs32 === errors;
if(!valid2){
break;
}
}
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TotalRunNum !== undefined){
let data16 = data.TotalRunNum;
const _errs34 = errors;
if((!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))) && (data16 !== null)){
validate19.errors = [{instancePath:instancePath+"/TotalRunNum",schemaPath:"#/properties/TotalRunNum/type",keyword:"type",params:{type: schema21.properties.TotalRunNum.type}}];
return false;
}
if(errors === _errs34){
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
validate19.errors = [{instancePath:instancePath+"/TotalRunNum",schemaPath:"#/properties/TotalRunNum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TryLimit !== undefined){
let data17 = data.TryLimit;
const _errs36 = errors;
if((!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) && (data17 !== null)){
validate19.errors = [{instancePath:instancePath+"/TryLimit",schemaPath:"#/properties/TryLimit/type",keyword:"type",params:{type: schema21.properties.TryLimit.type}}];
return false;
}
if(errors === _errs36){
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
validate19.errors = [{instancePath:instancePath+"/TryLimit",schemaPath:"#/properties/TryLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
if(data.Tries !== undefined){
let data18 = data.Tries;
const _errs38 = errors;
if((!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))) && (data18 !== null)){
validate19.errors = [{instancePath:instancePath+"/Tries",schemaPath:"#/properties/Tries/type",keyword:"type",params:{type: schema21.properties.Tries.type}}];
return false;
}
if(errors === _errs38){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
validate19.errors = [{instancePath:instancePath+"/Tries",schemaPath:"#/properties/Tries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CostTime !== undefined){
let data19 = data.CostTime;
const _errs40 = errors;
if((!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))) && (data19 !== null)){
validate19.errors = [{instancePath:instancePath+"/CostTime",schemaPath:"#/properties/CostTime/type",keyword:"type",params:{type: schema21.properties.CostTime.type}}];
return false;
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.StartTime !== undefined){
let data20 = data.StartTime;
const _errs42 = errors;
const _errs43 = errors;
if((typeof data20 !== "string") && (data20 !== null)){
validate19.errors = [{instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema22.type}}];
return false;
}
if(errors === _errs43){
if(typeof data20 === "string"){
if(!pattern0.test(data20)){
validate19.errors = [{instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.EndTime !== undefined){
let data21 = data.EndTime;
const _errs45 = errors;
const _errs46 = errors;
if((typeof data21 !== "string") && (data21 !== null)){
validate19.errors = [{instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema22.type}}];
return false;
}
if(errors === _errs46){
if(typeof data21 === "string"){
if(!pattern0.test(data21)){
validate19.errors = [{instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs45 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.SchedulerTime !== undefined){
let data22 = data.SchedulerTime;
const _errs48 = errors;
const _errs49 = errors;
if((typeof data22 !== "string") && (data22 !== null)){
validate19.errors = [{instancePath:instancePath+"/SchedulerTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema22.type}}];
return false;
}
if(errors === _errs49){
if(typeof data22 === "string"){
if(!pattern0.test(data22)){
validate19.errors = [{instancePath:instancePath+"/SchedulerTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
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
if(data.LastUpdateTime !== undefined){
let data23 = data.LastUpdateTime;
const _errs51 = errors;
const _errs52 = errors;
if((typeof data23 !== "string") && (data23 !== null)){
validate19.errors = [{instancePath:instancePath+"/LastUpdateTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema22.type}}];
return false;
}
if(errors === _errs52){
if(typeof data23 === "string"){
if(!pattern0.test(data23)){
validate19.errors = [{instancePath:instancePath+"/LastUpdateTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs51 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ExecutorGroupId !== undefined){
let data24 = data.ExecutorGroupId;
const _errs54 = errors;
if((typeof data24 !== "string") && (data24 !== null)){
validate19.errors = [{instancePath:instancePath+"/ExecutorGroupId",schemaPath:"#/properties/ExecutorGroupId/type",keyword:"type",params:{type: schema21.properties.ExecutorGroupId.type}}];
return false;
}
var valid0 = _errs54 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ExecutorGroupName !== undefined){
let data25 = data.ExecutorGroupName;
const _errs56 = errors;
if((typeof data25 !== "string") && (data25 !== null)){
validate19.errors = [{instancePath:instancePath+"/ExecutorGroupName",schemaPath:"#/properties/ExecutorGroupName/type",keyword:"type",params:{type: schema21.properties.ExecutorGroupName.type}}];
return false;
}
var valid0 = _errs56 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.JobErrorMsg !== undefined){
let data26 = data.JobErrorMsg;
const _errs58 = errors;
if((typeof data26 !== "string") && (data26 !== null)){
validate19.errors = [{instancePath:instancePath+"/JobErrorMsg",schemaPath:"#/properties/JobErrorMsg/type",keyword:"type",params:{type: schema21.properties.JobErrorMsg.type}}];
return false;
}
var valid0 = _errs58 === errors;
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
else {
validate19.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate19.errors = vErrors;
return errors === 0;
}


function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.RequestId === undefined) && (missing0 = "RequestId")){
validate18.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.Error !== undefined){
var valid0 = false;
validate18.errors = [{instancePath:instancePath+"/Error",schemaPath:"#/properties/Error/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Data !== undefined){
const _errs1 = errors;
if(!(validate19(data.Data, {instancePath:instancePath+"/Data",parentData:data,parentDataProperty:"Data",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
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
validate18.errors = [{instancePath:instancePath+"/RequestId",schemaPath:"#/components/schemas/RequestId/type",keyword:"type",params:{type: "string"}}];
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
validate18.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate18.errors = vErrors;
return errors === 0;
}

const schema16 = {"type":"object","required":["Error","RequestId"],"properties":{"Error":{"type":"object","required":["Code","Message"],"properties":{"Code":{"type":"string"},"Message":{"type":"string"}}},"RequestId":{"$ref":"#/components/schemas/RequestId"}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.Error === undefined) && (missing0 = "Error")) || ((data.RequestId === undefined) && (missing0 = "RequestId"))){
validate14.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
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
validate14.errors = [{instancePath:instancePath+"/Error",schemaPath:"#/properties/Error/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data0.Code !== undefined){
const _errs3 = errors;
if(typeof data0.Code !== "string"){
validate14.errors = [{instancePath:instancePath+"/Error/Code",schemaPath:"#/properties/Error/properties/Code/type",keyword:"type",params:{type: "string"}}];
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
validate14.errors = [{instancePath:instancePath+"/Error/Message",schemaPath:"#/properties/Error/properties/Message/type",keyword:"type",params:{type: "string"}}];
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
validate14.errors = [{instancePath:instancePath+"/Error",schemaPath:"#/properties/Error/type",keyword:"type",params:{type: "object"}}];
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
validate14.errors = [{instancePath:instancePath+"/RequestId",schemaPath:"#/components/schemas/RequestId/type",keyword:"type",params:{type: "string"}}];
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
validate14.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate14.errors = vErrors;
return errors === 0;
}


function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Response === undefined) && (missing0 = "Response")){
validate17.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "Response")){
validate17.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
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
if(!(validate18(data0, {instancePath:instancePath+"/Response",parentData:data,parentDataProperty:"Response",rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs5 = errors;
if(!(validate14(data0, {instancePath:instancePath+"/Response",parentData:data,parentDataProperty:"Response",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
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
validate17.errors = vErrors;
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
validate17.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate17.errors = vErrors;
return errors === 0;
}

export const validateTaskInstanceDetail = validate23;

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ProjectId !== undefined){
let data0 = data.ProjectId;
const _errs1 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate23.errors = [{instancePath:instancePath+"/ProjectId",schemaPath:"#/properties/ProjectId/type",keyword:"type",params:{type: schema21.properties.ProjectId.type}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InstanceKey !== undefined){
let data1 = data.InstanceKey;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate23.errors = [{instancePath:instancePath+"/InstanceKey",schemaPath:"#/properties/InstanceKey/type",keyword:"type",params:{type: schema21.properties.InstanceKey.type}}];
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
validate23.errors = [{instancePath:instancePath+"/FolderId",schemaPath:"#/properties/FolderId/type",keyword:"type",params:{type: schema21.properties.FolderId.type}}];
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
validate23.errors = [{instancePath:instancePath+"/FolderName",schemaPath:"#/properties/FolderName/type",keyword:"type",params:{type: schema21.properties.FolderName.type}}];
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
validate23.errors = [{instancePath:instancePath+"/WorkflowId",schemaPath:"#/properties/WorkflowId/type",keyword:"type",params:{type: schema21.properties.WorkflowId.type}}];
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
validate23.errors = [{instancePath:instancePath+"/WorkflowName",schemaPath:"#/properties/WorkflowName/type",keyword:"type",params:{type: schema21.properties.WorkflowName.type}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TaskId !== undefined){
let data6 = data.TaskId;
const _errs13 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate23.errors = [{instancePath:instancePath+"/TaskId",schemaPath:"#/properties/TaskId/type",keyword:"type",params:{type: schema21.properties.TaskId.type}}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TaskName !== undefined){
let data7 = data.TaskName;
const _errs15 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate23.errors = [{instancePath:instancePath+"/TaskName",schemaPath:"#/properties/TaskName/type",keyword:"type",params:{type: schema21.properties.TaskName.type}}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TaskTypeId !== undefined){
let data8 = data.TaskTypeId;
const _errs17 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate23.errors = [{instancePath:instancePath+"/TaskTypeId",schemaPath:"#/properties/TaskTypeId/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TaskType !== undefined){
let data9 = data.TaskType;
const _errs19 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate23.errors = [{instancePath:instancePath+"/TaskType",schemaPath:"#/properties/TaskType/type",keyword:"type",params:{type: schema21.properties.TaskType.type}}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CycleType !== undefined){
let data10 = data.CycleType;
const _errs21 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate23.errors = [{instancePath:instancePath+"/CycleType",schemaPath:"#/properties/CycleType/type",keyword:"type",params:{type: schema21.properties.CycleType.type}}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CurRunDate !== undefined){
let data11 = data.CurRunDate;
const _errs23 = errors;
const _errs24 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate23.errors = [{instancePath:instancePath+"/CurRunDate",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema22.type}}];
return false;
}
if(errors === _errs24){
if(typeof data11 === "string"){
if(!pattern0.test(data11)){
validate23.errors = [{instancePath:instancePath+"/CurRunDate",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InstanceState !== undefined){
let data12 = data.InstanceState;
const _errs26 = errors;
if((typeof data12 !== "string") && (data12 !== null)){
validate23.errors = [{instancePath:instancePath+"/InstanceState",schemaPath:"#/properties/InstanceState/type",keyword:"type",params:{type: schema21.properties.InstanceState.type}}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InstanceType !== undefined){
let data13 = data.InstanceType;
const _errs28 = errors;
if((!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) && (data13 !== null)){
validate23.errors = [{instancePath:instancePath+"/InstanceType",schemaPath:"#/properties/InstanceType/type",keyword:"type",params:{type: schema21.properties.InstanceType.type}}];
return false;
}
if(errors === _errs28){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
validate23.errors = [{instancePath:instancePath+"/InstanceType",schemaPath:"#/properties/InstanceType/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.OwnerUinList !== undefined){
let data14 = data.OwnerUinList;
const _errs30 = errors;
if((!(Array.isArray(data14))) && (data14 !== null)){
validate23.errors = [{instancePath:instancePath+"/OwnerUinList",schemaPath:"#/properties/OwnerUinList/type",keyword:"type",params:{type: schema21.properties.OwnerUinList.type}}];
return false;
}
if(errors === _errs30){
if(Array.isArray(data14)){
var valid2 = true;
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
const _errs32 = errors;
if(typeof data14[i0] !== "string"){
validate23.errors = [{instancePath:instancePath+"/OwnerUinList/" + i0,schemaPath:"#/properties/OwnerUinList/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs32 === errors;
if(!valid2){
break;
}
}
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TotalRunNum !== undefined){
let data16 = data.TotalRunNum;
const _errs34 = errors;
if((!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))) && (data16 !== null)){
validate23.errors = [{instancePath:instancePath+"/TotalRunNum",schemaPath:"#/properties/TotalRunNum/type",keyword:"type",params:{type: schema21.properties.TotalRunNum.type}}];
return false;
}
if(errors === _errs34){
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
validate23.errors = [{instancePath:instancePath+"/TotalRunNum",schemaPath:"#/properties/TotalRunNum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TryLimit !== undefined){
let data17 = data.TryLimit;
const _errs36 = errors;
if((!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) && (data17 !== null)){
validate23.errors = [{instancePath:instancePath+"/TryLimit",schemaPath:"#/properties/TryLimit/type",keyword:"type",params:{type: schema21.properties.TryLimit.type}}];
return false;
}
if(errors === _errs36){
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
validate23.errors = [{instancePath:instancePath+"/TryLimit",schemaPath:"#/properties/TryLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
if(data.Tries !== undefined){
let data18 = data.Tries;
const _errs38 = errors;
if((!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))) && (data18 !== null)){
validate23.errors = [{instancePath:instancePath+"/Tries",schemaPath:"#/properties/Tries/type",keyword:"type",params:{type: schema21.properties.Tries.type}}];
return false;
}
if(errors === _errs38){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
validate23.errors = [{instancePath:instancePath+"/Tries",schemaPath:"#/properties/Tries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CostTime !== undefined){
let data19 = data.CostTime;
const _errs40 = errors;
if((!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))) && (data19 !== null)){
validate23.errors = [{instancePath:instancePath+"/CostTime",schemaPath:"#/properties/CostTime/type",keyword:"type",params:{type: schema21.properties.CostTime.type}}];
return false;
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.StartTime !== undefined){
let data20 = data.StartTime;
const _errs42 = errors;
const _errs43 = errors;
if((typeof data20 !== "string") && (data20 !== null)){
validate23.errors = [{instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema22.type}}];
return false;
}
if(errors === _errs43){
if(typeof data20 === "string"){
if(!pattern0.test(data20)){
validate23.errors = [{instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.EndTime !== undefined){
let data21 = data.EndTime;
const _errs45 = errors;
const _errs46 = errors;
if((typeof data21 !== "string") && (data21 !== null)){
validate23.errors = [{instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema22.type}}];
return false;
}
if(errors === _errs46){
if(typeof data21 === "string"){
if(!pattern0.test(data21)){
validate23.errors = [{instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs45 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.SchedulerTime !== undefined){
let data22 = data.SchedulerTime;
const _errs48 = errors;
const _errs49 = errors;
if((typeof data22 !== "string") && (data22 !== null)){
validate23.errors = [{instancePath:instancePath+"/SchedulerTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema22.type}}];
return false;
}
if(errors === _errs49){
if(typeof data22 === "string"){
if(!pattern0.test(data22)){
validate23.errors = [{instancePath:instancePath+"/SchedulerTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
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
if(data.LastUpdateTime !== undefined){
let data23 = data.LastUpdateTime;
const _errs51 = errors;
const _errs52 = errors;
if((typeof data23 !== "string") && (data23 !== null)){
validate23.errors = [{instancePath:instancePath+"/LastUpdateTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema22.type}}];
return false;
}
if(errors === _errs52){
if(typeof data23 === "string"){
if(!pattern0.test(data23)){
validate23.errors = [{instancePath:instancePath+"/LastUpdateTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs51 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ExecutorGroupId !== undefined){
let data24 = data.ExecutorGroupId;
const _errs54 = errors;
if((typeof data24 !== "string") && (data24 !== null)){
validate23.errors = [{instancePath:instancePath+"/ExecutorGroupId",schemaPath:"#/properties/ExecutorGroupId/type",keyword:"type",params:{type: schema21.properties.ExecutorGroupId.type}}];
return false;
}
var valid0 = _errs54 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ExecutorGroupName !== undefined){
let data25 = data.ExecutorGroupName;
const _errs56 = errors;
if((typeof data25 !== "string") && (data25 !== null)){
validate23.errors = [{instancePath:instancePath+"/ExecutorGroupName",schemaPath:"#/properties/ExecutorGroupName/type",keyword:"type",params:{type: schema21.properties.ExecutorGroupName.type}}];
return false;
}
var valid0 = _errs56 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.JobErrorMsg !== undefined){
let data26 = data.JobErrorMsg;
const _errs58 = errors;
if((typeof data26 !== "string") && (data26 !== null)){
validate23.errors = [{instancePath:instancePath+"/JobErrorMsg",schemaPath:"#/properties/JobErrorMsg/type",keyword:"type",params:{type: schema21.properties.JobErrorMsg.type}}];
return false;
}
var valid0 = _errs58 === errors;
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
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}

