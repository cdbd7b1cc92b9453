// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
"use strict";
export const validateGetOpsAsyncJobResponseBody = validate11;
const schema12 = {"type":"object","additionalProperties":false,"required":["Response"],"properties":{"Response":{"anyOf":[{"$ref":"#/components/schemas/GetOpsAsyncJobResponse"},{"$ref":"#/components/schemas/TencentCloudErrorResponse"}]}}};
const schema13 = {"type":"object","required":["RequestId"],"properties":{"Error":false,"Data":{"oneOf":[{"$ref":"#/components/schemas/OpsAsyncJobDetail"},{"type":"null"}]},"RequestId":{"$ref":"#/components/schemas/RequestId"}}};
const schema14 = {"type":"object","properties":{"ProjectId":{"type":"string"},"AsyncId":{"type":"string"},"AsyncType":{"type":"string"},"Status":{"type":"string"},"ErrorDesc":{"type":["string","null"]},"TotalSubProcessCount":{"type":["integer","null"],"minimum":0},"FinishedSubProcessCount":{"type":["integer","null"],"minimum":0},"SuccessSubProcessCount":{"type":["integer","null"],"minimum":0},"CreateUserUin":{"type":["string","null"]},"CreateTime":{"type":"string"},"UpdateTime":{"type":"string"}}};
const schema15 = {"type":"string"};

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
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.ProjectId !== undefined){
const _errs6 = errors;
if(typeof data1.ProjectId !== "string"){
const err0 = {instancePath:instancePath+"/Data/ProjectId",schemaPath:"#/components/schemas/OpsAsyncJobDetail/properties/ProjectId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid3 = _errs6 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.AsyncId !== undefined){
const _errs8 = errors;
if(typeof data1.AsyncId !== "string"){
const err1 = {instancePath:instancePath+"/Data/AsyncId",schemaPath:"#/components/schemas/OpsAsyncJobDetail/properties/AsyncId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid3 = _errs8 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.AsyncType !== undefined){
const _errs10 = errors;
if(typeof data1.AsyncType !== "string"){
const err2 = {instancePath:instancePath+"/Data/AsyncType",schemaPath:"#/components/schemas/OpsAsyncJobDetail/properties/AsyncType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.Status !== undefined){
const _errs12 = errors;
if(typeof data1.Status !== "string"){
const err3 = {instancePath:instancePath+"/Data/Status",schemaPath:"#/components/schemas/OpsAsyncJobDetail/properties/Status/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.ErrorDesc !== undefined){
let data6 = data1.ErrorDesc;
const _errs14 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
const err4 = {instancePath:instancePath+"/Data/ErrorDesc",schemaPath:"#/components/schemas/OpsAsyncJobDetail/properties/ErrorDesc/type",keyword:"type",params:{type: schema14.properties.ErrorDesc.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.TotalSubProcessCount !== undefined){
let data7 = data1.TotalSubProcessCount;
const _errs16 = errors;
if((!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) && (data7 !== null)){
const err5 = {instancePath:instancePath+"/Data/TotalSubProcessCount",schemaPath:"#/components/schemas/OpsAsyncJobDetail/properties/TotalSubProcessCount/type",keyword:"type",params:{type: schema14.properties.TotalSubProcessCount.type}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(errors === _errs16){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err6 = {instancePath:instancePath+"/Data/TotalSubProcessCount",schemaPath:"#/components/schemas/OpsAsyncJobDetail/properties/TotalSubProcessCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.FinishedSubProcessCount !== undefined){
let data8 = data1.FinishedSubProcessCount;
const _errs18 = errors;
if((!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) && (data8 !== null)){
const err7 = {instancePath:instancePath+"/Data/FinishedSubProcessCount",schemaPath:"#/components/schemas/OpsAsyncJobDetail/properties/FinishedSubProcessCount/type",keyword:"type",params:{type: schema14.properties.FinishedSubProcessCount.type}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(errors === _errs18){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err8 = {instancePath:instancePath+"/Data/FinishedSubProcessCount",schemaPath:"#/components/schemas/OpsAsyncJobDetail/properties/FinishedSubProcessCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.SuccessSubProcessCount !== undefined){
let data9 = data1.SuccessSubProcessCount;
const _errs20 = errors;
if((!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) && (data9 !== null)){
const err9 = {instancePath:instancePath+"/Data/SuccessSubProcessCount",schemaPath:"#/components/schemas/OpsAsyncJobDetail/properties/SuccessSubProcessCount/type",keyword:"type",params:{type: schema14.properties.SuccessSubProcessCount.type}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(errors === _errs20){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err10 = {instancePath:instancePath+"/Data/SuccessSubProcessCount",schemaPath:"#/components/schemas/OpsAsyncJobDetail/properties/SuccessSubProcessCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.CreateUserUin !== undefined){
let data10 = data1.CreateUserUin;
const _errs22 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
const err11 = {instancePath:instancePath+"/Data/CreateUserUin",schemaPath:"#/components/schemas/OpsAsyncJobDetail/properties/CreateUserUin/type",keyword:"type",params:{type: schema14.properties.CreateUserUin.type}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.CreateTime !== undefined){
const _errs24 = errors;
if(typeof data1.CreateTime !== "string"){
const err12 = {instancePath:instancePath+"/Data/CreateTime",schemaPath:"#/components/schemas/OpsAsyncJobDetail/properties/CreateTime/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.UpdateTime !== undefined){
const _errs26 = errors;
if(typeof data1.UpdateTime !== "string"){
const err13 = {instancePath:instancePath+"/Data/UpdateTime",schemaPath:"#/components/schemas/OpsAsyncJobDetail/properties/UpdateTime/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
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
const err14 = {instancePath:instancePath+"/Data",schemaPath:"#/components/schemas/OpsAsyncJobDetail/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs28 = errors;
if(data1 !== null){
const err15 = {instancePath:instancePath+"/Data",schemaPath:"#/properties/Data/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs28 === errors;
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
const err16 = {instancePath:instancePath+"/Data",schemaPath:"#/properties/Data/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
const _errs30 = errors;
if(typeof data.RequestId !== "string"){
validate12.errors = [{instancePath:instancePath+"/RequestId",schemaPath:"#/components/schemas/RequestId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs30 === errors;
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

export const validateOpsAsyncJobDetail = validate16;

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ProjectId !== undefined){
const _errs1 = errors;
if(typeof data.ProjectId !== "string"){
validate16.errors = [{instancePath:instancePath+"/ProjectId",schemaPath:"#/properties/ProjectId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.AsyncId !== undefined){
const _errs3 = errors;
if(typeof data.AsyncId !== "string"){
validate16.errors = [{instancePath:instancePath+"/AsyncId",schemaPath:"#/properties/AsyncId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.AsyncType !== undefined){
const _errs5 = errors;
if(typeof data.AsyncType !== "string"){
validate16.errors = [{instancePath:instancePath+"/AsyncType",schemaPath:"#/properties/AsyncType/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Status !== undefined){
const _errs7 = errors;
if(typeof data.Status !== "string"){
validate16.errors = [{instancePath:instancePath+"/Status",schemaPath:"#/properties/Status/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ErrorDesc !== undefined){
let data4 = data.ErrorDesc;
const _errs9 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate16.errors = [{instancePath:instancePath+"/ErrorDesc",schemaPath:"#/properties/ErrorDesc/type",keyword:"type",params:{type: schema14.properties.ErrorDesc.type}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.TotalSubProcessCount !== undefined){
let data5 = data.TotalSubProcessCount;
const _errs11 = errors;
if((!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) && (data5 !== null)){
validate16.errors = [{instancePath:instancePath+"/TotalSubProcessCount",schemaPath:"#/properties/TotalSubProcessCount/type",keyword:"type",params:{type: schema14.properties.TotalSubProcessCount.type}}];
return false;
}
if(errors === _errs11){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate16.errors = [{instancePath:instancePath+"/TotalSubProcessCount",schemaPath:"#/properties/TotalSubProcessCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
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
if(data.FinishedSubProcessCount !== undefined){
let data6 = data.FinishedSubProcessCount;
const _errs13 = errors;
if((!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) && (data6 !== null)){
validate16.errors = [{instancePath:instancePath+"/FinishedSubProcessCount",schemaPath:"#/properties/FinishedSubProcessCount/type",keyword:"type",params:{type: schema14.properties.FinishedSubProcessCount.type}}];
return false;
}
if(errors === _errs13){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate16.errors = [{instancePath:instancePath+"/FinishedSubProcessCount",schemaPath:"#/properties/FinishedSubProcessCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.SuccessSubProcessCount !== undefined){
let data7 = data.SuccessSubProcessCount;
const _errs15 = errors;
if((!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) && (data7 !== null)){
validate16.errors = [{instancePath:instancePath+"/SuccessSubProcessCount",schemaPath:"#/properties/SuccessSubProcessCount/type",keyword:"type",params:{type: schema14.properties.SuccessSubProcessCount.type}}];
return false;
}
if(errors === _errs15){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
validate16.errors = [{instancePath:instancePath+"/SuccessSubProcessCount",schemaPath:"#/properties/SuccessSubProcessCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CreateUserUin !== undefined){
let data8 = data.CreateUserUin;
const _errs17 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate16.errors = [{instancePath:instancePath+"/CreateUserUin",schemaPath:"#/properties/CreateUserUin/type",keyword:"type",params:{type: schema14.properties.CreateUserUin.type}}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CreateTime !== undefined){
const _errs19 = errors;
if(typeof data.CreateTime !== "string"){
validate16.errors = [{instancePath:instancePath+"/CreateTime",schemaPath:"#/properties/CreateTime/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.UpdateTime !== undefined){
const _errs21 = errors;
if(typeof data.UpdateTime !== "string"){
validate16.errors = [{instancePath:instancePath+"/UpdateTime",schemaPath:"#/properties/UpdateTime/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs21 === errors;
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
else {
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}

