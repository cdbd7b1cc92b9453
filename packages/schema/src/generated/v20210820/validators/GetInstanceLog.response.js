// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
"use strict";
export const validateGetInstanceLogResponseBody = validate11;
const schema12 = {"type":"object","additionalProperties":false,"required":["Response"],"properties":{"Response":{"anyOf":[{"$ref":"#/components/schemas/GetInstanceLogResponse"},{"$ref":"#/components/schemas/TencentCloudErrorResponse"}]}}};
const schema13 = {"type":"object","required":["RequestId"],"properties":{"Error":false,"Data":{"oneOf":[{"$ref":"#/components/schemas/InstanceLogVO"},{"type":"null"}]},"RequestId":{"$ref":"#/components/schemas/RequestId"}}};
const schema19 = {"type":"string"};
const schema14 = {"type":"object","properties":{"InstanceKey":{"type":["string","null"]},"ProjectId":{"type":["string","null"]},"InstanceState":{"$ref":"#/components/schemas/InstanceState"},"RunType":{"$ref":"#/components/schemas/RunType"},"StartTime":{"$ref":"#/components/schemas/WedataTime"},"EndTime":{"$ref":"#/components/schemas/WedataTime"},"CodeInfo":{"type":["string","null"]},"CodeFileSize":{"type":["string","null"]},"BrokerIp":{"type":["string","null"]},"LogInfo":{"type":["string","null"]},"LogFileSize":{"type":["string","null"]},"LineCount":{"type":["integer","null"],"minimum":0},"ExtInfo":{"type":["string","null"]},"IsEnd":{"type":["boolean","null"]}}};
const schema15 = {"type":["integer","null"],"minimum":0};
const schema16 = {"type":["string","null"]};
const schema17 = {"type":["string","null"],"pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"};
const pattern0 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$", "u");

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


function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.RequestId === undefined) && (missing0 = "RequestId")){
validate12.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.Error !== undefined){
var valid0 = false;
validate12.errors = [{instancePath:instancePath+"/Error",schemaPath:"#/properties/Error/false schema",keyword:"false schema",params:{}}];
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
if(!(validate13(data1, {instancePath:instancePath+"/Data",parentData:data,parentDataProperty:"Data",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
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
validate12.errors = vErrors;
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
validate12.errors = [{instancePath:instancePath+"/RequestId",schemaPath:"#/components/schemas/RequestId/type",keyword:"type",params:{type: "string"}}];
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
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate12.errors = vErrors;
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


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Response === undefined) && (missing0 = "Response")){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "Response")){
validate11.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
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
if(!(validate12(data0, {instancePath:instancePath+"/Response",parentData:data,parentDataProperty:"Response",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
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
validate11.errors = vErrors;
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
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}

export const validateInstanceLogVO = validate18;

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.InstanceKey !== undefined){
let data0 = data.InstanceKey;
const _errs1 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate18.errors = [{instancePath:instancePath+"/InstanceKey",schemaPath:"#/properties/InstanceKey/type",keyword:"type",params:{type: schema14.properties.InstanceKey.type}}];
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
validate18.errors = [{instancePath:instancePath+"/ProjectId",schemaPath:"#/properties/ProjectId/type",keyword:"type",params:{type: schema14.properties.ProjectId.type}}];
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
validate18.errors = [{instancePath:instancePath+"/InstanceState",schemaPath:"#/components/schemas/InstanceState/type",keyword:"type",params:{type: schema15.type}}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate18.errors = [{instancePath:instancePath+"/InstanceState",schemaPath:"#/components/schemas/InstanceState/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
validate18.errors = [{instancePath:instancePath+"/RunType",schemaPath:"#/components/schemas/RunType/type",keyword:"type",params:{type: schema16.type}}];
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
validate18.errors = [{instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema17.type}}];
return false;
}
if(errors === _errs12){
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
validate18.errors = [{instancePath:instancePath+"/StartTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
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
validate18.errors = [{instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/type",keyword:"type",params:{type: schema17.type}}];
return false;
}
if(errors === _errs15){
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
validate18.errors = [{instancePath:instancePath+"/EndTime",schemaPath:"#/components/schemas/WedataTime/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"}}];
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
validate18.errors = [{instancePath:instancePath+"/CodeInfo",schemaPath:"#/properties/CodeInfo/type",keyword:"type",params:{type: schema14.properties.CodeInfo.type}}];
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
validate18.errors = [{instancePath:instancePath+"/CodeFileSize",schemaPath:"#/properties/CodeFileSize/type",keyword:"type",params:{type: schema14.properties.CodeFileSize.type}}];
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
validate18.errors = [{instancePath:instancePath+"/BrokerIp",schemaPath:"#/properties/BrokerIp/type",keyword:"type",params:{type: schema14.properties.BrokerIp.type}}];
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
validate18.errors = [{instancePath:instancePath+"/LogInfo",schemaPath:"#/properties/LogInfo/type",keyword:"type",params:{type: schema14.properties.LogInfo.type}}];
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
validate18.errors = [{instancePath:instancePath+"/LogFileSize",schemaPath:"#/properties/LogFileSize/type",keyword:"type",params:{type: schema14.properties.LogFileSize.type}}];
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
validate18.errors = [{instancePath:instancePath+"/LineCount",schemaPath:"#/properties/LineCount/type",keyword:"type",params:{type: schema14.properties.LineCount.type}}];
return false;
}
if(errors === _errs27){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
validate18.errors = [{instancePath:instancePath+"/LineCount",schemaPath:"#/properties/LineCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
validate18.errors = [{instancePath:instancePath+"/ExtInfo",schemaPath:"#/properties/ExtInfo/type",keyword:"type",params:{type: schema14.properties.ExtInfo.type}}];
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
validate18.errors = [{instancePath:instancePath+"/IsEnd",schemaPath:"#/properties/IsEnd/type",keyword:"type",params:{type: schema14.properties.IsEnd.type}}];
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
validate18.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate18.errors = vErrors;
return errors === 0;
}

