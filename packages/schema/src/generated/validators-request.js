// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
"use strict";
export const validateGetTaskInstanceRequest = validate21;
const schema32 = {"type":"object","description":"The body of a GetTaskInstance request.","additionalProperties":false,"required":["ProjectId","InstanceKey"],"properties":{"ProjectId":{"type":"string","description":"The project ID, a string of digits (19 in practice, beyond JavaScript's safe integers).","pattern":"^[0-9]+$","examples":["1460947878944567296"]},"InstanceKey":{"type":"string","description":"The unique key of the instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>`, the task ID, an underscore and the\ninstance's data time (`CurRunDate`). It contains a space.\n","pattern":"^[0-9]+_[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01]) (?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$","examples":["20250326150742906_2025-03-28 00:00:00"]},"ScheduleTimeZone":{"type":"string","description":"The time zone of the scheduling and run times in the reply, as `UTC+8`, `UTC-5` or `UTC+5:30`\n(hours 0 to 14). Default `UTC+8`.\n","pattern":"^UTC[+-](?:[0-9]|1[0-4])(?::[0-5][0-9])?$","default":"UTC+8","examples":["UTC+6"]}}};
const pattern4 = new RegExp("^[0-9]+$", "u");
const pattern5 = new RegExp("^[0-9]+_[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01]) (?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$", "u");
const pattern6 = new RegExp("^UTC[+-](?:[0-9]|1[0-4])(?::[0-5][0-9])?$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ProjectId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ProjectId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.InstanceKey === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "InstanceKey"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "ProjectId") || (key0 === "InstanceKey")) || (key0 === "ScheduleTimeZone"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.ProjectId !== undefined){
let data0 = data.ProjectId;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err3 = {instancePath:instancePath+"/ProjectId",schemaPath:"#/properties/ProjectId/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/ProjectId",schemaPath:"#/properties/ProjectId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.InstanceKey !== undefined){
let data1 = data.InstanceKey;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err5 = {instancePath:instancePath+"/InstanceKey",schemaPath:"#/properties/InstanceKey/pattern",keyword:"pattern",params:{pattern: "^[0-9]+_[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01]) (?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/InstanceKey",schemaPath:"#/properties/InstanceKey/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.ScheduleTimeZone !== undefined){
let data2 = data.ScheduleTimeZone;
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
const err7 = {instancePath:instancePath+"/ScheduleTimeZone",schemaPath:"#/properties/ScheduleTimeZone/pattern",keyword:"pattern",params:{pattern: "^UTC[+-](?:[0-9]|1[0-4])(?::[0-5][0-9])?$"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/ScheduleTimeZone",schemaPath:"#/properties/ScheduleTimeZone/type",keyword:"type",params:{type: "string"}};
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
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

