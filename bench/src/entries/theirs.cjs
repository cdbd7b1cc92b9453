const { Client } = require("tencentcloud-sdk-nodejs/tencentcloud/services/wedata/v20210820/wedata_client.js");

exports.getTaskInstance = (endpoint, credential) =>
  new Client({ credential, region: "ap-guangzhou", profile: { httpProfile: { endpoint } } }).GetTaskInstance({
    ProjectId: "1460947878944567296",
    InstanceKey: "20250326150742906_2025-03-28 00:00:00",
  });
