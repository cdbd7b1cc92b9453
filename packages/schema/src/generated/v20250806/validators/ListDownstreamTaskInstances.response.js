// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
"use strict";
export const validateListDownstreamTaskInstancesResponseBody = validate34;
const schema44 = {"type":"object","additionalProperties":false,"required":["Response"],"properties":{"Response":{"anyOf":[{"$ref":"#/components/schemas/ListDownstreamTaskInstancesResponse"},{"$ref":"#/components/schemas/TencentCloudErrorResponse"}]}}};
const schema45 = {"type":"object","required":["RequestId"],"properties":{"Error":false,"Data":{"$ref":"#/components/schemas/TaskInstancePage"},"RequestId":{"$ref":"#/components/schemas/RequestId"}}};
const schema15 = {"type":"string"};
const schema46 = {"type":"object","properties":{"TotalCount":{"type":["integer","null"],"minimum":0},"TotalPageNumber":{"type":["integer","null"],"minimum":0},"PageNumber":{"type":["integer","null"],"minimum":0},"PageSize":{"type":["integer","null"],"minimum":0},"Items":{"type":["array","null"],"items":{"$ref":"#/components/schemas/TaskInstance"}}}};
const schema47 = {"type":"object","properties":{"ProjectId":{"type":["string","null"]},"InstanceKey":{"type":["string","null"]},"FolderId":{"type":["string","null"]},"FolderName":{"type":["string","null"]},"WorkflowId":{"type":["string","null"]},"WorkflowName":{"type":["string","null"]},"TaskId":{"type":["string","null"]},"TaskName":{"type":["string","null"]},"CurRunDate":{"$ref":"#/components/schemas/WedataTime"},"InstanceState":{"type":["string","null"]},"InstanceType":{"type":["integer","null"],"minimum":0},"OwnerUinList":{"type":["array","null"],"items":{"type":"string"}},"TotalRunNum":{"type":["integer","null"],"minimum":0},"TaskType":{"type":"string"},"TaskTypeId":{"type":["integer","null"]},"CycleType":{"type":["string","null"]},"TryLimit":{"type":["integer","null"],"minimum":0},"Tries":{"type":["integer","null"],"minimum":0},"StartTime":{"$ref":"#/components/schemas/WedataTime"},"EndTime":{"$ref":"#/components/schemas/WedataTime"},"CostTime":{"type":["integer","null"]},"SchedulerTime":{"$ref":"#/components/schemas/WedataTime"},"LastUpdateTime":{"$ref":"#/components/schemas/WedataTime"},"ExecutorGroupId":{"type":["string","null"]},"ExecutorGroupName":{"type":["string","null"]}}};
const schema22 = {"type":["string","null"],"pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}$"};
const pattern0 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}$", "u");

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ProjectId !== undefined){
let data0 = data.ProjectId;
const _errs1 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate37.errors = [{instancePath:instancePath+"/ProjectId",schemaPath:"#/properties/ProjectId/type",keyword:"type",params:{type: schema47.properties.ProjectId.type}}];
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
validate37.errors = [{instancePath:instancePath+"/InstanceKey",schemaPath:"#/properties/InstanceKey/type",keyword:"type",params:{type: schema47.properties.InstanceKey.type}}];
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
validate37.errors = [{instancePath:instancePath+"/FolderId",schemaPath:"#/properties/FolderId/type",keyword:"type",params:{type: schema47.properties.FolderId.type}}];
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
validate37.errors = [{instancePath:instancePath+"/FolderName",schemaPath:"#/properties/FolderName/type",keyword:"type",params:{type: schema47.properties.FolderName.type}}];
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
validate37.errors = [{instancePath:instancePath+"/WorkflowId",schemaPath:"#/properties/WorkflowId/type",keyword:"type",params:{type: schema47.properties.WorkflowId.type}}];
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
validate37.errors = [{instancePath:instancePath+"/WorkflowName",schemaPath:"#/properties/WorkflowName/type",keyword:"type",params:{type: schema47.properties.WorkflowName.type}}];
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
validate37.errors = [{instancePath:instancePath+"/TaskId",schemaPath:"#/properties/TaskId/type",keyword:"type",params:{type: schema47.properties.TaskId.type}}];
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
validate37.errors = [{instancePath:instancePath+"/TaskName",schemaPath:"#/properties/TaskName/type",keyword:"type",params:{type: schema47.properties.TaskName.type}}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CurRunDate !== undefined){
let data8 = data.CurRunDate;
const _errs17 = errors;
const _errs18 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate37.errors = [{instancePath:instancePath+"/CurRunDate",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema22.type}}];
return false;
}
if(errors === _errs18){
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
validate37.errors = [{instancePath:instancePath+"/CurRunDate",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
return false;
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InstanceState !== undefined){
let data9 = data.InstanceState;
const _errs20 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate37.errors = [{instancePath:instancePath+"/InstanceState",schemaPath:"#/properties/InstanceState/type",keyword:"type",params:{type: schema47.properties.InstanceState.type}}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.InstanceType !== undefined){
let data10 = data.InstanceType;
const _errs22 = errors;
if((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (data10 !== null)){
validate37.errors = [{instancePath:instancePath+"/InstanceType",schemaPath:"#/properties/InstanceType/type",keyword:"type",params:{type: schema47.properties.InstanceType.type}}];
return false;
}
if(errors === _errs22){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
validate37.errors = [{instancePath:instancePath+"/InstanceType",schemaPath:"#/properties/InstanceType/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.OwnerUinList !== undefined){
let data11 = data.OwnerUinList;
const _errs24 = errors;
if((!(Array.isArray(data11))) && (data11 !== null)){
validate37.errors = [{instancePath:instancePath+"/OwnerUinList",schemaPath:"#/properties/OwnerUinList/type",keyword:"type",params:{type: schema47.properties.OwnerUinList.type}}];
return false;
}
if(errors === _errs24){
if(Array.isArray(data11)){
var valid2 = true;
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
const _errs26 = errors;
if(typeof data11[i0] !== "string"){
validate37.errors = [{instancePath:instancePath+"/OwnerUinList/" + i0,schemaPath:"#/properties/OwnerUinList/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs26 === errors;
if(!valid2){
break;
}
}
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TotalRunNum !== undefined){
let data13 = data.TotalRunNum;
const _errs28 = errors;
if((!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) && (data13 !== null)){
validate37.errors = [{instancePath:instancePath+"/TotalRunNum",schemaPath:"#/properties/TotalRunNum/type",keyword:"type",params:{type: schema47.properties.TotalRunNum.type}}];
return false;
}
if(errors === _errs28){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
validate37.errors = [{instancePath:instancePath+"/TotalRunNum",schemaPath:"#/properties/TotalRunNum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
if(data.TaskType !== undefined){
const _errs30 = errors;
if(typeof data.TaskType !== "string"){
validate37.errors = [{instancePath:instancePath+"/TaskType",schemaPath:"#/properties/TaskType/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TaskTypeId !== undefined){
let data15 = data.TaskTypeId;
const _errs32 = errors;
if((!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))) && (data15 !== null)){
validate37.errors = [{instancePath:instancePath+"/TaskTypeId",schemaPath:"#/properties/TaskTypeId/type",keyword:"type",params:{type: schema47.properties.TaskTypeId.type}}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CycleType !== undefined){
let data16 = data.CycleType;
const _errs34 = errors;
if((typeof data16 !== "string") && (data16 !== null)){
validate37.errors = [{instancePath:instancePath+"/CycleType",schemaPath:"#/properties/CycleType/type",keyword:"type",params:{type: schema47.properties.CycleType.type}}];
return false;
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
validate37.errors = [{instancePath:instancePath+"/TryLimit",schemaPath:"#/properties/TryLimit/type",keyword:"type",params:{type: schema47.properties.TryLimit.type}}];
return false;
}
if(errors === _errs36){
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
validate37.errors = [{instancePath:instancePath+"/TryLimit",schemaPath:"#/properties/TryLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
validate37.errors = [{instancePath:instancePath+"/Tries",schemaPath:"#/properties/Tries/type",keyword:"type",params:{type: schema47.properties.Tries.type}}];
return false;
}
if(errors === _errs38){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
validate37.errors = [{instancePath:instancePath+"/Tries",schemaPath:"#/properties/Tries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
if(data.StartTime !== undefined){
let data19 = data.StartTime;
const _errs40 = errors;
const _errs41 = errors;
if((typeof data19 !== "string") && (data19 !== null)){
validate37.errors = [{instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema22.type}}];
return false;
}
if(errors === _errs41){
if(typeof data19 === "string"){
if(!pattern0.test(data19)){
validate37.errors = [{instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
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
if(data.EndTime !== undefined){
let data20 = data.EndTime;
const _errs43 = errors;
const _errs44 = errors;
if((typeof data20 !== "string") && (data20 !== null)){
validate37.errors = [{instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema22.type}}];
return false;
}
if(errors === _errs44){
if(typeof data20 === "string"){
if(!pattern0.test(data20)){
validate37.errors = [{instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
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
if(data.CostTime !== undefined){
let data21 = data.CostTime;
const _errs46 = errors;
if((!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))) && (data21 !== null)){
validate37.errors = [{instancePath:instancePath+"/CostTime",schemaPath:"#/properties/CostTime/type",keyword:"type",params:{type: schema47.properties.CostTime.type}}];
return false;
}
var valid0 = _errs46 === errors;
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
validate37.errors = [{instancePath:instancePath+"/SchedulerTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema22.type}}];
return false;
}
if(errors === _errs49){
if(typeof data22 === "string"){
if(!pattern0.test(data22)){
validate37.errors = [{instancePath:instancePath+"/SchedulerTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
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
validate37.errors = [{instancePath:instancePath+"/LastUpdateTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema22.type}}];
return false;
}
if(errors === _errs52){
if(typeof data23 === "string"){
if(!pattern0.test(data23)){
validate37.errors = [{instancePath:instancePath+"/LastUpdateTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
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
validate37.errors = [{instancePath:instancePath+"/ExecutorGroupId",schemaPath:"#/properties/ExecutorGroupId/type",keyword:"type",params:{type: schema47.properties.ExecutorGroupId.type}}];
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
validate37.errors = [{instancePath:instancePath+"/ExecutorGroupName",schemaPath:"#/properties/ExecutorGroupName/type",keyword:"type",params:{type: schema47.properties.ExecutorGroupName.type}}];
return false;
}
var valid0 = _errs56 === errors;
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
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.TotalCount !== undefined){
let data0 = data.TotalCount;
const _errs1 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (data0 !== null)){
validate36.errors = [{instancePath:instancePath+"/TotalCount",schemaPath:"#/properties/TotalCount/type",keyword:"type",params:{type: schema46.properties.TotalCount.type}}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
validate36.errors = [{instancePath:instancePath+"/TotalCount",schemaPath:"#/properties/TotalCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
if(data.TotalPageNumber !== undefined){
let data1 = data.TotalPageNumber;
const _errs3 = errors;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (data1 !== null)){
validate36.errors = [{instancePath:instancePath+"/TotalPageNumber",schemaPath:"#/properties/TotalPageNumber/type",keyword:"type",params:{type: schema46.properties.TotalPageNumber.type}}];
return false;
}
if(errors === _errs3){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate36.errors = [{instancePath:instancePath+"/TotalPageNumber",schemaPath:"#/properties/TotalPageNumber/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
validate36.errors = [{instancePath:instancePath+"/PageNumber",schemaPath:"#/properties/PageNumber/type",keyword:"type",params:{type: schema46.properties.PageNumber.type}}];
return false;
}
if(errors === _errs5){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate36.errors = [{instancePath:instancePath+"/PageNumber",schemaPath:"#/properties/PageNumber/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
validate36.errors = [{instancePath:instancePath+"/PageSize",schemaPath:"#/properties/PageSize/type",keyword:"type",params:{type: schema46.properties.PageSize.type}}];
return false;
}
if(errors === _errs7){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate36.errors = [{instancePath:instancePath+"/PageSize",schemaPath:"#/properties/PageSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
if(data.Items !== undefined){
let data4 = data.Items;
const _errs9 = errors;
if((!(Array.isArray(data4))) && (data4 !== null)){
validate36.errors = [{instancePath:instancePath+"/Items",schemaPath:"#/properties/Items/type",keyword:"type",params:{type: schema46.properties.Items.type}}];
return false;
}
if(errors === _errs9){
if(Array.isArray(data4)){
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(!(validate37(data4[i0], {instancePath:instancePath+"/Items/" + i0,parentData:data4,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
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
let missing0;
if((data.RequestId === undefined) && (missing0 = "RequestId")){
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.Error !== undefined){
var valid0 = false;
validate35.errors = [{instancePath:instancePath+"/Error",schemaPath:"#/properties/Error/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Data !== undefined){
const _errs1 = errors;
if(!(validate36(data.Data, {instancePath:instancePath+"/Data",parentData:data,parentDataProperty:"Data",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
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
validate35.errors = [{instancePath:instancePath+"/RequestId",schemaPath:"#/components/schemas/RequestId/type",keyword:"type",params:{type: "string"}}];
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
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate35.errors = vErrors;
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


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Response === undefined) && (missing0 = "Response")){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "Response")){
validate34.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
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
if(!(validate35(data0, {instancePath:instancePath+"/Response",parentData:data,parentDataProperty:"Response",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
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
validate34.errors = vErrors;
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
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}

export const validateTaskInstancePage = validate42;

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.TotalCount !== undefined){
let data0 = data.TotalCount;
const _errs1 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (data0 !== null)){
validate42.errors = [{instancePath:instancePath+"/TotalCount",schemaPath:"#/properties/TotalCount/type",keyword:"type",params:{type: schema46.properties.TotalCount.type}}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
validate42.errors = [{instancePath:instancePath+"/TotalCount",schemaPath:"#/properties/TotalCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
if(data.TotalPageNumber !== undefined){
let data1 = data.TotalPageNumber;
const _errs3 = errors;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (data1 !== null)){
validate42.errors = [{instancePath:instancePath+"/TotalPageNumber",schemaPath:"#/properties/TotalPageNumber/type",keyword:"type",params:{type: schema46.properties.TotalPageNumber.type}}];
return false;
}
if(errors === _errs3){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate42.errors = [{instancePath:instancePath+"/TotalPageNumber",schemaPath:"#/properties/TotalPageNumber/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
validate42.errors = [{instancePath:instancePath+"/PageNumber",schemaPath:"#/properties/PageNumber/type",keyword:"type",params:{type: schema46.properties.PageNumber.type}}];
return false;
}
if(errors === _errs5){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate42.errors = [{instancePath:instancePath+"/PageNumber",schemaPath:"#/properties/PageNumber/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
validate42.errors = [{instancePath:instancePath+"/PageSize",schemaPath:"#/properties/PageSize/type",keyword:"type",params:{type: schema46.properties.PageSize.type}}];
return false;
}
if(errors === _errs7){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate42.errors = [{instancePath:instancePath+"/PageSize",schemaPath:"#/properties/PageSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
if(data.Items !== undefined){
let data4 = data.Items;
const _errs9 = errors;
if((!(Array.isArray(data4))) && (data4 !== null)){
validate42.errors = [{instancePath:instancePath+"/Items",schemaPath:"#/properties/Items/type",keyword:"type",params:{type: schema46.properties.Items.type}}];
return false;
}
if(errors === _errs9){
if(Array.isArray(data4)){
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(!(validate37(data4[i0], {instancePath:instancePath+"/Items/" + i0,parentData:data4,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate42.errors = vErrors;
return errors === 0;
}

