// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionParameters } from "@wedata-openapi/schema-core";
import type { operations } from "@wedata-openapi/schema-core/v20250806";

/**
 * Each action's summary and request members, as the spec describes them (for command lines and forms).
 * Typed by shape, not as literals: the declaration stays one line however many actions there are.
 */
export const parameters: Readonly<Record<keyof operations, ActionParameters>> = {
  "AddCalcEnginesToProject": {
    "summary": "Associate an engine with a certain project",
    "description": "Associate a project cluster.",
    "zh": {
      "summary": "关联引擎到某个项目",
      "description": "关联项目集群"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Modified project ID."
      },
      {
        "name": "DLCInfo",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "DLC cluster information."
      }
    ]
  },
  "AssociateResourceGroupToProject": {
    "summary": "Associate a resource group with a certain project",
    "description": "This API is used to bind the designated execution resource group to the project.",
    "zh": {
      "summary": "关联资源组到某个项目",
      "description": "该接口用于将指定执行资源组绑定到项目"
    },
    "members": [
      {
        "name": "ResourceGroupId",
        "type": "string",
        "required": true,
        "description": "Resource group ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      }
    ]
  },
  "AuthorizeDataSource": {
    "summary": "Authorize a data source",
    "description": "Authorize a data source.",
    "zh": {
      "summary": "授权数据源",
      "description": "授权数据源"
    },
    "members": [
      {
        "name": "DataSourceId",
        "type": "string",
        "required": true,
        "description": "Data source ID."
      },
      {
        "name": "AuthProjectId",
        "type": "string",
        "required": false,
        "description": "Authorize the target project id."
      },
      {
        "name": "AuthUsers",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "List of users in the authorized project, format: project id_user id.\nCan only select either the AuthProjectId parameter.\nAuthorize multiple objects. the project id must be consistent."
      }
    ]
  },
  "AuthorizePrivileges": {
    "summary": "Authorization",
    "description": "Authorization in Catalog mode.",
    "zh": {
      "summary": "授权",
      "description": "Catalog模式下授权"
    },
    "members": [
      {
        "name": "Resources",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Resource array.\nResourceType: originates from the ResourceType returned by the GetGrantPrivilegesSTD API in the TCCATALOG module, and change to capitalize the first letter, such as METALAKE corresponding to METALAKE.\nResourceUri depends on ResourceType. fixed as default for Metalake. use the three-segment format of catalog for other categories, such as.\n-Metalake, fixed as default.\n-Catalog. specifies the catalogName.\n-Schema. valid values: catalogName.SchemaName.\n-Table, in the format of catalogName.SchemaName.TableName."
      },
      {
        "name": "Subjects",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Authorization entity array. specifies the SubjectType and corresponding SubjectValue value rules.\n-User.\n-User id obtained from DescribeTenantUserList.\n-Project.\n-ProjectId from the DescribeUserProjects request parameters structure.\n-Role (project-level role).\n-First call DescribeUserProjects to obtain the project ID (ProjectId), then call DescribeRoleList to get the role ID (RoleId), and combine them as $ProjectId.$ProjectId.RoleId, for example \"3085649716411588608.308335260274237440\".\n-GlobalRole (platform-level role).\n-AllAccountUsers all users.\n-Another ID, taken from RoleId in DescribeTenantRole."
      },
      {
        "name": "Privileges",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Permission point, comes from the NAME in various Privileges returned by the GetGrantPrivilegesSTD API in the TCCATALOG module."
      }
    ]
  },
  "CreateCodeFile": {
    "summary": "Create a code file",
    "description": "This API is used to create a code file.",
    "zh": {
      "summary": "新建代码文件",
      "description": "新建代码文件"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "CodeFileName",
        "type": "string",
        "required": true,
        "description": "Filename of the code file."
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Parent folder path, such as /aaa/bbb/ccc. the path must start with a slash. use / for the root directory."
      },
      {
        "name": "CodeFileConfig",
        "type": "object",
        "required": false,
        "description": "Specifies the code file configuration."
      },
      {
        "name": "CodeFileContent",
        "type": "string",
        "required": false,
        "description": "Specifies the code file content."
      }
    ]
  },
  "CreateCodeFolder": {
    "summary": "Create a code folder",
    "description": "This API is used to create a code folder.",
    "zh": {
      "summary": "新建代码文件夹",
      "description": "新建代码文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "Folder name."
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Parent folder path, such as /aaa/bbb/ccc. the path must start with a slash. use / for the root directory."
      }
    ]
  },
  "CreateCodePermissions": {
    "summary": "Configure CodeStudio entity permission",
    "description": "Configure CodeStudio entity permission.",
    "zh": {
      "summary": "配置Studio实体权限",
      "description": "配置CodeStudio实体权限"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "AuthorizePermissionObjects",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Operation object."
      }
    ]
  },
  "CreateDataBackfillPlan": {
    "summary": "Create a data backfill plan",
    "description": "This API is used to create a data backfill plan.",
    "zh": {
      "summary": "创建数据补录计划",
      "description": "创建数据补录计划"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Backfill task collection."
      },
      {
        "name": "DataBackfillRangeList",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Specifies the data time configuration for the backfill task."
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "description": "Time zone, default UTC+8."
      },
      {
        "name": "DataBackfillPlanName",
        "type": "string",
        "required": false,
        "description": "Backfill plan name. if left empty, a string of characters is randomly generated by system."
      },
      {
        "name": "CheckParentType",
        "type": "string",
        "required": false,
        "description": "Check parent task type. valid values: NONE (do not check ALL), ALL (check ALL upstream parent tasks), MAKE_SCOPE (only check in the currently selected tasks of the backfill plan). default: NONE (do not check)."
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "Specifies whether to ignore event dependency for backfill. default true."
      },
      {
        "name": "RedefineSelfWorkflowDependency",
        "type": "string",
        "required": false,
        "description": "Custom workflow self-dependency. valid values: yes or no. if not configured, use the original workflow self-dependency."
      },
      {
        "name": "RedefineParallelNum",
        "type": "integer",
        "required": false,
        "description": "Customizes the degree of concurrency for instance running. if without configuring, use the existing self-dependent of the task."
      },
      {
        "name": "SchedulerResourceGroupId",
        "type": "string",
        "required": false,
        "description": "Scheduling resource group id. if left empty, indicates usage of the original task scheduling execution resource group."
      },
      {
        "name": "IntegrationResourceGroupId",
        "type": "string",
        "required": false,
        "description": "Integration task resource group id. indicates usage of the original task scheduling execution resource group if empty."
      },
      {
        "name": "RedefineParamList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Custom parameter. re-specifies the task's parameters to facilitate the execution of new logic by replenished instances."
      },
      {
        "name": "DataTimeOrder",
        "type": "string",
        "required": false,
        "description": "Backfill Execution Order - The execution order for backfill instances based on their data time. Effective only when both conditions are met:\n\n1. Must be the same cycle task.\n\n2. Priority is given to dependency order. If no dependencies apply, execution follows the configured order.\n\nValid values:\n\n-NORMAL: No specific order (default)\n\n-ORDER: Execute in chronological order\n\n-REVERSE: Execute in reverse chronological order"
      },
      {
        "name": "RedefineCycleType",
        "type": "string",
        "required": false,
        "description": "Backfill Instance Regeneration Cycle - If set, this will redefine the generation cycle of backfill task instances. Currently, only daily instances can be converted into instances generated on the first day of each month.\n\nValid value:\n\nMONTH_CYCLE: Monthly"
      },
      {
        "name": "ComputeConfigMappings",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "<p>存算配置映射列表，对应页面“存算引擎配置”</p>"
      }
    ]
  },
  "CreateDataSource": {
    "summary": "Creates a data source",
    "description": "This API is used to create a data source in the designated project.",
    "zh": {
      "summary": "创建数据源",
      "description": "该接口用于在指定项目中创建数据源"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Data source item ID."
      },
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "Data source name"
      },
      {
        "name": "Type",
        "type": "string",
        "required": true,
        "description": "Data source type: enumeration value.\n\n- MYSQL\n- TENCENT_MYSQL\n- POSTGRE\n- ORACLE\n- SQLSERVER\n- FTP\n- HIVE\n- HUDI\n- HDFS\n- ICEBERG\n- KAFKA\n- DTS_KAFKA\n- HBASE\n- SPARK\n- TBASE\n- DB2\n- DM\n- GAUSSDB\n- GBASE\n- IMPALA\n- ES\n- TENCENT_ES\n- GREENPLUM\n- SAP_HANA\n- SFTP\n- OCEANBASE\n- CLICKHOUSE\n- KUDU\n- VERTICA\n- REDIS\n- COS\n- DLC\n- DORIS\n- CKAFKA\n- S3_DATAINSIGHT\n- TDSQL\n- TDSQL_MYSQL\n- MONGODB\n- TENCENT_MONGODB\n- REST_API\n- TiDB\n- StarRocks\n- Trino\n- Kyuubi\n- TCHOUSE_X\n- TCHOUSE_P\n- TCHOUSE_C\n- TCHOUSE_D\n- INFLUXDB\n- BIG_QUERY\n- SSH\n- BLOB\n- TDSQL_POSTGRE\n- GDB\n- TDENGINE\n- TDSQLC\n- FileSystem"
      },
      {
        "name": "ProdConProperties",
        "type": "string",
        "required": true,
        "description": "Configuration message of data sources is stored in JSON KV, based on data source type, KV storage information varies.\n\n> deployType: \nCONNSTR_PUBLICDB (public network instance). \nCONNSTR_CVMDB (self-built instance).\nCloud INSTANCE.\n\n```\nmysql: self-built instance.\n{\n    \"deployType\": \"CONNSTR_CVMDB\",\n    \"url\": \"jdbc:mysql://1.1.1.1:1111/example#test#123456\",\n    \"username\": \"root\",\n    \"password\": \"example#test#123456\",\n    \"region\": \"ap-shanghai\",\n    \"vpcId\": \"vpc-kprq42yo\",\n    \"type\": \"MYSQL\"\n}\nmysql: cloud instance.\n{\n    \"instanceid\": \"cdb-12uxdo5e\",\n    \"db\": \"db\",\n    \"region\": \"ap-shanghai\",\n    \"username\": \"msyql\",\n    \"password\": \"example#test#123456\",\n    \"deployType\": \"INSTANCE\",\n    \"type\": \"TENCENT_MYSQL\"\n}\nsql_server: \n{\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"url\": \"jdbc:sqlserver://1.1.1.1:223;example#test#123456\",\n    \"username\": \"user_1\",\n    \"password\": \"example#test#123456\",\n    \"type\": \"SQLSERVER\"\n}\nredis:\n    redisType:\n-Account-Free.\n-SELF_ACCOUNT (custom account).\n{\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"username\":\"\"\n    \"password\": \"example#test#123456\",\n    \"ip\": \"1.1.1.1\",\n    \"port\": \"6379\",\n    \"redisType\": \"NO_ACCOUT\",\n    \"type\": \"REDIS\"\n}\noracle: \n{\n    \"deployType\": \"CONNSTR_CVMDB\",\n    \"url\": \"jdbc:oracle:thin:@1.1.1.1:1521:example#test#123456\",\n    \"username\": \"oracle\",\n    \"password\": \"example#test#123456\",\n    \"region\": \"ap-shanghai\",\n    \"vpcId\": \"vpc-kprq42yo\",\n    \"type\": \"ORACLE\"\n}\nmongodb:\nadvanceParams (custom parameters, which will be appended to the url).\n{\n    \"advanceParams\": [\n        {\n            \"key\": \"authSource\",\n            \"value\": \"auth\"\n        }\n    ],\n    \"db\": \"admin\",\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"username\": \"user\",\n    \"password\": \"example#test#123456\",\n    \"type\": \"MONGODB\",\n    \"host\": \"1.1.1.1:9200\"\n}\npostgresql:\n{\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"url\": \"jdbc:postgresql://1.1.1.1:1921/example#test#123456\",\n    \"username\": \"user\",\n    \"password\": \"example#test#123456\",\n    \"type\": \"POSTGRE\"\n}\nkafka:\n    authType:\n        - sasl\n        - jaas\n        - sasl_plaintext\n        - sasl_ssl\n        - GSSAPI\n    ssl:\n        -PLAIN\n        -GSSAPI\n{\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"host\": \"1.1.1.1:9092\",\n    \"ssl\": \"GSSAPI\",\n    \"authType\": \"sasl\",\n    \"type\": \"KAFKA\",\n    \"principal\": \"aaaa\",\n    \"serviceName\": \"kafka\"\n}\n\ncos:\n{\n    \"region\": \"ap-shanghai\",\n    \"deployType\": \"INSTANCE\",\n    \"secretId\": \"aaaaa\",\n    \"secretKey\": \"example#test#123456\",\n    \"bucket\": \"aaa\",\n    \"type\": \"COS\"\n}\n\n```"
      },
      {
        "name": "DevConProperties",
        "type": "string",
        "required": false,
        "description": "Development environment data source configuration info. if the project is in standard mode, this field is required."
      },
      {
        "name": "ProdFileUpload",
        "type": "object",
        "required": false,
        "description": "Upload data source file in production environment."
      },
      {
        "name": "DevFileUpload",
        "type": "object",
        "required": false,
        "description": "Upload the data source file in the development environment."
      },
      {
        "name": "DisplayName",
        "type": "string",
        "required": false,
        "description": "Data source display name for visual inspection."
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Data source description information"
      }
    ]
  },
  "CreateOpsAlarmRule": {
    "summary": "Set Alarm rules",
    "description": "This API is used to set alarm rules.",
    "zh": {
      "summary": "设置告警规则",
      "description": "设置告警规则"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "AlarmRuleName",
        "type": "string",
        "required": true,
        "description": "Specifies the Alarm rule name."
      },
      {
        "name": "MonitorObjectIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Monitoring Object Business ID List - Pass different business IDs depending on the value of MonitorType:\n\n1 (Task): MonitorObjectIds should contain a list of task IDs.\n\n2 (Workflow): MonitorObjectIds should contain a list of workflow IDs (workflow IDs can be obtained using the ListWorkflows API).\n\n3 (Project): MonitorObjectIds should contain a list of project IDs."
      },
      {
        "name": "AlarmTypes",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Alarm Rule Monitoring Types:\n\nfailure: Failure alarm\n\novertime: Timeout alarm\n\nsuccess: Success alarm\n\nbackTrackingOrRerunSuccess: Alarm when backfill/rerun succeeds\n\nbackTrackingOrRerunFailure: Alarm when backfill/rerun fails\n\nprojectFailureInstanceUpwardFluctuationAlarm: Alarm when the upward fluctuation rate of failed instances for the day exceeds the threshold\n\nprojectSuccessInstanceDownwardFluctuationAlarm: Alarm when the downward fluctuation rate of successful instances for the day exceeds the threshold\n\nreconciliationFailure: Alarm when an offline reconciliation task fails\n\nreconciliationOvertime: Alarm when an offline reconciliation task runs overtime\n\nreconciliationMismatch: Alarm when the number of mismatched records in reconciliation exceeds the threshold"
      },
      {
        "name": "AlarmGroups",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Alarm recipient configuration."
      },
      {
        "name": "MonitorObjectType",
        "type": "integer",
        "required": false,
        "description": "Monitoring Object Type\n\nTask-level Monitoring - Can be configured by Task / Workflow / Project:\n1 = Task (default)\n2 = Workflow\n3 = Project\n\nProject-level Monitoring - Monitors overall task fluctuations within a project:\n7 = Project fluctuation monitoring alarm"
      },
      {
        "name": "AlarmRuleDetail",
        "type": "object",
        "required": false,
        "description": "Alarm Rule Configuration Information\n\nSuccess Alarms - No configuration required;\n\nFailure Alarms - Can be configured to trigger on the first failure or on all retry failures;\n\nTimeout Alarms - Require configuration of the timeout type and timeout threshold;\n\nProject Fluctuation Alarms - Require configuration of the fluctuation rate and the debounce cycle."
      },
      {
        "name": "AlarmLevel",
        "type": "integer",
        "required": false,
        "description": "Alarm level. 1. ordinary, 2. important, 3. critical (default: 1. ordinary)."
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Describes the Alarm rule."
      }
    ]
  },
  "CreateProject": {
    "summary": "Create a project",
    "description": "Create a project with cluster information upon creation.",
    "zh": {
      "summary": "新建项目",
      "description": "创建项目，创建时包含集群信息"
    },
    "members": [
      {
        "name": "Project",
        "type": "object",
        "required": true,
        "description": "Basic project information."
      },
      {
        "name": "DLCInfo",
        "type": "object",
        "required": false,
        "description": "DLC bind cluster information."
      },
      {
        "name": "ResourceIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "id list to bind resource group."
      }
    ]
  },
  "CreateProjectMember": {
    "summary": "Create a project member",
    "description": "Add project user role.",
    "zh": {
      "summary": "创建项目成员",
      "description": "添加项目用户角色"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "UserUins",
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
        "description": "Role id."
      }
    ]
  },
  "CreateQualityRule": {
    "summary": "质量创建规则接口",
    "description": "创建质量规则接口",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "CreateRuleScene",
        "type": "integer",
        "required": true,
        "description": "规则创建场景\n1：单表多规则\n2：多表单规则\n3：克隆创建规则"
      },
      {
        "name": "RuleBOList",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "单条规则信息集合"
      }
    ]
  },
  "CreateQualityRuleGroup": {
    "summary": "质量创建监控任务",
    "description": "创建监控任务",
    "members": [
      {
        "name": "RuleGroupExecStrategyBOList",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "任务参数"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      }
    ]
  },
  "CreateResourceFile": {
    "summary": "Creates a resource file",
    "description": "This API is used to create a resource file.",
    "zh": {
      "summary": "创建资源文件",
      "description": "创建资源文件"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "ResourceName",
        "type": "string",
        "required": true,
        "description": "Resource file name. should be consistent with the uploaded file name."
      },
      {
        "name": "BucketName",
        "type": "string",
        "required": true,
        "description": "Bucket name. can be obtained from the GetResourceCosPath api."
      },
      {
        "name": "CosRegion",
        "type": "string",
        "required": true,
        "description": "BucketName specifies the cos storage bucket region."
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Upload path for resource files in the project. value example: /wedata/qxxxm/. root directory, please use /."
      },
      {
        "name": "ResourceFile",
        "type": "string",
        "required": true,
        "description": "-Upload file or manually enter value. only select one method. if both are provided, the sequence is file > manually entered value.\n-Manually entered value must be existing cos path. parentFolderPath specifies the parent folder path. name specifies the file name. value example: /datastudio/resource/projectId/parentFolderPath/name."
      },
      {
        "name": "BundleId",
        "type": "string",
        "required": false,
        "description": "Bundle Client ID."
      },
      {
        "name": "BundleInfo",
        "type": "string",
        "required": false,
        "description": "bundle client info."
      }
    ]
  },
  "CreateResourceFolder": {
    "summary": "Create a resource folder",
    "description": "This API is used to create a resource file folder.",
    "zh": {
      "summary": "创建资源文件夹",
      "description": "创建资源文件文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Parent folder's absolute path. Example: /wedata/test. Use / to represent the root directory."
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "Folder name."
      }
    ]
  },
  "CreateResourceGroup": {
    "summary": "Creates resource groups",
    "description": "This API is used to purchase resources.",
    "zh": {
      "summary": "创建资源组",
      "description": "该接口用于购买资源"
    },
    "members": [
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "Resource group name. specifies the name of a general resource group. it must start with a letter, may include letters, numbers, and underscores (_), and can contain up to 64 characters."
      },
      {
        "name": "Type",
        "type": "object",
        "required": true,
        "description": "Opened resource group information."
      },
      {
        "name": "AutoRenewEnabled",
        "type": "boolean",
        "required": true,
        "description": "Whether to perform auto-renewal."
      },
      {
        "name": "PurchasePeriod",
        "type": "integer",
        "required": true,
        "description": "Purchase duration, in unit month."
      },
      {
        "name": "VpcId",
        "type": "string",
        "required": true,
        "description": "vpcId"
      },
      {
        "name": "SubNet",
        "type": "string",
        "required": true,
        "description": "Subnet"
      },
      {
        "name": "ResourceRegion",
        "type": "string",
        "required": true,
        "description": "Resource purchase region."
      },
      {
        "name": "AssociatedProjectId",
        "type": "string",
        "required": false,
        "description": "Project id of the associated project space."
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Resource group description"
      }
    ]
  },
  "CreateSQLFolder": {
    "summary": "Creates an SQL folder",
    "description": "This API is used to create an SQL folder",
    "zh": {
      "summary": "新建SQL文件夹",
      "description": "创建数据探索脚本文件夹"
    },
    "members": [
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "Folder name."
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Parent folder path, /aaa/bbb/ccc. path header must include a slash. pass / to query the root directory."
      },
      {
        "name": "AccessScope",
        "type": "string",
        "required": false,
        "description": "Access permission: SHARED, PRIVATE."
      }
    ]
  },
  "CreateSQLScript": {
    "summary": "Adds an SQL script",
    "description": "This API is used to add an SQL script.",
    "zh": {
      "summary": "新增SQL脚本",
      "description": "新增SQL脚本"
    },
    "members": [
      {
        "name": "ScriptName",
        "type": "string",
        "required": true,
        "description": "Script name."
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": false,
        "description": "Parent folder path, /aaa/bbb/ccc. root directory is empty string or /."
      },
      {
        "name": "ScriptConfig",
        "type": "object",
        "required": false,
        "description": "Specifies the script configuration for data exploration."
      },
      {
        "name": "ScriptContent",
        "type": "string",
        "required": false,
        "description": "Specifies the script content, if any, needs to be base64 encoded."
      },
      {
        "name": "AccessScope",
        "type": "string",
        "required": false,
        "description": "Access permission: SHARED, PRIVATE."
      }
    ]
  },
  "CreateTask": {
    "summary": "Create a task",
    "description": "This API is used to create a task.",
    "zh": {
      "summary": "创建任务",
      "description": "创建任务接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "<p>Project ID</p>"
      },
      {
        "name": "TaskBaseAttribute",
        "type": "object",
        "required": true,
        "description": "<p>The\nbasic attributes of the task.</p>"
      },
      {
        "name": "TaskConfiguration",
        "type": "object",
        "required": true,
        "description": "<p>Task configurations.</p>"
      },
      {
        "name": "TaskSchedulerConfiguration",
        "type": "object",
        "required": true,
        "description": "<p>Task scheduling configuration</p>"
      }
    ]
  },
  "CreateTaskFolder": {
    "summary": "Create a task folder",
    "description": "Create a folder.",
    "zh": {
      "summary": "创建任务文件夹",
      "description": "创建文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "ParentTaskFolderPath",
        "type": "string",
        "required": true,
        "description": "Absolute path of the parent folder, such as /abc/de. if it is the root directory, pass /."
      },
      {
        "name": "TaskFolderName",
        "type": "string",
        "required": true,
        "description": "Folder name to be created."
      },
      {
        "name": "TaskFolderType",
        "type": "string",
        "required": true,
        "description": "Task folder type.\n\n| task folder type parameter | task folder type interface corresponding name |.\n| ---------------- | ------------------------ |\nETL | integration task.\n| EMR              | EMR                      |\n| DLC              | DLC                      |\n| SETATS           | SETATS                   |\n| TDSQL            | TDSQL                    |\n| TCHOUSE          | TCHOUSE                  |\nGENERAL.\nTI_ONE | ti-one machine learning.\nACROSS_WORKFLOWS | cross-workflow."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID."
      }
    ]
  },
  "CreateTriggerTask": {
    "summary": "Create a workflow scheduling task",
    "description": "This API is used to create a task.",
    "zh": {
      "summary": "创建工作流调度任务",
      "description": "创建任务接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "TriggerTaskBaseAttribute",
        "type": "object",
        "required": true,
        "description": "Task basic attributes."
      },
      {
        "name": "TriggerTaskConfiguration",
        "type": "object",
        "required": true,
        "description": "Task configurations."
      },
      {
        "name": "TriggerTaskSchedulerConfiguration",
        "type": "object",
        "required": true,
        "description": "Task scheduling configuration."
      }
    ]
  },
  "CreateTriggerWorkflow": {
    "summary": "Create a scheduling workflow",
    "description": "create workflow.",
    "zh": {
      "summary": "创建调度工作流",
      "description": "创建工作流"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "WorkflowName",
        "type": "string",
        "required": true,
        "description": "Workflow name."
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Folder path."
      },
      {
        "name": "WorkflowDesc",
        "type": "string",
        "required": false,
        "description": "Workflow description."
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "Workflow owner ID."
      },
      {
        "name": "WorkflowParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Workflow parameter."
      },
      {
        "name": "TriggerWorkflowSchedulerConfigurations",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Unified scheduling info."
      },
      {
        "name": "BundleId",
        "type": "string",
        "required": false,
        "description": "BundleId item."
      },
      {
        "name": "BundleInfo",
        "type": "string",
        "required": false,
        "description": "Bundle info."
      },
      {
        "name": "GeneralTaskParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "General parameters configuration."
      },
      {
        "name": "TriggerWorkflowRunConfiguration",
        "type": "object",
        "required": false,
        "description": "<p>工作流调度运行配置</p>"
      },
      {
        "name": "SchedulerStatus",
        "type": "string",
        "required": false,
        "description": "<p>Trigger 状态 启动ACTIVE，暂停PAUSED。配置完之后，内部的Trigger状态可不配置，如果配置，内容会被该值覆盖</p><p>枚举值：</p><ul><li>ACTIVE： 启动</li><li>PAUSED： 暂停</li></ul>"
      },
      {
        "name": "TriggerMode",
        "type": "string",
        "required": false,
        "description": "<p>触发方式：定时触发：TIME_TRIGGER 。配置完之后，内部的TriggerMode状态可不配置，如果配置，内容会被该值覆盖。</p><p>枚举值：</p><ul><li>TIME_TRIGGER： 定时触发</li></ul>"
      },
      {
        "name": "ExecuteUserUin",
        "type": "string",
        "required": false,
        "description": "<p>运行账号ID,未传时默认使用当前登录用户ID</p>"
      }
    ]
  },
  "CreateTriggerWorkflowRun": {
    "summary": "Runs the workflow",
    "description": "Run workflow under workflow scheduling model.",
    "zh": {
      "summary": "运行工作流(工作流调度)",
      "description": "工作流调度模型下运行工作流"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID."
      },
      {
        "name": "AdvancedParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Custom running parameters. if empty or null, use the latest configuration of the workflow."
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "This time, run the specified task ID set. if it is null or empty, run all."
      },
      {
        "name": "SchedulingResourceGroupId",
        "type": "string",
        "required": false,
        "description": "Specified scheduling resource group id. uses the original resource group by default if left empty."
      },
      {
        "name": "IntegrationResourceGroupId",
        "type": "string",
        "required": false,
        "description": "Specified integration resource group id. uses the original resource group if left empty."
      }
    ]
  },
  "CreateWorkflow": {
    "summary": "Creates a workflow",
    "description": "This API is used to create workflow.",
    "zh": {
      "summary": "创建工作流",
      "description": "创建工作流"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "WorkflowName",
        "type": "string",
        "required": true,
        "description": "Workflow name."
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Specifies the folder path."
      },
      {
        "name": "WorkflowType",
        "type": "string",
        "required": false,
        "description": "Workflow type. value examples: cycle for periodic workflow; manual for manual workflow. default input: cycle."
      },
      {
        "name": "WorkflowDesc",
        "type": "string",
        "required": false,
        "description": "Workflow description."
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "Workflow owner ID."
      },
      {
        "name": "WorkflowParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Workflow parameter."
      },
      {
        "name": "WorkflowSchedulerConfiguration",
        "type": "object",
        "required": false,
        "description": "Specifies unified scheduling info."
      },
      {
        "name": "BundleId",
        "type": "string",
        "required": false,
        "description": "BundleId item."
      },
      {
        "name": "BundleInfo",
        "type": "string",
        "required": false,
        "description": "Bundle info."
      }
    ]
  },
  "CreateWorkflowFolder": {
    "summary": "Create a workflow folder",
    "description": "This API is used to create a workflow folder.",
    "zh": {
      "summary": "创建工作流文件夹",
      "description": "创建文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Parent folder absolute path, such as /abc/de. if it is the root directory, pass /."
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "Specifies the folder name to be created."
      }
    ]
  },
  "CreateWorkflowPermissions": {
    "summary": "Configure workflow folder permission",
    "description": "This API is used to configure data development permissions.",
    "zh": {
      "summary": "配置工作流文件夹权限",
      "description": "数据开发配置权限"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "EntityId",
        "type": "string",
        "required": true,
        "description": "Authorize entity ID."
      },
      {
        "name": "EntityType",
        "type": "string",
        "required": true,
        "description": "Authorized entity type, folder/workflow."
      },
      {
        "name": "PermissionList",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Authorization information array."
      }
    ]
  },
  "DeleteCodeFile": {
    "summary": "Delete a code file",
    "description": "This API is used to delete a code file.",
    "zh": {
      "summary": "删除代码文件",
      "description": "删除代码文件"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "CodeFileId",
        "type": "string",
        "required": true,
        "description": "Code file ID. the parameter value comes from the CreateCodeFile API."
      }
    ]
  },
  "DeleteCodeFolder": {
    "summary": "Delete a code folder",
    "description": "This API is used to delete folders in data exploration.",
    "zh": {
      "summary": "删除代码文件夹",
      "description": "数据探索删除文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID. the parameter value comes from the CreateCodeFolder API response."
      }
    ]
  },
  "DeleteCodePermissions": {
    "summary": "Delete CodeStudio entity permission",
    "description": "Delete CodeStudio entity permission.",
    "zh": {
      "summary": "删除Studio实体权限",
      "description": "删除CodeStudio实体权限"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "RecyclePolicySet",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "List of permissions to revoke."
      }
    ]
  },
  "DeleteDataBackfillPlanAsync": {
    "summary": "Asynchronously delete a replenishment plan",
    "description": "Delete a replenishment plan.",
    "zh": {
      "summary": "异步删除补录计划",
      "description": "删除补录计划"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "DataBackfillPlanId",
        "type": "string",
        "required": true,
        "description": "Supplemental plan id."
      }
    ]
  },
  "DeleteDataSource": {
    "summary": "Deletes a data source",
    "description": "This API is used to delete a data source.",
    "zh": {
      "summary": "删除数据源",
      "description": "该接口用于删除数据源"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "Id",
        "type": "integer",
        "required": true,
        "description": "Data source ID."
      }
    ]
  },
  "DeleteLineage": {
    "summary": "Delete lineage",
    "description": "RegisterLineage",
    "zh": {
      "summary": "血缘删除",
      "description": "RegisterLineage"
    },
    "members": [
      {
        "name": "Relations",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "List of lineage relationships to be deleted."
      }
    ]
  },
  "DeleteOpsAlarmRule": {
    "summary": "Deletes alarm rules",
    "description": "Deletes alarm rules",
    "zh": {
      "summary": "删除告警规则",
      "description": "删除告警规则"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "AlarmRuleId",
        "type": "string",
        "required": true,
        "description": "Alarm Rule Unique ID. Obtained from the response of the CreateAlarmRule API. Either this field or AlarmRuleName must be provided."
      }
    ]
  },
  "DeleteProject": {
    "summary": "Deletes a project",
    "description": "This API is used to delete a project.",
    "zh": {
      "summary": "删除项目",
      "description": "删除项目"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID to delete."
      }
    ]
  },
  "DeleteProjectMember": {
    "summary": "Remove a project member",
    "description": "This API is used to delete project users.",
    "zh": {
      "summary": "移除项目成员",
      "description": "删除项目用户"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "UserUins",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "User ID list"
      }
    ]
  },
  "DeleteQualityRule": {
    "summary": "质量删除规则接口",
    "description": "删除质量规则接口",
    "members": [
      {
        "name": "RuleId",
        "type": "integer",
        "required": true,
        "description": "质量规则ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      }
    ]
  },
  "DeleteQualityRuleGroup": {
    "summary": "质量删除监控任务",
    "description": "删除监控任务",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "RuleGroupIdList",
        "type": "array",
        "required": true,
        "items": "integer",
        "description": "监控任务id"
      }
    ]
  },
  "DeleteResourceFile": {
    "summary": "Delete a resource file",
    "description": "This API is used to delete a resource file.",
    "zh": {
      "summary": "删除资源文件",
      "description": "资源管理-删除资源文件"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "ResourceId",
        "type": "string",
        "required": true,
        "description": "Resource ID. obtain through the API ListResourceFiles."
      }
    ]
  },
  "DeleteResourceFolder": {
    "summary": "Delete a resource folder",
    "description": "This API is used to delete a resource folder.",
    "zh": {
      "summary": "删除资源文件夹",
      "description": "删除资源文件文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID. obtain through the ListResourceFolders API."
      }
    ]
  },
  "DeleteResourceGroup": {
    "summary": "Destroy a resource group",
    "description": "This API is used to destroy resources.",
    "zh": {
      "summary": "销毁资源组",
      "description": "该接口用于销毁资源"
    },
    "members": [
      {
        "name": "Id",
        "type": "string",
        "required": true,
        "description": "Resource group ID"
      }
    ]
  },
  "DeleteSQLFolder": {
    "summary": "Delete an SQL folder",
    "description": "This API is used to delete a SQL folder.",
    "zh": {
      "summary": "删除SQL文件夹",
      "description": "删除SQL文件夹"
    },
    "members": [
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      }
    ]
  },
  "DeleteSQLScript": {
    "summary": "Delete an SQL script",
    "description": "This API is used to delete an SQL script.",
    "zh": {
      "summary": "删除SQL脚本",
      "description": "删除探索脚本"
    },
    "members": [
      {
        "name": "ScriptId",
        "type": "string",
        "required": true,
        "description": "Script Id."
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      }
    ]
  },
  "DeleteTask": {
    "summary": "Deletes a task",
    "description": "This API is used to delete an orchestration space task.",
    "zh": {
      "summary": "删除任务",
      "description": "删除编排空间任务"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Either Task ID or VirtualTaskId must be provided (optional, choose one)."
      },
      {
        "name": "OperateInform",
        "type": "boolean",
        "required": false,
        "description": "Whether to send a notification to downstream task owners when performing task operations.\ntrue: Send notification\nfalse: Do not send notification\ndefault: false."
      },
      {
        "name": "DeleteMode",
        "type": "boolean",
        "required": false,
        "description": "Task Deletion Mode.\ntrue: Do not force downstream task instances to fail\nfalse: Force downstream task instances to fail\ndefault: false"
      }
    ]
  },
  "DeleteTaskFolder": {
    "summary": "Delete a task folder",
    "description": "Delete a data development task folder.",
    "zh": {
      "summary": "删除任务文件夹",
      "description": "删除数据开发任务文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID."
      },
      {
        "name": "TaskFolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID, obtain through the ListTaskFolders api."
      }
    ]
  },
  "DeleteTriggerTask": {
    "summary": "Delete a workflow scheduling task",
    "description": "Delete a workflow scheduling task.",
    "zh": {
      "summary": "删除工作流调度任务",
      "description": "删除工作流调度任务"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID.\nSpecifies either VirtualTaskId or the other parameter."
      },
      {
        "name": "OperateInform",
        "type": "boolean",
        "required": false,
        "description": "Whether task operation notifies downstream task owners. valid values: true (notify).\nfalse: do not notify.\nDefault false if not passed."
      },
      {
        "name": "DeleteMode",
        "type": "boolean",
        "required": false,
        "description": "This parameter does not take effect. currently, deleting an upstream task does not force failure on downstream task instances."
      }
    ]
  },
  "DeleteTriggerWorkflow": {
    "summary": "Delete a scheduling workflow",
    "description": "Deletes a workflow",
    "zh": {
      "summary": "删除调度工作流",
      "description": "删除工作流"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow id."
      }
    ]
  },
  "DeleteWorkflow": {
    "summary": "Deletes a workflow",
    "description": "Deletes a workflow",
    "zh": {
      "summary": "删除工作流",
      "description": "删除工作流"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow id."
      }
    ]
  },
  "DeleteWorkflowFolder": {
    "summary": "Deletes a workflow folder",
    "description": "This API is used to delete a data development folder",
    "zh": {
      "summary": "删除工作流文件夹",
      "description": "删除数据开发文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID. Obtain through the ListWorkflowFolders API."
      }
    ]
  },
  "DeleteWorkflowPermissions": {
    "summary": "Delete workflow folder permission",
    "description": "This API is used to delete workflow folder permissions.",
    "zh": {
      "summary": "删除工作流文件夹权限",
      "description": "删除工作流文件夹权限"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "EntityId",
        "type": "string",
        "required": true,
        "description": "Authorize entity ID."
      },
      {
        "name": "EntityType",
        "type": "string",
        "required": true,
        "description": "Authorized entity type, folder/workflow."
      },
      {
        "name": "DeletePermissionList",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Delete permission array."
      }
    ]
  },
  "DescribeDataSourceAuthority": {
    "summary": "Data source management-view data source permission",
    "description": "View Data Source Permission.",
    "zh": {
      "summary": "数据源管理-查看数据源权限",
      "description": "查看数据源权限"
    },
    "members": [
      {
        "name": "Id",
        "type": "integer",
        "required": true,
        "description": "Unique object ID."
      }
    ]
  },
  "DisableProject": {
    "summary": "Disable a project",
    "description": "Disable a project.",
    "zh": {
      "summary": "禁用项目",
      "description": "禁用项目"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      }
    ]
  },
  "DissociateResourceGroupFromProject": {
    "summary": "Unbind the resource group associated with a project",
    "description": "This API is used to unbind the designated execution resource group from the project.",
    "zh": {
      "summary": "解绑项目关联的资源组",
      "description": "该接口用于将指定执行资源组解除与项目的绑定"
    },
    "members": [
      {
        "name": "ResourceGroupId",
        "type": "string",
        "required": true,
        "description": "Resource group ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      }
    ]
  },
  "EnableProject": {
    "summary": "Activate a project",
    "description": "Enable a project.",
    "zh": {
      "summary": "激活项目",
      "description": "启用项目"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      }
    ]
  },
  "GetAlarmMessage": {
    "summary": "Query alert information details",
    "description": "This API is used to query alert information details.",
    "zh": {
      "summary": "查询告警信息详情",
      "description": "查询告警信息详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "AlarmMessageId",
        "type": "string",
        "required": true,
        "description": "Alarm message Id."
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "description": "Specifies the time zone of the return date. default UTC+8."
      }
    ]
  },
  "GetCodeFile": {
    "summary": "View code file details",
    "description": "This API is used to view code file details.",
    "zh": {
      "summary": "查看代码文件详情",
      "description": "查看代码文件详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "CodeFileId",
        "type": "string",
        "required": true,
        "description": "Code file ID. the parameter value comes from the CreateCodeFile API response."
      },
      {
        "name": "IncludeContent",
        "type": "boolean",
        "required": false,
        "description": "true: return file content and configuration. false: only return configuration message. default false."
      }
    ]
  },
  "GetCodeFolder": {
    "summary": "Retrieve codestudio folder details",
    "description": "Retrieve sql folder details.",
    "zh": {
      "summary": "获取文件夹详情",
      "description": "获取sql文件夹详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID"
      }
    ]
  },
  "GetDataBackfillPlan": {
    "summary": "View replenishment plan configuration detail",
    "description": "Retrieve supplementary plan details.",
    "zh": {
      "summary": "查看补录计划配置详情",
      "description": "获取补录计划详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "DataBackfillPlanId",
        "type": "string",
        "required": true,
        "description": "Supplemental plan id."
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "description": "Show the time zone. default is UTC+8."
      }
    ]
  },
  "GetDataSource": {
    "summary": "View a data source detail",
    "description": "This API is used to view detailed information of the specified data source.",
    "zh": {
      "summary": "查看数据源详情",
      "description": "该接口用于查看指定数据源的详细信息"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "Id",
        "type": "integer",
        "required": true,
        "description": "Data source ID."
      }
    ]
  },
  "GetDataSourceRelatedTasks": {
    "summary": "Queries the associated task list of a data source",
    "description": "Query the associated task details of a data source.",
    "zh": {
      "summary": "查看数据源关联任务列表",
      "description": "数据源关联任务详情"
    },
    "members": [
      {
        "name": "Id",
        "type": "integer",
        "required": true,
        "description": "Data source ID."
      }
    ]
  },
  "GetMyCodeMaxPermission": {
    "summary": "View the current user's maximum permission scope for the CodeStudio entity",
    "description": "View the current user's maximum permission scope for the CodeStudio entity.",
    "zh": {
      "summary": "查看当前用户对Studio实体的最大权限",
      "description": "查看当前用户对CodeStudio实体的最大权限"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "ResourceId",
        "type": "string",
        "required": true,
        "description": "Authorized resource unique id, folder id, or file id."
      }
    ]
  },
  "GetMyWorkflowMaxPermission": {
    "summary": "Check current user's recursive maximum permission scope for workflow folder",
    "description": "Check the current user's maximum permission scope for the workflow folder recursively.",
    "zh": {
      "summary": "查询当前用户对工作流文件夹的递归最大权限",
      "description": "查询当前用户对工作流文件夹的递归最大权限"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "EntityId",
        "type": "string",
        "required": true,
        "description": "Authorization entity ID."
      },
      {
        "name": "EntityType",
        "type": "string",
        "required": true,
        "description": "Authorize entity type, folder/workflow."
      }
    ]
  },
  "GetOpsAlarmRule": {
    "summary": "Query Alarm rule details",
    "description": "This API is used to query alert rule information based on alarm rule id or name.",
    "zh": {
      "summary": "获取告警规则详细信息",
      "description": "根据告警规则id/名称查询单个告警规则信息"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "AlarmRuleId",
        "type": "string",
        "required": true,
        "description": "Specifies the unique id of the Alarm rule."
      }
    ]
  },
  "GetOpsAsyncJob": {
    "summary": "Get the state of an asynchronous operation",
    "description": "Reports on a rerun, kill or set-success started by its AsyncId: INIT, RUNNING, then SUCCESS, FAIL or PART_SUCCESS, with counts. Read-only.",
    "zh": {
      "summary": "查询运维中心异步操作详情",
      "description": "查询运维中心异步操作详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits."
      },
      {
        "name": "AsyncId",
        "type": "string",
        "required": true,
        "description": "The ID of the asynchronous operation; GetOpsAsyncJob reports on it."
      }
    ]
  },
  "GetOpsTask": {
    "summary": "Obtaining Task Details",
    "description": "Obtaining Task Details",
    "zh": {
      "summary": "获取任务详情",
      "description": "获取任务详情"
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
        "description": "Project ID."
      }
    ]
  },
  "GetOpsTaskCode": {
    "summary": "Retrieve task code",
    "description": "This API is used to retrieve task code.",
    "zh": {
      "summary": "获取任务代码",
      "description": "获取任务代码"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project id."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      }
    ]
  },
  "GetOpsTriggerWorkflow": {
    "summary": "View workflow details",
    "description": "Query workflow task details.",
    "zh": {
      "summary": "查看工作流详情",
      "description": "查询工作流任务详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID."
      },
      {
        "name": "WorkflowExecutionId",
        "type": "string",
        "required": false,
        "description": "Workflow execution ID."
      }
    ]
  },
  "GetOpsWorkflow": {
    "summary": "Get workflow details",
    "description": "This API is used to obtain workflow scheduling details based on the workflow id.",
    "zh": {
      "summary": "获取工作流详情",
      "description": "根据工作流id，获取工作流调度详情。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow Id, can be obtained through the ListOpsWorkflows api."
      }
    ]
  },
  "GetProject": {
    "summary": "View the project detail",
    "description": "This API is used to get project information.",
    "zh": {
      "summary": "查看项目详情",
      "description": "获取项目信息"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project id. use a project id to query. either project id or projectName is required."
      }
    ]
  },
  "GetResourceFile": {
    "summary": "View resource file details",
    "description": "This API is used to obtain resource file details.",
    "zh": {
      "summary": "查看资源文件详情",
      "description": "获取资源文件详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "ResourceId",
        "type": "string",
        "required": true,
        "description": "Resource file ID. obtain through the API ListResourceFiles."
      }
    ]
  },
  "GetResourceFolder": {
    "summary": "Query a resource folder details",
    "description": "Query a resource file folder details.",
    "zh": {
      "summary": "查询资源文件夹详情",
      "description": "查询资源文件文件夹详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID"
      }
    ]
  },
  "GetResourceGroupMetrics": {
    "summary": "View monitoring metrics of a specific resource group",
    "description": "This API is used to view specified execution resource group monitoring metrics.",
    "zh": {
      "summary": "查看某个资源组的监控指标",
      "description": "该接口用于查看指定执行资源组的监控指标"
    },
    "members": [
      {
        "name": "ResourceGroupId",
        "type": "string",
        "required": true,
        "description": "Execution resource group id."
      },
      {
        "name": "StartTime",
        "type": "integer",
        "required": false,
        "description": "Start time of usage trend (ms). default last hour."
      },
      {
        "name": "EndTime",
        "type": "integer",
        "required": false,
        "description": "Usage trend end time (ms), default current."
      },
      {
        "name": "MetricType",
        "type": "string",
        "required": false,
        "description": "Metrics and dimensions.\n\n-all.\n-task metrics.\n-system metrics."
      },
      {
        "name": "Granularity",
        "type": "integer",
        "required": false,
        "description": "Metric collection granularity, in minutes, default 1 minute."
      }
    ]
  },
  "GetSQLFolder": {
    "summary": "Retrieve SQL folder details",
    "description": "Retrieve sql folder details.",
    "zh": {
      "summary": "获取SQL文件夹详情",
      "description": "获取sql文件夹详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID"
      }
    ]
  },
  "GetSQLScript": {
    "summary": "View SQL script details",
    "description": "This API is used to query script details.",
    "zh": {
      "summary": "查看SQL脚本详情",
      "description": "查询脚本详情"
    },
    "members": [
      {
        "name": "ScriptId",
        "type": "string",
        "required": true,
        "description": "Script Id."
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      }
    ]
  },
  "GetTable": {
    "summary": "Access table details",
    "description": "Query table details.",
    "zh": {
      "summary": "获取表详情",
      "description": "查询表详情"
    },
    "members": [
      {
        "name": "TableGuid",
        "type": "string",
        "required": true,
        "description": "Table GUID."
      }
    ]
  },
  "GetTableColumns": {
    "summary": "Obtains the field list of a table",
    "description": "This API is used to obtain the list of all fields in a table.",
    "zh": {
      "summary": "获取表字段列表",
      "description": "查询表所有字段列表"
    },
    "members": [
      {
        "name": "TableGuid",
        "type": "string",
        "required": true,
        "description": "Data table GUID."
      }
    ]
  },
  "GetTask": {
    "summary": "Retrieve task details",
    "description": "This API is used to retrieve task details.",
    "zh": {
      "summary": "获取任务详情信息",
      "description": "获取任务详情接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      }
    ]
  },
  "GetTaskCode": {
    "summary": "View task code",
    "description": "This API is used to obtain task code.",
    "zh": {
      "summary": "查看任务代码",
      "description": "获取任务代码"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "The project id."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      }
    ]
  },
  "GetTaskFolder": {
    "summary": "View task folder details",
    "description": "Query Task Folder Details.",
    "zh": {
      "summary": "查看任务文件夹详情",
      "description": "查询任务文件夹详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID."
      },
      {
        "name": "TaskFolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID."
      }
    ]
  },
  "GetTaskInstance": {
    "summary": "Get the details of one task instance",
    "description": "Returns one instance by its InstanceKey: its task, workflow, state, timing and owners. Read-only.",
    "zh": {
      "summary": "获取实例详情",
      "description": "调度实例详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits."
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time)."
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. Scheduling, run, update and phase times (`SchedulerTime`, `StartTime`, `EndTime`, `LastUpdateTime`) are given in it and time filters read in it; the data time (`CurRunDate`) and the InstanceKey stay in UTC+8."
      }
    ]
  },
  "GetTaskInstanceLog": {
    "summary": "Read the log of one run of an instance",
    "description": "Returns a page of the log of a lifecycle round (default the latest); pass `NextCursor` back for the next page. Read-only.",
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
        "description": "The project ID, a string of digits."
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time)."
      },
      {
        "name": "LifeRoundNum",
        "type": "integer",
        "required": false,
        "description": "The lifecycle round: 0 is the first run, 1 the first rerun."
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
        "description": "Only lines of this level: `Info`, `Debug`, `Warn`, `Error` or `All` (default)."
      },
      {
        "name": "NextCursor",
        "type": "string",
        "required": false,
        "description": "The paging cursor: empty on the first request, then the `NextCursor` of the previous page."
      }
    ]
  },
  "GetTaskVersion": {
    "summary": "View task version detail",
    "description": "This API is used to list task versions.",
    "zh": {
      "summary": "查看任务版本详情",
      "description": "拉取任务版本列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "VersionId",
        "type": "string",
        "required": false,
        "description": "Submit version ID. If not specified, the latest submit version will be used by default."
      }
    ]
  },
  "GetTriggerTask": {
    "summary": "Retrieve workflow scheduling task details",
    "description": "This API is used to retrieve task details.",
    "zh": {
      "summary": "获取工作流调度任务详情信息",
      "description": "获取任务详情接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID."
      }
    ]
  },
  "GetTriggerTaskCode": {
    "summary": "View the workflow scheduling task code",
    "description": "Retrieve workflow scheduling task code.",
    "zh": {
      "summary": "查看工作流调度任务代码",
      "description": "获取工作流调度任务代码"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project id."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      }
    ]
  },
  "GetTriggerTaskRun": {
    "summary": "View task running details",
    "description": "Query task execution details.",
    "zh": {
      "summary": "查看任务运行详情",
      "description": "查询任务执行详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Workspace ID."
      },
      {
        "name": "TaskExecutionId",
        "type": "string",
        "required": true,
        "description": "Task run ID."
      }
    ]
  },
  "GetTriggerTaskVersion": {
    "summary": "View the workflow scheduling task version detail",
    "description": "Get task version list.",
    "zh": {
      "summary": "查看调度工作流任务版本详情",
      "description": "拉取任务版本列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID."
      },
      {
        "name": "VersionId",
        "type": "string",
        "required": false,
        "description": "Submit version ID. by default if left blank, get the latest version."
      }
    ]
  },
  "GetTriggerWorkflow": {
    "summary": "Retrieve workflow scheduling information",
    "description": "Retrieve workflow information.",
    "zh": {
      "summary": "获取调度工作流信息",
      "description": "获取工作流信息"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID is obtained through the ListWorkflows api."
      }
    ]
  },
  "GetTriggerWorkflowRun": {
    "summary": "Query workflow running details",
    "description": "Query workflow task details.",
    "zh": {
      "summary": "查询工作流运行详情",
      "description": "查询工作流任务详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "WorkflowExecutionId",
        "type": "string",
        "required": true,
        "description": "Workflow execution ID."
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter criteria."
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sort criteria"
      }
    ]
  },
  "GetWorkflow": {
    "summary": "Retrieve workflow information",
    "description": "This API is used to retrieve workflow information.",
    "zh": {
      "summary": "获取工作流信息",
      "description": "获取工作流信息"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID. Obtained through the  ListWorkflows API."
      }
    ]
  },
  "GetWorkflowFolder": {
    "summary": "View workflow folder details",
    "description": "Query folder details.",
    "zh": {
      "summary": "查看工作流文件夹详情",
      "description": "查询文件夹详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID"
      }
    ]
  },
  "GrantMemberProjectRole": {
    "summary": "Grant a project role to a member",
    "description": "Modify project user roles.",
    "zh": {
      "summary": "授予项目成员项目角色",
      "description": "修改项目用户角色"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "UserUin",
        "type": "string",
        "required": true,
        "description": "User ID"
      },
      {
        "name": "RoleIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Role id list. currently supports project roles:.\n-308335260274237440 (project administrator).\n-308335260676890624 (data engineer).\n-308335260844662784 (operation and maintenance engineer).\n-308335260945326080 (ordinary member)."
      }
    ]
  },
  "KillTaskInstancesAsync": {
    "summary": "Kill instances (asynchronous)",
    "description": "Starts stopping running instances and answers with an AsyncId; follow it with GetOpsAsyncJob. Changes state: not idempotent. After an unknown outcome, check with GetOpsAsyncJob or GetTaskInstance before trying again.",
    "zh": {
      "summary": "实例批量终止操作(异步)",
      "description": "实例批量终止操作-异步操作"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits."
      },
      {
        "name": "InstanceKeyList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "The instances to act on, by InstanceKey."
      }
    ]
  },
  "KillTriggerWorkflowRuns": {
    "summary": "Terminate running",
    "description": "Terminate running.",
    "zh": {
      "summary": "终止运行",
      "description": "终止运行"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID."
      },
      {
        "name": "WorkflowExecutionIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Specifies the workflow execution ID to be stopped."
      },
      {
        "name": "All",
        "type": "boolean",
        "required": false,
        "description": "When specifying an empty workflow run, whether all terminate running workflow execution."
      },
      {
        "name": "Pending",
        "type": "boolean",
        "required": false,
        "description": "Whether to stop only waiting workflow runs when specifying empty workflow runs."
      }
    ]
  },
  "ListAlarmMessages": {
    "summary": "Search the Alarm information list",
    "description": "This API is used to search the alarm information list.",
    "zh": {
      "summary": "获取告警信息列表",
      "description": "获取告警信息列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project id."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number for pagination, minimum value is 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Specifies the number of items displayed per page. maximum value: 100."
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Starting Alarm time. format: yyyy-MM-dd HH:MM:ss."
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "Specifies the Alarm end time in the format yyyy-MM-dd HH:MM:ss."
      },
      {
        "name": "AlarmLevel",
        "type": "integer",
        "required": false,
        "description": "Alarm level."
      },
      {
        "name": "AlarmRecipientId",
        "type": "string",
        "required": false,
        "description": "Alert recipient Id."
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "description": "For incoming and returned filter time zone, default UTC+8."
      }
    ]
  },
  "ListCatalog": {
    "summary": "Query a category tree list",
    "description": "Retrieve asset catalog info.",
    "zh": {
      "summary": "查询类目树列表",
      "description": "获取资产目录信息"
    },
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page number, starting from 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Pagination size. maximum 500."
      },
      {
        "name": "ParentCatalogId",
        "type": "string",
        "required": false,
        "description": "Parent directory ID (this parameter is not supported)."
      }
    ]
  },
  "ListCodeFolderContents": {
    "summary": "Get folder content",
    "description": "This API is used to get folder content.",
    "zh": {
      "summary": "获取文件夹内容",
      "description": "获取文件夹内容"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": false,
        "description": "Parent folder path, such as /aaa/bbb/ccc. path header must include a slash. pass / for the root directory."
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Folder name or code file name."
      },
      {
        "name": "OnlyFolderNode",
        "type": "boolean",
        "required": false,
        "description": "Queries folder only."
      },
      {
        "name": "OnlyUserSelfScript",
        "type": "boolean",
        "required": false,
        "description": "Specifies whether to query only code script created by user themselves."
      }
    ]
  },
  "ListCodePermissions": {
    "summary": "View CodeStudio entity permission",
    "description": "View CodeStudio entity permission.",
    "zh": {
      "summary": "查看Studio实体权限",
      "description": "查看CodeStudio实体权限"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page number, which is 1 by default."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Number of returned results. the default is 20, and the maximum value is 100. requirements: 500, 1000 or more."
      },
      {
        "name": "Resource",
        "type": "object",
        "required": true,
        "description": "Authorized resources."
      },
      {
        "name": "Users",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "User filtering criteria."
      }
    ]
  },
  "ListColumnLineage": {
    "summary": "Query table column lineage list",
    "description": "This API is used to obtain table field lineage information.",
    "zh": {
      "summary": "查询表列血缘列表",
      "description": "获取表字段血缘信息"
    },
    "members": [
      {
        "name": "TableUniqueId",
        "type": "string",
        "required": true,
        "description": "Table unique ID."
      },
      {
        "name": "Direction",
        "type": "string",
        "required": true,
        "description": "Lineage direction INPUT｜OUTPUT."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Pagination size."
      },
      {
        "name": "ColumnName",
        "type": "string",
        "required": true,
        "description": "Column name."
      },
      {
        "name": "Platform",
        "type": "string",
        "required": true,
        "description": "Source: WEDATA|THIRD default WEDATA."
      }
    ]
  },
  "ListDataBackfillInstances": {
    "summary": "Retrieve all instances of a single backfill",
    "description": "This API is used to retrieve all instances of a single backfill.",
    "zh": {
      "summary": "获取单次补录的所有实例详情",
      "description": "获取单次补录的所有实例详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "DataBackfillPlanId",
        "type": "string",
        "required": true,
        "description": "Backfill plan Id."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Pagination size."
      }
    ]
  },
  "ListDatabase": {
    "summary": "Query the database list with parameter",
    "description": "This API is used to obtain asset database info.",
    "zh": {
      "summary": "通过参数查询数据库列表",
      "description": "获取资产数据库信息"
    },
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page number, starting from 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Pagination size. maximum 500."
      },
      {
        "name": "CatalogName",
        "type": "string",
        "required": false,
        "description": "Directory name."
      },
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": false,
        "description": "Data source ID."
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Search by database name keyword."
      }
    ]
  },
  "ListDataSources": {
    "summary": "View a data source list",
    "description": "This API is used to query the data source list in the designated project.",
    "zh": {
      "summary": "查看数据源列表",
      "description": "该接口用于查询指定项目中的数据源列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Number of returned results. default: 10."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number, which is 1 by default."
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Data source name"
      },
      {
        "name": "DisplayName",
        "type": "string",
        "required": false,
        "description": "Data source display name."
      },
      {
        "name": "Type",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Data source type: enumeration value.\n\n- MYSQL\n- TENCENT_MYSQL\n- POSTGRE\n- ORACLE\n- SQLSERVER\n- FTP\n- HIVE\n- HUDI\n- HDFS\n- ICEBERG\n- KAFKA\n- HBASE\n- SPARK\n- VIRTUAL\n- TBASE\n- DB2\n- DM\n- GAUSSDB\n- GBASE\n- IMPALA\n- ES\n- TENCENT_ES\n- GREENPLUM\n- PHOENIX\n- SAP_HANA\n- SFTP\n- OCEANBASE\n- CLICKHOUSE\n- KUDU\n- VERTICA\n- REDIS\n- COS\n- DLC\n- DORIS\n- CKAFKA\n- S3\n- TDSQL\n- TDSQL_MYSQL\n- MONGODB\n- TENCENT_MONGODB\n- REST_API\n- SuperSQL\n- PRESTO\n- TiDB\n- StarRocks\n- Trino\n- Kyuubi\n- TCHOUSE_X\n- TCHOUSE_P\n- TCHOUSE_C\n- TCHOUSE_D\n- INFLUXDB\n- BIG_QUERY\n- SSH\n- BLOB"
      },
      {
        "name": "Creator",
        "type": "string",
        "required": false,
        "description": "Creator"
      }
    ]
  },
  "ListDownstreamOpsTasks": {
    "summary": "Retrieve task downstream",
    "description": "This API is used to retrieve task direct downstream details.",
    "zh": {
      "summary": "获取任务下游",
      "description": "获取任务直接下游详情"
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
        "description": "Project ID."
      },
      {
        "name": "PageNumber",
        "type": "string",
        "required": false,
        "description": "Page number"
      },
      {
        "name": "PageSize",
        "type": "string",
        "required": false,
        "description": "Pagination size."
      }
    ]
  },
  "ListDownstreamTaskInstances": {
    "summary": "List the direct downstream instances",
    "description": "Pages the instances that directly depend on the given instance. Read-only.",
    "zh": {
      "summary": "获取实例直接下游",
      "description": "获取实例直接上游"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits."
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time)."
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. Scheduling, run, update and phase times (`SchedulerTime`, `StartTime`, `EndTime`, `LastUpdateTime`) are given in it and time filters read in it; the data time (`CurRunDate`) and the InstanceKey stay in UTC+8."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "default": 1,
        "description": "The page number, from 1. Default 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Items per page. Default 10."
      }
    ]
  },
  "ListDownstreamTasks": {
    "summary": "View downstream task list",
    "description": "This API is used to retrieve the direct downstream task details.",
    "zh": {
      "summary": "查看下游任务列表",
      "description": "获取任务直接下游详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
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
        "description": "Pagination size."
      }
    ]
  },
  "ListDownstreamTriggerTasks": {
    "summary": "View the downstream task list of the scheduling workflow",
    "description": "This API is used to retrieve direct downstream task details.",
    "zh": {
      "summary": "查看调度工作流下游任务列表",
      "description": "获取任务直接下游详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID."
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
        "description": "Pagination size."
      }
    ]
  },
  "ListLineage": {
    "summary": "Query lineage list",
    "description": "This API is used to obtain asset lineage information.",
    "zh": {
      "summary": "查询血缘列表",
      "description": "获取资产血缘信息"
    },
    "members": [
      {
        "name": "ResourceUniqueId",
        "type": "string",
        "required": true,
        "description": "Entity unique ID."
      },
      {
        "name": "ResourceType",
        "type": "string",
        "required": true,
        "description": "Entity type TABLE|METRIC|MODEL|SERVICE|COLUMN."
      },
      {
        "name": "Direction",
        "type": "string",
        "required": true,
        "description": "Lineage direction INPUT｜OUTPUT."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Pagination size."
      },
      {
        "name": "Platform",
        "type": "string",
        "required": true,
        "description": "Source: WEDATA|THIRD default WEDATA."
      }
    ]
  },
  "ListOpsAlarmRules": {
    "summary": "Search the Alarm rule list",
    "description": "This API is used to query the alarm rule list.",
    "zh": {
      "summary": "获取告警规则列表",
      "description": "查询告警规则列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number for pagination. defaults to 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Number of items to display per page, defaults to 20, minimum value 1, maximum value 200."
      },
      {
        "name": "MonitorObjectType",
        "type": "integer",
        "required": false,
        "description": "Monitoring Object Type\n\nTask-level Monitoring - Can be configured by Task / Workflow / Project:\n1 = Task (default)\n2 = Workflow\n3 = Project\n\nProject-level Monitoring - Monitors overall task fluctuations within a project:\n7 = Project fluctuation monitoring alarm"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "Based on task id, queries Alarm rules."
      },
      {
        "name": "AlarmType",
        "type": "string",
        "required": false,
        "description": "Alarm Rule Monitoring Types:\n\nfailure: Failure alarm\n\novertime: Timeout alarm\n\nsuccess: Success alarm\n\nbackTrackingOrRerunSuccess: Alarm when backfill/rerun succeeds\n\nbackTrackingOrRerunFailure: Alarm when backfill/rerun fails\n\nprojectFailureInstanceUpwardFluctuationAlarm: Alarm when the upward fluctuation rate of failed instances for the day exceeds the threshold\n\nprojectSuccessInstanceDownwardFluctuationAlarm: Alarm when the downward fluctuation rate of successful instances for the day exceeds the threshold\n\nreconciliationFailure: Alarm when an offline reconciliation task fails\n\nreconciliationOvertime: Alarm when an offline reconciliation task runs overtime\n\nreconciliationMismatch: Alarm when the number of mismatched records in reconciliation exceeds the threshold"
      },
      {
        "name": "AlarmLevel",
        "type": "integer",
        "required": false,
        "description": "Queries Alarm rules configured with corresponding Alarm levels.\nValid values: 1. ordinary, 2. important, 3. critical."
      },
      {
        "name": "AlarmRecipientId",
        "type": "string",
        "required": false,
        "description": "Query the alarm rules associated with the configured alarm recipients."
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Queries the corresponding Alarm rule based on Alarm rule id or rule name."
      },
      {
        "name": "CreateUserUin",
        "type": "string",
        "required": false,
        "description": "Specifies the creator filter for Alarm rule creation."
      },
      {
        "name": "CreateTimeFrom",
        "type": "string",
        "required": false,
        "description": "Start time of the Alarm rule create time range, in the format of 2025-08-17 00:00:00."
      },
      {
        "name": "CreateTimeTo",
        "type": "string",
        "required": false,
        "description": "End time of the Alarm rule creation time range, in the format of \"2025-08-26 23:59:59\"."
      },
      {
        "name": "UpdateTimeFrom",
        "type": "string",
        "required": false,
        "description": "Filters Alarm rules by last update time, in the format of \"2025-08-26 00:00:00\"."
      },
      {
        "name": "UpdateTimeTo",
        "type": "string",
        "required": false,
        "description": "Filters Alarm rules by last update time in the format of \"2025-08-26 23:59:59\"."
      }
    ]
  },
  "ListOpsTasks": {
    "summary": "Obtain Task List",
    "description": "This API is used to obtain the task list based on the project id.",
    "zh": {
      "summary": "获取任务列表",
      "description": "根据项目id获取任务列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "PageSize",
        "type": "string",
        "required": false,
        "description": "Pagination size."
      },
      {
        "name": "PageNumber",
        "type": "string",
        "required": false,
        "description": "Page number"
      },
      {
        "name": "TaskTypeId",
        "type": "string",
        "required": false,
        "description": "Task type Id. \n-20: common data sync.\n - 25:ETLTaskType\n - 26:ETLTaskType\n - 30:python\n - 31:pyspark\n - 34:HiveSQLTaskType\n - 35:shell\n - 36:SparkSQLTaskType\n - 21:JDBCSQLTaskType\n - 32:DLCTaskType\n - 33:ImpalaTaskType\n - 40:CDWTaskType\n - 41:kettle\n - 46:DLCSparkTaskType\n-47: TiOne machine learning.\n - 48:TrinoTaskType\n - 50:DLCPyspark39:spark\n - 92:mr\n-38: shell script.\n-70: hivesql script.\n-1000: common custom business."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID."
      },
      {
        "name": "WorkflowName",
        "type": "string",
        "required": false,
        "description": "Workflow name."
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "Owner id."
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": false,
        "description": "Folder ID"
      },
      {
        "name": "SourceServiceId",
        "type": "string",
        "required": false,
        "description": "Data source ID."
      },
      {
        "name": "TargetServiceId",
        "type": "string",
        "required": false,
        "description": "Target data source id."
      },
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": false,
        "description": "Executor Group ID"
      },
      {
        "name": "CycleType",
        "type": "string",
        "required": false,
        "description": "Task Cycle Type:\n\n* ONEOFF_CYCLE: One-time\n\n* YEAR_CYCLE: Yearly\n\n* MONTH_CYCLE: Monthly\n\n* WEEK_CYCLE: Weekly\n\n* DAY_CYCLE: Daily\n\n* HOUR_CYCLE: Hourly\n\n* MINUTE_CYCLE: Minute-level\n\n* CRONTAB_CYCLE: Crontab expression-based"
      },
      {
        "name": "Status",
        "type": "string",
        "required": false,
        "description": "Task Status\n\n-Y: Running\n\n-F: Stopped\n\n-O: Frozen\n\n-T: Stopping\n\n-INVALID: Invalid"
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "description": "Time zone. defaults to UTC+8."
      }
    ]
  },
  "ListOpsTriggerWorkflows": {
    "summary": "View workflow list",
    "description": "This API is used to query the list of workflows.",
    "zh": {
      "summary": "查看工作流列表",
      "description": "查询工作流列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
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
        "description": "Page size."
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter parameters, workflow name or ID query name: Keyword, workflow ID query name: WorkflowId, folder query name: FolderId, person in charge query name: InChargeUin."
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sorting field, sorting field name as follows: number of tasks: TaskCount."
      }
    ]
  },
  "ListOpsWorkflows": {
    "summary": "Retrieve the workflow list",
    "description": "Get Workflows under a Project by Project ID.",
    "zh": {
      "summary": "获取工作流列表",
      "description": "根据项目ID获取项目下工作流"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
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
        "description": "Pagination size."
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": false,
        "description": "Folder ID"
      },
      {
        "name": "Status",
        "type": "string",
        "required": false,
        "description": "Workflow Status Filter\n\n* ALL_RUNNING: All workflows are running (scheduled)\n\n* ALL_FREEZED: All workflows are paused\n\n* ALL_STOPPED: All workflows are offline\n\n* PART_RUNNING: Some workflows are running (partially scheduled)\n\n* ALL_NO_RUNNING: No workflows are running (unscheduled)\n\n* ALL_INVALID: All workflows are invalid"
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "Owner ID"
      },
      {
        "name": "WorkflowType",
        "type": "string",
        "required": false,
        "description": "Workflow type filter criteria. supported values: Cycle or Manual. default: Cycle."
      },
      {
        "name": "KeyWord",
        "type": "string",
        "required": false,
        "description": "Workflow keyword-based filtering supports fuzzy matching of workflow Id/name."
      },
      {
        "name": "SortItem",
        "type": "string",
        "required": false,
        "description": "Sort item. Options: CreateTime, TaskCount."
      },
      {
        "name": "SortType",
        "type": "string",
        "required": false,
        "description": "Sorting method, DESC or ASC, uppercase."
      },
      {
        "name": "CreateUserUin",
        "type": "string",
        "required": false,
        "description": "CreatorId. specifies the id of the creator."
      },
      {
        "name": "ModifyTime",
        "type": "string",
        "required": false,
        "description": "Update time. format: yyyy-MM-dd HH:MM:ss."
      },
      {
        "name": "CreateTime",
        "type": "string",
        "required": false,
        "description": "Creation time. format: yyyy-MM-dd HH:MM:ss."
      }
    ]
  },
  "ListPermissions": {
    "summary": "Obtain resource permission details",
    "description": "Retrieve authorizable permission details.",
    "zh": {
      "summary": "获取资源的权限详情",
      "description": "获取可授权权限详情"
    },
    "members": [
      {
        "name": "Resource",
        "type": "object",
        "required": false,
        "description": "Resource.\nResourceType: originates from the ResourceType returned by the GetGrantPrivilegesSTD API in the TCCATALOG module, and change to capitalize the first letter, such as METALAKE corresponding to METALAKE.\nResourceUri depends on ResourceType. fixed as default for Metalake. use the three-segment format of catalog for other categories, such as.\n-Metalake, fixed as default.\n-Catalog. specifies the catalogName.\n-Schema. valid values: catalogName.SchemaName.\n-Table. specifies catalogName.SchemaName.TableName."
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filtering conditions (this parameter is not supported)."
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sorting field (this parameter is not supported)."
      },
      {
        "name": "Page",
        "type": "object",
        "required": false,
        "description": "Page parameter (this parameter is not supported)."
      }
    ]
  },
  "ListProcessLineage": {
    "summary": "Query task lineage list",
    "description": "This API is used to obtain asset lineage information.",
    "zh": {
      "summary": "查询任务血缘列表",
      "description": "获取资产血缘信息"
    },
    "members": [
      {
        "name": "ProcessId",
        "type": "string",
        "required": true,
        "description": "Unique task ID."
      },
      {
        "name": "ProcessType",
        "type": "string",
        "required": true,
        "description": "TASK type //scheduling tasks SCHEDULE_TASK, //INTEGRATION tasks INTEGRATION_TASK, //THIRD-party reporting THIRD_REPORT, //DATA modeling TABLE_MODEL, //MODEL create metrics MODEL_METRIC, //atomic metrics create derived metrics METRIC_METRIC, //DATA SERVICE DATA_SERVICE."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Pagination size."
      },
      {
        "name": "Platform",
        "type": "string",
        "required": true,
        "description": "Source: WEDATA|THIRD default WEDATA."
      }
    ]
  },
  "ListProjectMembers": {
    "summary": "View the project member list",
    "description": "This API is used to obtain the user under the project with pagination return.",
    "zh": {
      "summary": "查看项目成员列表",
      "description": "获取项目下的用户，分页返回"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "UserName",
        "type": "string",
        "required": false,
        "description": "Filter by member name with fuzzy query support."
      },
      {
        "name": "UserUin",
        "type": "string",
        "required": false,
        "description": "Filter by member id. supports fuzzy query."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size, default first page."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Number of items per page. default value is `10`."
      }
    ]
  },
  "ListProjectRoles": {
    "summary": "View the project-level role detail list",
    "description": "Get role list info.",
    "zh": {
      "summary": "查看项目级角色详情列表",
      "description": "获取角色列表信息"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "RoleDisplayName",
        "type": "string",
        "required": false,
        "description": "Fuzzy query for the chinese display name of a role. can only pass one value."
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
        "description": "Paging information."
      }
    ]
  },
  "ListProjects": {
    "summary": "View the project detail list",
    "description": "The project list in the tenant's global scope is irrelevant to the user's viewing range.",
    "zh": {
      "summary": "查看项目详情列表",
      "description": "租户全局范围的项目列表，与用户查看范围无关."
    },
    "members": [
      {
        "name": "ProjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Project ID List"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "Project name or unique id, supports fuzzy search."
      },
      {
        "name": "Status",
        "type": "integer",
        "required": false,
        "description": "Project status, available values: 0 (disabled), 1 (normal)."
      },
      {
        "name": "ProjectModel",
        "type": "string",
        "required": false,
        "description": "Project mode. available values: SIMPLE, STANDARD."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Number of requested data pages for pagination."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Number of items per page. default value is `10`."
      }
    ]
  },
  "ListQualityRuleGroupExecResultsByPage": {
    "summary": "质量规则组执行结果分页查询接口",
    "description": "规则组执行结果分页查询接口",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "分页序号，默认1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "分页大小，默认10"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤条件，支持的过滤条件如下：\n1. GroupType\n描述：规则组类型，标识规则组所属的分类。\n取值：DEFAULT - 默认类型；WORKFLOW_NODE - 编排空间工作流节点类型\n\n2. InstanceId\n描述：规则组执行实例ID。\n取值：字符串\n\n3. ParentInstanceId\n描述：父实例ID。\n取值：字符串\n\n4. LifeCycleRunNum\n描述：生命周期运行号。\n取值：字符串\n\n5. InstanceStatus\n描述：实例状态。质量侧的实例状态，一个状态对应调度侧多个状态，具体参考取值说明\n取值：\n等待运行 - \n[\"INITIAL\", \"EVENT_LISTENING\", \"DEPENDENCE\", \"ALLOCATED\", \"LAUNCHED\", \"BEFORE_ASPECT\", \"ISSUED\"]；\n运行中 - [\"RUNNING\", \"AFTER_ASPECT\", \"WAITING_AFTER_ASPECT\"]\n失败 - [\"FAILED\", \"EXPIRED\", \"KILL\", \"KILLING\", \"PENDING\"]\n成功 - [\"COMPLETED\"]\n\n\n6. DatasourceId\n描述：数据源ID。\n取值：字符串\n\n7. DatasourceType\n描述：数据源类型。\n取值：1 - MYSQL；2 - HIVE；3 - DLC；4 - GBASE；5 - TCHouse-P/CDW；6 - ICEBERG；7 - DORIS；8 - TCHouse-D；9 - EMR_STARROCKS；10 - TBDS_STARROCKS；11 - TCHouse-X\n\n8. DatabaseName\n描述：数据库名称。\n取值：字符串\n\n9. DatabaseId\n描述：数据库ID。\n取值：字符串\n\n10. SchemaName\n描述：Schema名称。\n取值：字符串\n\n11. ReceiverFlag\n描述：是否为当前登录用户的订阅。\n取值：true - 是；false - 否\n\n12. TableName\n描述：数据表名称，支持模糊匹配。\n取值：字符串\n\n13. RuleGroupName\n描述：规则组名称。\n取值：字符串\n\n14. RuleGroupExecId\n描述：规则组执行ID。\n取值：整数\n\n15. RuleGroupTableId\n描述：规则组表ID。\n取值：整数\n\n16. Keyword\n描述：关键字搜索，支持规则组执行Id、表名称、表负责人模糊搜索。如果keyword是纯数字，默认只匹配规则组执行Id。\n取值：字符串\n\n17. StartTime\n描述：实际运行时间，开始时间。\n取值：Unix时间戳（秒）\n\n18. EndTime\n描述：实际运行时间，结束时间。\n取值：Unix时间戳（秒）\n\n19. ScheduledStartTime\n描述：计划调度时间，开始时间。\n取值：Unix时间戳（秒）\n\n20. ScheduledEndTime\n描述：计划调度时间，结束时间。\n取值：Unix时间戳（秒）\n\n21. DsJobId\n描述：数据源任务ID。\n取值：字符串\n\n22. TriggerType\n描述：触发类型。\n取值：1 - 手动触发；2 - 调度事中触发；3 - 周期调度触发；\n\n23. Status\n描述：规则组执行状态。\n取值：0 - 初始状态，未提交；1 - 已提交；2 - 检测中；3 - 正常；4 - 异常；5 - 下发中；6 - 执行链路异常；7 - 未检测，没有执行结果；\n\n24. TableIds\n描述：数据表ID集合。\n取值：字符串，支持多个值（OR关系）\n\n25. RuleGroupId\n描述：规则组ID。\n取值：整数\n\n26. BizCatalogIds\n描述：业务目录ID。\n取值：整数，支持多个值（OR关系）\n\n27. CatalogName\n描述：数据目录名称。\n取值：字符串"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "通用排序， \n支持的排序字段：\nCreateTime - 按创建时间排序\nUpdateTime - 按更新时间排序（默认）\n排序方向：\n1 - 升序（ASC）\n2 - 降序（DESC）"
      }
    ]
  },
  "ListQualityRuleGroups": {
    "summary": "质量分页查询监控任务",
    "description": "【过滤条件】\n{表idTableId,支持匹配}       {任务负责人Operator,支持匹配}    \n【必要字段】\n{数据来源TableId}",
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
        "required": false,
        "description": "分页序号，默认1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "分页大小，默认10"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤条件,每次请求的Filters的上限为10，Filter.Values的上限为5，可选过滤条件如下：\n\n1. RuleGroupId\n描述：规则组ID。\n取值：整数\n\n2. RuleGroupName\n描述：规则组名称。\n取值：字符串\n\n3. TableId\n描述：数据源表id\n取值：字符串\n\n4. TableName\n描述：数据源表名称，支持模糊匹配。\n取值：字符串\n\n5. TableOwnerName\n描述：表负责人名称，支持模糊匹配。\n取值：字符串\n\n\n6. DatasourceType\n描述：数据源类型。\n取值：1 - MYSQL；2 - HIVE；3 - DLC；4 - GBASE；5 - TCHouse-P/CDW；6 - ICEBERG；7 - DORIS；8 - TCHouse-D；9 - EMR_STARROCKS；10 - TBDS_STARROCKS；11 - TCHouse-X\n\n7. DatasourceId\n描述：数据源ID。\n取值：字符串\n\n8. DatabaseName\n描述：数据库名称。\n取值：字符串\n\n9. SchemaName\n描述：Schema名称。\n取值：字符串\n\n10. CatalogName\n描述：数据目录名称。\n取值：字符串"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "通用排序，支持的排序字段：\nCreateTime - 按创建时间排序\nUpdateTime - 按更新时间排序（默认）\n排序方向：\n1 - 升序（ASC）\n2 - 降序（DESC）"
      }
    ]
  },
  "ListQualityRuleGroupsTable": {
    "summary": "质量分页查询监控表",
    "description": "查询监控列表",
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
        "required": false,
        "description": "分页序号，默认1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "分页大小，默认10"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤条件, 可选过滤条件如下：\n1. GroupType\n描述：规则组类型，标识规则组所属的分类。\n取值：DEFAULT - 默认类型；DASHBOARD-仪表盘类型；WORKFLOW_NODE - 编排空间工作流节点类型\n\n2. DeployStatus\n描述：规则组部署状态，主要用于WORKFLOW_NODE类型的规则组\n取值：PRODUCTION - 生产环境；DRAFT - 草稿套\n\n3. RuleGroupName\n描述：规则组名称。\n取值：字符串\n\n4. RuleGroupId\n描述：规则组ID。\n取值：整数\n\n5. TableOwnerName\n描述：表负责人名称，支持模糊匹配。\n取值：字符串\n\n6. TableOwnerAccount\n描述：表负责人账号ID。\n取值：整数，支持多个值（OR关系）\n\n7. TableOwnerFlag\n描述：是否为当前表负责人。\n取值：true - 是；false - 否\n\n8. DatasourceType\n描述：数据源类型。\n取值：1 - MYSQL；2 - HIVE；3 - DLC；4 - GBASE；5 - TCHouse-P/CDW；6 - ICEBERG；7 - DORIS；8 - TCHouse-D；9 - EMR_STARROCKS；10 - TBDS_STARROCKS；11 - TCHouse-X\n\n9. DatasourceId\n描述：数据源ID。\n取值：字符串\n\n10. DatabaseName\n描述：数据库名称。\n取值：字符串\n\n11. SchemaName\n描述：Schema名称。\n取值：字符串\n\n12. TableName\n描述：数据源表名称，支持模糊匹配。\n取值：字符串\n\n13. BizCatalogIds\n描述：业务目录ID。\n取值：整数，支持多个值（OR关系）\n\n14. CatalogName\n描述：数据目录名称。\n取值：字符串"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "通用排序，\n支持的排序字段：\nUpdateTime - 按更新时间排序（默认）\n排序方向：\n1 - 升序（ASC）\n2 - 降序（DESC）"
      }
    ]
  },
  "ListQualityRules": {
    "summary": "质量分页查询规则",
    "description": "分页查询质量规则",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "分页序号，默认1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "分页大小，默认10"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤条件，可选过滤条件如下：\n1. GroupType\n描述：规则组类型，标识规则组所属的分类。\n取值：DEFAULT - 默认类型，DASHBOARD - 仪表盘类型，WORKFLOW_NODE - 编排空间工作流节点类型\n\n2. Operator\n描述：创建人ID。\n取值：用户ID，支持多个值（OR关系）\n\n3. Keyword\n描述：关键字搜索，支持规则名称模糊搜索。\n取值：字符串\n\n4. RuleName\n描述：规则名称。\n取值：字符串\n\n5. Type\n描述：规则类型。\n取值：1 - 系统模板，2 - 自定义SQL，3 - 自定义模板\n\n6. SourceObjectValue\n描述：数据对象，可以是字段名称或表名称。\n取值：字符串，支持多个值（OR关系）\n\n7. RuleGroupId\n描述：规则所属的规则组ID。\n取值：整数\n\n8. RuleGroupName\n描述：规则所属的规则组名称。\n取值：字符串\n\n9. TableId\n描述：数据表ID。\n取值：字符串，支持多个值（OR关系）\n\n10. TableName\n描述：数据表名称。\n取值：字符串\n\n11. SourceEngineType\n描述：数据源引擎类型。\n取值：整数，1 - MYSQL；2 - HIVE；4 - SPARK；8 - LIVY；16 - DLC；32 - GBASE；64 - TCHouse-P；128 - DORIS；256 - TCHouse-D；512 - EMR_STARROCKS；1024 - TCHouse-X；支持多个值（OR关系）\n\n12. DatasourceId\n描述：数据源ID。\n取值：整数\n\n13. DatasourceType\n描述：数据源类型。\n取值：1 - MYSQL；2 - HIVE；3 - DLC；4 - GBASE；5 - TCHouse-P/CDW；6 - ICEBERG；7 - DORIS；8 - TCHouse-D；9 - EMR_STARROCKS；10 - TBDS_STARROCKS；11 - TCHouse-X\n\n14. DatabaseName\n描述：数据库名称。\n取值：字符串\n\n15. SchemaName\n描述：Schema名称。\n取值：字符串\n\n16. RuleIds\n描述：规则ID集合。\n取值：整数，支持多个值（OR关系）\n\n17. RuleTemplateId\n描述：规则模板ID。\n取值：整数，支持多个值（OR关系）\n\n18. ReceiverUserId / ReceiverUserIdStr\n描述：订阅人用户ID。\n取值：整数\n\n19. StartTime\n描述：查询开始时间。\n取值：Unix时间戳（秒）\n\n20. EndTime\n描述：查询结束时间。\n取值：Unix时间戳（秒）\n\n21. ReceiverFlag\n描述：是否为当前登录用户的订阅。\n取值：\ntrue - 是\nfalse - 否\n\n22. MonitorType\n描述：规则的监控执行方式。\n取值：1 - 未配置；2 - 关联生产调度；3 - 离线周期检测；支持多个值（OR关系）\n支持多个值（OR关系）\n\n23. MonitorStatus\n描述：规则的监控状态。\n取值：\ntrue - 已启用\nfalse - 已禁用\n\n24. BizCatalogIds\n描述：业务目录ID。\n取值：整数，支持多个值（OR关系）\n\n25. CatalogName\n描述：数据目录名称。\n取值：字符串\n\n26. DeployStatus\n描述：规则部署状态，主要用于WORKFLOW_NODE类型的规则组（监控）上\n取值：PRODUCTION - 生产环境，DRAFT - 草稿态"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "通用排序，\n支持的排序字段：\nCreateTime - 按创建时间排序\nUpdateTime - 按更新时间排序（默认）\n排序方向：\n1 - 升序（ASC）\n2 - 降序（DESC）"
      }
    ]
  },
  "ListQualityRuleTemplates": {
    "summary": "Quality rule template query interface",
    "description": "[Filter criteria] {template Name, query usage with Keyword fuzzy matching} {template type, 1. system template 2. custom template} {quality detection dimensions (QualityDims), 1. accuracy 2. uniqueness 3. integrity 4. consistency 5. timeliness 6. validity} [Sorting field] {citation sorting type, sort ASC or DESC based on the number of references}.",
    "zh": {
      "summary": "质量规则模版查询接口",
      "description": "【过滤条件】 {模板名称Name，查询使用Keyword进行模糊匹配} {模板类型type，1.系统模板 2.自定义模板} {质量检测维度QualityDims, 1.准确性 2.唯一性 3.完整性 4.一致性 5.及时性 6.有效性} 【排序字段】 { 引用数排序类型CitationOrderType，根据引用数量排序 ASC DESC}"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Workspace ID."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Current page, which is 1 by default."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Number of records per page, which is 10 by default."
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Common sort.\nSupported sorting fields:.\nCitationCount - sort by number of references.\nUpdateTime - sort by update time.\nSorting order:.\n1 - ascending (ASC).\n2 - descending (DESC)."
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Universal filter criteria.\n1. Id\nDescription: template ID.\nValue: unique identifier of the template.\n\n2. Keyword\nDescription: search by keyword, supports template name fuzzy search.\nValue: string.\n\n3. Type\nDescription: template type.\nValue: 1 - system template; 2 - custom template; support multiple values (OR relationship).\n\n4. QualityDim\nDescribes the quality detection dimension.\nValid values: 1 - accuracy; 2 - uniqueness; 3 - integrity; 4 - consistency; 5 - timeliness; 6 - validity. support multiple values (OR relationship).\n\n5. SourceObjectType\nDescribes the applicable source data object type for rule.\nValue: 1 - constant; 2 - offline table level; 3 - offline field level; 4 - database level. supports multiple values (OR relationship).\n\n6. SourceEngineTypes\nDescription: specifies the source data engine type to which the template applies.\nValue: 1 - MySQL; 2 - Hive; 4 - Spark; 8 - Livy; 16 - DLC; 32 - Gbase; 64 - TCHouse-P; 128 - Doris; 256 - TCHouse-D; 512 - EMR_StarRocks; 1024 - TCHouse-X. supports multiple values (OR relationship)."
      }
    ]
  },
  "ListResourceFiles": {
    "summary": "View resource file list",
    "description": "This API is used to view resource file list",
    "zh": {
      "summary": "查看资源文件列表",
      "description": "获取资源文件列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Data page number, equal to or greater than 1. default 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Specifies the number of data records displayed per page. valid values: 10 to 200. default: 10."
      },
      {
        "name": "ResourceName",
        "type": "string",
        "required": false,
        "description": "Resource file name (fuzzy search keyword)."
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": false,
        "description": "Specifies the path of the file's parent folder (for example /a/b/c, querying resource files under the folder c)."
      },
      {
        "name": "CreateUserUin",
        "type": "string",
        "required": false,
        "description": "Creator ID. obtain through the DescribeCurrentUserInfo API."
      },
      {
        "name": "ModifyTimeStart",
        "type": "string",
        "required": false,
        "description": "Update time range. specifies the start time in yyyy-MM-dd HH:MM:ss format."
      },
      {
        "name": "ModifyTimeEnd",
        "type": "string",
        "required": false,
        "description": "Update time range. specifies the end time in yyyy-MM-dd HH:MM:ss format."
      },
      {
        "name": "CreateTimeStart",
        "type": "string",
        "required": false,
        "description": "Create time range. specifies the start time in yyyy-MM-dd HH:MM:ss format."
      },
      {
        "name": "CreateTimeEnd",
        "type": "string",
        "required": false,
        "description": "Create time range. specifies the termination time in yyyy-MM-dd HH:MM:ss format."
      }
    ]
  },
  "ListResourceFolders": {
    "summary": "View resource folder list",
    "description": "This API is used to query the resource file folder list.",
    "zh": {
      "summary": "查看资源文件夹列表",
      "description": "查询资源文件文件夹列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Resource folder absolute path. value example.\n/wedata/test"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Data page number, equal to or greater than 1. default 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Specifies the number of data records displayed per page. valid values: 10 to 200. default: 10."
      }
    ]
  },
  "ListResourceGroups": {
    "summary": "View a resource group list",
    "description": "This API is used to query the execution resource group list.",
    "zh": {
      "summary": "查看资源组列表",
      "description": "该接口用于查询执行资源组列表"
    },
    "members": [
      {
        "name": "Type",
        "type": "string",
        "required": false,
        "description": "Execution resource group type.\n\n-Schedule --- scheduling resource group.\n-Integration - integration resource group.\n-DataService - data service resource group."
      },
      {
        "name": "Id",
        "type": "string",
        "required": false,
        "description": "Resource group ID"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Execution resource group name to search."
      },
      {
        "name": "ProjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Project space id query list."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Number of pages."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size."
      }
    ]
  },
  "ListSchema": {
    "summary": "Query database mode list with parameter",
    "description": "This API is used to obtain the asset database Schema information.",
    "zh": {
      "summary": "通过参数查询数据库模式列表",
      "description": "获取资产数据库Schema信息"
    },
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page number, starting from 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Pagination size. maximum 500."
      },
      {
        "name": "CatalogName",
        "type": "string",
        "required": false,
        "description": "Directory name."
      },
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": false,
        "description": "Data source ID."
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": false,
        "description": "Database name."
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Search by database schema keyword."
      }
    ]
  },
  "ListSQLFolderContents": {
    "summary": "Retrieve the content list of an sql folder",
    "description": "This API is used to retrieve the content list of an sql folder",
    "zh": {
      "summary": "获取SQL文件夹内容列表",
      "description": "查询SQL文件夹树，包括文件夹下的脚本"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Parent folder path, /aaa/bbb/ccc. path header must include a slash. pass / to query the root directory."
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Folder name or script name search."
      },
      {
        "name": "OnlyFolderNode",
        "type": "boolean",
        "required": false,
        "description": "Queries only the folder."
      },
      {
        "name": "OnlyUserSelfScript",
        "type": "boolean",
        "required": false,
        "description": "Specifies whether to query only scripts created by the user themselves."
      },
      {
        "name": "AccessScope",
        "type": "string",
        "required": false,
        "description": "Access permission: SHARED, PRIVATE."
      }
    ]
  },
  "ListSQLScriptRuns": {
    "summary": "Query SQL run history",
    "description": "This API is used to query SQL run history.",
    "zh": {
      "summary": "查询SQL运行记录",
      "description": "查询SQL运行记录"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "ScriptId",
        "type": "string",
        "required": true,
        "description": "Script id."
      },
      {
        "name": "JobId",
        "type": "string",
        "required": false,
        "description": "Task ID."
      },
      {
        "name": "SearchWord",
        "type": "string",
        "required": false,
        "description": "Search keywords."
      },
      {
        "name": "ExecuteUserUin",
        "type": "string",
        "required": false,
        "description": "Specifies the executor ID."
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Start time."
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "End time."
      }
    ]
  },
  "ListTable": {
    "summary": "Query the data table list with parameter",
    "description": "This API is used to obtain table information of assets.",
    "zh": {
      "summary": "通过参数查询数据表列表",
      "description": "获取资产表信息"
    },
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page number, starting from 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Pagination size. maximum 500."
      },
      {
        "name": "CatalogName",
        "type": "string",
        "required": false,
        "description": "Directory name."
      },
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": false,
        "description": "Data source ID."
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": false,
        "description": "Database name."
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": false,
        "description": "Schema name."
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Search keywords table."
      }
    ]
  },
  "ListTaskFolders": {
    "summary": "View task folder list",
    "description": "Query Task Folder List.",
    "zh": {
      "summary": "查看任务文件夹列表",
      "description": "查询任务文件夹列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "ParentTaskFolderPath",
        "type": "string",
        "required": true,
        "description": "Absolute path of the parent folder, such as /abc/de. if it is the root directory, pass /."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID."
      },
      {
        "name": "TaskFolderType",
        "type": "string",
        "required": true,
        "description": "Task folder type.\n\n| task folder type parameter | task folder type interface corresponding name |.\n| ---------------- | ------------------------ |\nETL | integration task.\n| EMR              | EMR                      |\n| DLC              | DLC                      |\n| SETATS           | SETATS                   |\n| TDSQL            | TDSQL                    |\n| TCHOUSE          | TCHOUSE                  |\nGENERAL.\nTI_ONE | ti-one machine learning.\nACROSS_WORKFLOWS | cross-workflow."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Number of data pages, equal to or greater than 1. default is 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Number of data records displayed per page. minimum value is 10. maximum value is 200. default value is 10."
      }
    ]
  },
  "ListTaskInstanceExecutions": {
    "summary": "List the executions of an instance",
    "description": "Pages the executions (lifecycle rounds) of an instance with their phases. Read-only.",
    "zh": {
      "summary": "获取实例执行列表",
      "description": "调度实例详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits."
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time)."
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. Scheduling, run, update and phase times (`SchedulerTime`, `StartTime`, `EndTime`, `LastUpdateTime`) are given in it and time filters read in it; the data time (`CurRunDate`) and the InstanceKey stay in UTC+8."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Items per page. Default 10."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "default": 1,
        "description": "The page number, from 1. Default 1."
      }
    ]
  },
  "ListTaskInstances": {
    "summary": "List scheduled task instances",
    "description": "Searches and pages the instances of a project, with optional filters (state, task type, cycle, owner, folder, workflow, resource group, scheduling, start and update times). Read-only.",
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
        "description": "The project ID, a string of digits."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "default": 1,
        "description": "The page number, from 1. Default 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Items per page. Default 10."
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Task names or task IDs to match (fuzzy), several separated by commas."
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. Scheduling, run, update and phase times (`SchedulerTime`, `StartTime`, `EndTime`, `LastUpdateTime`) are given in it and time filters read in it; the data time (`CurRunDate`) and the InstanceKey stay in UTC+8."
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
        "description": "The kind of instance: `0` backfill, `1` periodic, `2` non-periodic."
      },
      {
        "name": "InstanceState",
        "type": "string",
        "required": false,
        "enum": [
          "WAIT_EVENT",
          "WAIT_UPSTREAM",
          "WAIT_RUN",
          "RUNNING",
          "SKIP_RUNNING",
          "FAILED_RETRY",
          "EXPIRED",
          "COMPLETED"
        ],
        "description": "The instance state: `WAIT_EVENT` waiting for an event, `WAIT_UPSTREAM` waiting for upstream, `WAIT_RUN` waiting to run, `RUNNING` running, `SKIP_RUNNING` skipped, `FAILED_RETRY` failed and will retry, `EXPIRED` failed (final), `COMPLETED` succeeded."
      },
      {
        "name": "TaskTypeId",
        "type": "integer",
        "required": false,
        "description": "The task type ID, for example `35` Shell."
      },
      {
        "name": "CycleType",
        "type": "string",
        "required": false,
        "enum": [
          "ONEOFF_CYCLE",
          "YEAR_CYCLE",
          "MONTH_CYCLE",
          "WEEK_CYCLE",
          "DAY_CYCLE",
          "HOUR_CYCLE",
          "MINUTE_CYCLE",
          "CRONTAB_CYCLE"
        ],
        "description": "The scheduling cycle: `ONEOFF_CYCLE`, `YEAR_CYCLE`, `MONTH_CYCLE`, `WEEK_CYCLE`, `DAY_CYCLE`, `HOUR_CYCLE`, `MINUTE_CYCLE` or `CRONTAB_CYCLE`."
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "The account ID (UIN) of the task owner."
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": false,
        "description": "The ID of the folder that holds the task."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "The ID of the workflow the task belongs to."
      },
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": false,
        "description": "The ID of the execution resource group."
      },
      {
        "name": "ScheduleTimeFrom",
        "type": "string",
        "required": false,
        "example": "2025-03-28 00:00:00",
        "description": "The start of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`."
      },
      {
        "name": "ScheduleTimeTo",
        "type": "string",
        "required": false,
        "example": "2025-03-28 00:00:00",
        "description": "The end of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`."
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
        "description": "What to sort by: `SCHEDULE_DATE`, `START_TIME`, `END_TIME` or `COST_TIME`."
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
      }
    ]
  },
  "ListTasks": {
    "summary": "Queries the task list",
    "description": "This API is used to query pagination information of tasks.",
    "zh": {
      "summary": "查询任务列表",
      "description": "查询任务分页信息"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Specifies the data page number of the request. default value is 1. valid values: equal to or greater than 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Specifies the number of data records displayed per page. default: 10. value range: 10 to 200."
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": false,
        "description": "Task name."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID"
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "Owner ID."
      },
      {
        "name": "TaskTypeId",
        "type": "integer",
        "required": false,
        "description": "Task type"
      },
      {
        "name": "Status",
        "type": "string",
        "required": false,
        "description": "Task Status:\n* N: New\n* Y: Scheduling\n* F: Offline\n* O: Paused\n* T: Offlining\n* INVALID: Invalid"
      },
      {
        "name": "Submit",
        "type": "boolean",
        "required": false,
        "description": "Submission status."
      },
      {
        "name": "BundleId",
        "type": "string",
        "required": false,
        "description": "Bundle id."
      },
      {
        "name": "CreateUserUin",
        "type": "string",
        "required": false,
        "description": "Creator ID."
      },
      {
        "name": "ModifyTime",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Modification time range (yyyy-MM-dd HH:mm:ss). Two time values must be provided in the array."
      },
      {
        "name": "CreateTime",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Creation time range (yyyy-MM-dd HH:MM:ss). Two time values must be provided in the array."
      },
      {
        "name": "TaskFolderPathList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "<p>任务文件夹路径列表，支持多选，从工作流下的目录开始填写，节点类型无需填写。选择上层文件夹时，自动包含所有子文件夹下的任务。 路径格式为绝对路径，如 &quot;/子目录A&quot;，根目录为 &quot;/&quot;</p>"
      },
      {
        "name": "WorkflowFolderPathList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "<p>工作流文件夹路径列表，支持多选。选择上层文件夹时，自动包含所有子文件夹下工作流的任务。 路径格式为绝对路径，如 &quot;/数据开发/子目录&quot;，根目录为 &quot;/&quot;。</p>"
      },
      {
        "name": "TaskNodeTypeList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "<p>节点类型列表，用于按任务节点分类筛选，支持多选， 可选值参考下面枚举类型 。 传入后将根据这些节点类型包含的任务类型ID列表进行筛选。</p><p>枚举值：</p><ul><li>ETL： 数据集成节点</li><li>EMR： EMR节点</li><li>DLC： DLC节点</li><li>SETATS： SETATS节点</li><li>TDSQL： TDSQL节点</li><li>TCHOUSE： TCHOUSE节点</li><li>GENERAL： 通用节点</li><li>DATA_QUALITY： 数据质量节点</li><li>INDICATOR： 指标节点</li><li>TI_ONE： TI-ONE机器学习节点</li></ul>"
      }
    ]
  },
  "ListTaskVersions": {
    "summary": "View task version list",
    "description": "This API is used to list saved task versions.",
    "zh": {
      "summary": "查看任务版本列表",
      "description": "任务保存版本列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "TaskVersionType",
        "type": "string",
        "required": false,
        "description": "SAVE version.\nSUBMIT version.\nDefaults to SAVE."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Specifies the data page number of the request. default value is 1. valid values: equal to or greater than 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Specifies the number of data records displayed per page. default: 10. value range: 10 to 200."
      },
      {
        "name": "UsedVersion",
        "type": "boolean",
        "required": false,
        "description": "<p>是否为使用版本</p>"
      }
    ]
  },
  "ListTenantRoles": {
    "summary": "View the global-level role detail list",
    "description": "Get the role list of all root accounts.",
    "zh": {
      "summary": "查看全局级角色详情列表",
      "description": "获取所有主账号角色列表"
    },
    "members": [
      {
        "name": "RoleDisplayName",
        "type": "string",
        "required": false,
        "description": "Role chinese display name fuzzy query. can only pass one."
      }
    ]
  },
  "ListTriggerTaskRuns": {
    "summary": "Query task execution details",
    "description": "Query workflow operation",
    "zh": {
      "summary": "查询任务运行详情",
      "description": "查询工作流运行"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filtering parameters: Keyword for task name or ID query, WorkflowId for workflow ID query, FolderId for folder query, InChargeUin for responsible person query, WorkflowExecutionId for workflow execution ID, ExecutionId for task execution ID, TaskId for task ID, ScheduleTimeGreaterEqual / ScheduleTimeLessEqual for planned scheduling time interval"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sorting field, sorting field name as follows: start time: CreateTime, end time: EndTime, scheduled dispatch time: ScheduleTime"
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
        "description": "Page size."
      }
    ]
  },
  "ListTriggerTasks": {
    "summary": "Query the workflow task list",
    "description": "Query job pagination information.",
    "zh": {
      "summary": "查询调度工作流任务列表",
      "description": "查询任务分页信息"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "The number of requested data pages. the default value is 1. valid values: equal to or greater than 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Number of data records displayed per page. default value is 10. minimum value is 10. maximum value is 200."
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": false,
        "description": "Task name."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID"
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "Responsible person ID."
      },
      {
        "name": "TaskTypeId",
        "type": "integer",
        "required": false,
        "description": "Task type"
      },
      {
        "name": "Status",
        "type": "string",
        "required": false,
        "description": "Task status.\n* N: create. \n* Y: scheduling in progress."
      },
      {
        "name": "Submit",
        "type": "boolean",
        "required": false,
        "description": "Submission status."
      },
      {
        "name": "BundleId",
        "type": "string",
        "required": false,
        "description": "Bundle id information."
      },
      {
        "name": "CreateUserUin",
        "type": "string",
        "required": false,
        "description": "Creator ID."
      },
      {
        "name": "ModifyTime",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Modify the time interval yyyy-MM-dd HH:MM:ss. fill in two times in the array."
      },
      {
        "name": "CreateTime",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Creation time range yyyy-MM-dd HH:MM:ss. two times must be filled in the array."
      },
      {
        "name": "TaskFolderPathList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "<p>任务文件夹路径列表，支持多选，从工作流下的目录开始填写，节点类型无需填写。选择上层文件夹时，自动包含所有子文件夹下的任务。 路径格式为绝对路径，如 &quot;/子目录A&quot;，根目录为 &quot;/&quot;</p>"
      },
      {
        "name": "WorkflowFolderPathList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "<p>工作流文件夹路径列表，支持多选。选择上层文件夹时，自动包含所有子文件夹下工作流的任务。 路径格式为绝对路径，如 &quot;/数据开发/子目录&quot;，根目录为 &quot;/&quot;</p>"
      },
      {
        "name": "TaskNodeTypeList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "<p>节点类型列表，用于按任务节点分类筛选，支持多选，可选值参考下面枚举类型 。 传入后将根据这些节点类型包含的任务类型ID列表进行筛选。</p><p>枚举值：</p><ul><li>ETL： 数据集成节点</li><li>EMR： EMR节点</li><li>DLC： DLC节点</li><li>SETATS： SETATS节点</li><li>TDSQL： TDSQL节点</li><li>TCHOUSE： TCHOUSE节点</li><li>GENERAL： 通用节点</li><li>DATA_QUALITY： 数据质量节点</li><li>INDICATOR： 指标节点</li><li>TI_ONE： TI-ONE机器学习节点</li></ul>"
      }
    ]
  },
  "ListTriggerTaskVersions": {
    "summary": "View the workflow scheduling task version list",
    "description": "Task save version list.",
    "zh": {
      "summary": "查看工作流调度任务版本列表",
      "description": "任务保存版本列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID."
      },
      {
        "name": "TaskVersionType",
        "type": "string",
        "required": false,
        "description": "SAVE version: SAVE.\nSUBMIT version: SUBMIT.\nDefault value: SAVE."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "The number of requested data pages. the default value is 1. valid values: equal to or greater than 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Number of data records displayed per page. default value is 10. minimum value is 10. maximum value is 200."
      }
    ]
  },
  "ListTriggerWorkflowRuns": {
    "summary": "Query workflow operation",
    "description": "Query workflow operation.",
    "zh": {
      "summary": "查询工作流运行",
      "description": "查询工作流运行"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter parameters, workflow name or ID query name: Keyword, workflow ID query name: WorkflowId, folder query name: FolderId, person in charge query name: InChargeUin, workflow execution ID: ExecutionId."
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sorting field. the sorting field name is as follows: start time - CreateTime, end time - EndTime."
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
        "description": "Page size."
      }
    ]
  },
  "ListTriggerWorkflows": {
    "summary": "Query the workflow list of query scheduling",
    "description": "This API is used to query the list of workflows.",
    "zh": {
      "summary": "查询调度工作流列表",
      "description": "查询工作流列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Request data page number. default value is 1. valid values: at least 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Number of records per page. the default value is `10`. the minimum value is `10`. the maximum value is `200`."
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Search keywords."
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": false,
        "description": "Workflow folder."
      },
      {
        "name": "BundleId",
        "type": "string",
        "required": false,
        "description": "bundleId item."
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "Person in Charge ID"
      },
      {
        "name": "CreateUserUin",
        "type": "string",
        "required": false,
        "description": "Creator ID."
      },
      {
        "name": "ExecuteUserUin",
        "type": "string",
        "required": false,
        "description": "<p>运行账号ID</p>"
      },
      {
        "name": "ModifyTime",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Modify the time interval yyyy-MM-dd HH:MM:ss. fill in two times in the array."
      },
      {
        "name": "CreateTime",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Creation time range yyyy-MM-dd HH:MM:ss. two times must be filled in the array."
      }
    ]
  },
  "ListUpstreamOpsTasks": {
    "summary": "Retrieve task upstream",
    "description": "This API is used to retrieve task direct upstream.",
    "zh": {
      "summary": "获取任务上游",
      "description": "获取任务直接上游"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "PageNumber",
        "type": "string",
        "required": false,
        "description": "Page number"
      },
      {
        "name": "PageSize",
        "type": "string",
        "required": false,
        "description": "Pagination size."
      }
    ]
  },
  "ListUpstreamTaskInstances": {
    "summary": "List the direct upstream instances",
    "description": "Pages the instances the given instance directly depends on. Read-only.",
    "zh": {
      "summary": "获取实例直接上游",
      "description": "获取实例直接上游"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits."
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time)."
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. Scheduling, run, update and phase times (`SchedulerTime`, `StartTime`, `EndTime`, `LastUpdateTime`) are given in it and time filters read in it; the data time (`CurRunDate`) and the InstanceKey stay in UTC+8."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "default": 1,
        "description": "The page number, from 1. Default 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Items per page. Default 10."
      }
    ]
  },
  "ListUpstreamTasks": {
    "summary": "View upstream task list",
    "description": "This API is used to retrieve the direct upstream task.",
    "zh": {
      "summary": "查看上游任务列表",
      "description": "获取任务直接上游"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Specifies the data page number of the request. Default value is 1. Valid values: equal to or greater than 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Specifies the data page number of the request. Default value is 1. Valid values: equal to or greater than 1."
      }
    ]
  },
  "ListUpstreamTriggerTasks": {
    "summary": "View the upstream task list of the scheduling workflow",
    "description": "This API is used to retrieve direct upstream tasks.",
    "zh": {
      "summary": "查看调度工作流上游任务列表",
      "description": "获取任务直接上游"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "The page number of the requested data. the default value is 1. the value must be equal to or greater than 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "The page number of the requested data. the default value is 1. the value must be equal to or greater than 1."
      }
    ]
  },
  "ListWorkflowFolders": {
    "summary": "View workflow folder list",
    "description": "This API is used to query the folder list.",
    "zh": {
      "summary": "查看工作流文件夹列表",
      "description": "查询文件夹列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Parent folder absolute path, for example /abc/de, if it is root directory, pass /."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Data page number, equal to or greater than 1. default 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Specifies the number of data records displayed per page. valid values: 10 to 200. default: 10."
      }
    ]
  },
  "ListWorkflowPermissions": {
    "summary": "Retrieve the workflow folder permission list",
    "description": "Query workflow authorization permissions.",
    "zh": {
      "summary": "获取工作流文件夹权限列表",
      "description": "查询工作流授权权限"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "EntityId",
        "type": "string",
        "required": true,
        "description": "Authorize entity ID."
      },
      {
        "name": "EntityType",
        "type": "string",
        "required": true,
        "description": "Authorized entity type, folder/workflow."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "The page number of the requested data. the default value is 1. the value must be equal to or greater than 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Number of data records displayed per page. default value is 10. minimum value is 10. maximum value is 200."
      }
    ]
  },
  "ListWorkflows": {
    "summary": "This API is used to query the list of workflows.",
    "description": "This API is used to query the list of workflows.",
    "zh": {
      "summary": "查询工作流列表",
      "description": "查询工作流列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Specifies the data page number of the request. default value is 1. valid values: equal to or greater than 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Specifies the number of data records displayed per page. default: 10. value range: 10 to 200."
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Search keywords."
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": false,
        "description": "Workflow folder."
      },
      {
        "name": "WorkflowType",
        "type": "string",
        "required": false,
        "description": "Workflow type. valid values: cycle and manual."
      },
      {
        "name": "BundleId",
        "type": "string",
        "required": false,
        "description": "bundleId item."
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "Owner ID"
      },
      {
        "name": "CreateUserUin",
        "type": "string",
        "required": false,
        "description": "Creator ID."
      },
      {
        "name": "ModifyTime",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Modification time interval yyyy-MM-dd HH:MM:ss. fill in two times in the array."
      },
      {
        "name": "CreateTime",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Creation time range yyyy-MM-dd HH:MM:ss. two times must be filled in the array."
      }
    ]
  },
  "ModifyQualityRule": {
    "summary": "质量更新规则接口",
    "description": "更新质量规则接口",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "RuleId",
        "type": "integer",
        "required": true,
        "description": "规则ID"
      },
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "规则名称"
      },
      {
        "name": "Type",
        "type": "integer",
        "required": true,
        "description": "规则类型 1.系统模版, 2.自定义模版, 3.自定义SQL"
      },
      {
        "name": "CompareRule",
        "type": "object",
        "required": true,
        "description": "报警触发条件"
      },
      {
        "name": "AlarmLevel",
        "type": "integer",
        "required": true,
        "description": "报警触发级别 1.低, 2.中, 3.高"
      },
      {
        "name": "TableId",
        "type": "string",
        "required": false,
        "description": "数据表ID"
      },
      {
        "name": "RuleTemplateId",
        "type": "integer",
        "required": false,
        "description": "规则模板ID，当Type≠3（自定义SQL）时必填"
      },
      {
        "name": "QualityDim",
        "type": "integer",
        "required": false,
        "description": "规则所属质量维度，Type=3（自定义SQL）时必填（1：准确性，2：唯一性，3：完整性，4：一致性，5：及时性，6：有效性）"
      },
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "规则组ID"
      },
      {
        "name": "SourceObjectDataTypeName",
        "type": "string",
        "required": false,
        "description": "源字段详细类型，int、string"
      },
      {
        "name": "SourceObjectValue",
        "type": "string",
        "required": false,
        "description": "源字段名称"
      },
      {
        "name": "ConditionType",
        "type": "integer",
        "required": false,
        "description": "检测范围，当Type=1(系统模板)时必填。 1.全表 2.条件扫描"
      },
      {
        "name": "ConditionExpression",
        "type": "string",
        "required": false,
        "description": "条件扫描WHERE条件表达式，ConditionType=2(条件扫描)时必填"
      },
      {
        "name": "CustomSql",
        "type": "string",
        "required": false,
        "description": "自定义SQL，Type=3（自定义SQL）时必填"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "规则描述"
      },
      {
        "name": "TargetDatabaseId",
        "type": "string",
        "required": false,
        "description": "目标库Id"
      },
      {
        "name": "TargetTableId",
        "type": "string",
        "required": false,
        "description": "目标表Id"
      },
      {
        "name": "TargetConditionExpr",
        "type": "string",
        "required": false,
        "description": "目标过滤条件表达式"
      },
      {
        "name": "RelConditionExpr",
        "type": "string",
        "required": false,
        "description": "源字段与目标字段关联条件on表达式"
      },
      {
        "name": "FieldConfig",
        "type": "object",
        "required": false,
        "description": "自定义模版sql表达式字段替换参数，Type=2时必填"
      },
      {
        "name": "TargetObjectValue",
        "type": "string",
        "required": false,
        "description": "目标字段名称  CITY"
      },
      {
        "name": "SourceEngineTypes",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "该规则支持的执行引擎列表，Type=3（自定义SQL）时必填，可选值如下：1 - MYSQL2 - HIVE4 - SPARK8 - LIVY16 - DLC32 - GBASE64 - TCHouse-P128 - DORIS256 - TCHouse-D512 - EMR_STARROCKS1024 - TCHouse-X"
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
        "description": "数据目录名称，主要用于dlc数据源"
      },
      {
        "name": "TargetCatalogName",
        "type": "string",
        "required": false,
        "description": "目标数据目录名称，主要用于dlc数据源"
      }
    ]
  },
  "ModifyQualityRuleGroup": {
    "summary": "质量编辑监控任务",
    "description": "创建监控任务",
    "members": [
      {
        "name": "RuleGroupExecStrategyBOList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "任务参数"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      }
    ]
  },
  "PauseOpsTasksAsync": {
    "summary": "Pause tasks in batches asynchronously",
    "description": "This API is used to pause tasks in batches asynchronously.",
    "zh": {
      "summary": "异步批量暂停任务",
      "description": "异步批量暂停任务"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task Id list. specifies the list of task ids."
      },
      {
        "name": "KillInstance",
        "type": "boolean",
        "required": false,
        "description": "Whether required to terminate the generated instance."
      }
    ]
  },
  "RegisterLineage": {
    "summary": "Register lineage",
    "description": "RegisterLineage",
    "zh": {
      "summary": "血缘注册",
      "description": "RegisterLineage"
    },
    "members": [
      {
        "name": "Relations",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "List of lineage relationships to register."
      }
    ]
  },
  "RemoveMemberProjectRole": {
    "summary": "Revoke a project role of a member",
    "description": "Delete project user roles.",
    "zh": {
      "summary": "撤销项目成员项目角色",
      "description": "删除项目用户角色"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "UserUin",
        "type": "string",
        "required": true,
        "description": "User ID"
      },
      {
        "name": "RoleIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Role id list. currently supports project roles:.\n-308335260274237440 (project administrator).\n-308335260676890624 (data engineer).\n-308335260844662784 (operation and maintenance engineer).\n-308335260945326080 (ordinary member)."
      }
    ]
  },
  "RerunTaskInstancesAsync": {
    "summary": "Rerun instances (asynchronous)",
    "description": "Starts rerunning instances and answers with an AsyncId; follow it with GetOpsAsyncJob. Changes state: not idempotent. After an unknown outcome, check with GetOpsAsyncJob or GetTaskInstance before trying again.",
    "zh": {
      "summary": "实例批量重跑(异步)",
      "description": "实例批量重跑-异步"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits."
      },
      {
        "name": "InstanceKeyList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "The instances to act on, by InstanceKey."
      },
      {
        "name": "RerunType",
        "type": "string",
        "required": false,
        "enum": [
          "1",
          "2",
          "3"
        ],
        "description": "What to rerun: `1` the instances themselves (default), `3` their downstream, `2` both."
      },
      {
        "name": "CheckParentType",
        "type": "string",
        "required": false,
        "enum": [
          "ALL",
          "MAKE_SCOPE",
          "NONE"
        ],
        "description": "Whether to check upstream tasks: `ALL`, `MAKE_SCOPE` (selected) or `NONE` (default)."
      },
      {
        "name": "SonRangeType",
        "type": "string",
        "required": false,
        "enum": [
          "WORKFLOW",
          "PROJECT",
          "ALL"
        ],
        "description": "The range of downstream instances: `WORKFLOW` (default), `PROJECT` or `ALL`."
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "Whether the rerun ignores event listening."
      },
      {
        "name": "RedefineParallelNum",
        "type": "integer",
        "required": false,
        "description": "A run concurrency for the rerun instead of the task's own."
      },
      {
        "name": "RedefineSelfWorkflowDependency",
        "type": "string",
        "required": false,
        "enum": [
          "yes",
          "no"
        ],
        "description": "A workflow self-dependency for the rerun, `yes` or `no`, instead of the workflow's own."
      },
      {
        "name": "RedefineParamList",
        "type": "object",
        "required": false,
        "description": "Parameters for the rerun instances."
      }
    ]
  },
  "RerunTriggerWorkflowRunAsync": {
    "summary": "Rerun an operation",
    "description": "Rerun an operation.",
    "zh": {
      "summary": "重跑运行",
      "description": "重跑运行"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID."
      },
      {
        "name": "WorkflowExecutionId",
        "type": "string",
        "required": true,
        "description": "Running ID of the workflow."
      },
      {
        "name": "ExecuteType",
        "type": "string",
        "required": true,
        "description": "Running mode: ordinary running defaults to all parameters: 1, advanced execution selectable task scope and running parameters: 2."
      },
      {
        "name": "AdvancedParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Custom running parameters filled in when the running type is advanced execution."
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Advanced execution in mode requires the specified task ID set this time."
      },
      {
        "name": "SchedulingResourceGroup",
        "type": "string",
        "required": false,
        "description": "Specify a scheduling resource group. uses the original scheduling resource group in the default configurations when left empty."
      },
      {
        "name": "IntegrationResourceGroup",
        "type": "string",
        "required": false,
        "description": "Specify the integration resource group. uses the original integration resource group in configurations by default when empty."
      }
    ]
  },
  "RevokeDataSourceAuthorization": {
    "summary": "Revoke data source permission",
    "description": "Revoke data source permission.",
    "zh": {
      "summary": "回收数据源权限",
      "description": "回收数据源权限"
    },
    "members": [
      {
        "name": "DataSourceId",
        "type": "string",
        "required": true,
        "description": "Data source ID."
      },
      {
        "name": "RevokeProjectId",
        "type": "string",
        "required": false,
        "description": "Reclaim the project id or the UserUin parameter. only one can be filled in."
      },
      {
        "name": "RevokeUser",
        "type": "string",
        "required": false,
        "description": "Reclaim the list of users under the project in the format: project id_user id.\nSpecifies that only one of the parameters can be filled in with RevokeProjectId."
      }
    ]
  },
  "RevokePrivileges": {
    "summary": "Revoke permission",
    "description": "Authorization Revoked in Catalog mode.",
    "zh": {
      "summary": "回收权限",
      "description": "Catalog模式下授权回收"
    },
    "members": [
      {
        "name": "Resources",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Resource array. data source is ResourceType and ResourceUri in the Resource of the ListPermissions API response."
      },
      {
        "name": "Subjects",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Authorization revoked principal array. need to pay attention to parameter assembly.\n1. for SubjectType and SubjectValues, refer to SubjectType and SubjectValue in SubjectDetails returned by the ListPermissions api.\n2. during batch reclamation, the length of the Subjects array must match the length of the Privileges permission point, and the data must have a one-to-one correspondence."
      },
      {
        "name": "Privileges",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Permission point, Name originates from the Name in PermissionDetails of the ListPermissions API response, such as BROWSE, GRANT_PRIVILEGES."
      }
    ]
  },
  "RunSQLScript": {
    "summary": "Run an SQL script",
    "description": "This API is used to run an SQL script.",
    "zh": {
      "summary": "运行SQL脚本",
      "description": "运行SQL脚本"
    },
    "members": [
      {
        "name": "ScriptId",
        "type": "string",
        "required": true,
        "description": "Script id."
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "ScriptContent",
        "type": "string",
        "required": false,
        "description": "Script content. executed by default if not transmitted. requires Base64 encoding if transmitted."
      },
      {
        "name": "Params",
        "type": "string",
        "required": false,
        "description": "Advanced running parameter, JSON format base64 encode."
      }
    ]
  },
  "SetSuccessTaskInstancesAsync": {
    "summary": "Mark instances successful (asynchronous)",
    "description": "Starts marking instances as succeeded and answers with an AsyncId; follow it with GetOpsAsyncJob. Changes state: not idempotent. After an unknown outcome, check with GetOpsAsyncJob or GetTaskInstance before trying again.",
    "zh": {
      "summary": "实例批量置成功(异步)",
      "description": "实例批量置成功-异步"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits."
      },
      {
        "name": "InstanceKeyList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "The instances to act on, by InstanceKey."
      }
    ]
  },
  "StartOpsTasks": {
    "summary": "Start tasks asynchronously in batch",
    "description": "Start tasks asynchronously in batch.",
    "zh": {
      "summary": "异步批量启动任务",
      "description": "异步批量启动任务"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task Id list."
      },
      {
        "name": "EnableDataBackfill",
        "type": "boolean",
        "required": false,
        "description": "Whether to supplement intermediate instances from the last pause to the current time at startup. default false indicates no supplement."
      }
    ]
  },
  "StopOpsTasksAsync": {
    "summary": "Asynchronously deactivate tasks in batch",
    "description": "This API is used to asynchronously deactivate tasks in batch.",
    "zh": {
      "summary": "异步批量下线任务",
      "description": "异步批量下线任务"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task Id list. specifies the list of task ids."
      },
      {
        "name": "KillInstance",
        "type": "boolean",
        "required": false,
        "description": "Specifies whether to terminate the generated instance. default value: false."
      }
    ]
  },
  "StopSQLScriptRun": {
    "summary": "Stop running an SQL script",
    "description": "This API is used to stop running an SQL script.",
    "zh": {
      "summary": "停止运行SQL脚本",
      "description": "停止运行SQL脚本"
    },
    "members": [
      {
        "name": "JobId",
        "type": "string",
        "required": true,
        "description": "Specifies the query id."
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      }
    ]
  },
  "SubmitTask": {
    "summary": "Submits a task",
    "description": "This API is used to submit a task.",
    "zh": {
      "summary": "提交任务",
      "description": "提交任务。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
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
        "description": "Version remarks."
      }
    ]
  },
  "SubmitTriggerTask": {
    "summary": "Submit a workflow scheduling task",
    "description": "Submit a workflow scheduling task.",
    "zh": {
      "summary": "提交工作流调度任务",
      "description": "提交工作流调度任务"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID."
      },
      {
        "name": "VersionRemark",
        "type": "string",
        "required": true,
        "description": "Version note"
      }
    ]
  },
  "UpdateCodeFile": {
    "summary": "Update a code file",
    "description": "This API is used to update a code file.",
    "zh": {
      "summary": "更新代码文件",
      "description": "更新代码文件"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "CodeFileId",
        "type": "string",
        "required": true,
        "description": "Code file ID. the parameter value comes from the CreateCodeFile API response."
      },
      {
        "name": "CodeFileConfig",
        "type": "object",
        "required": false,
        "description": "Specifies the code file configuration."
      },
      {
        "name": "CodeFileContent",
        "type": "string",
        "required": false,
        "description": "Specifies the content of the code file."
      },
      {
        "name": "SubmitAction",
        "type": "boolean",
        "required": false
      }
    ]
  },
  "UpdateCodeFolder": {
    "summary": "Update the code folder",
    "description": "This API is used to rename a code folder.",
    "zh": {
      "summary": "更新代码文件夹",
      "description": "重命名代码文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID. The parameter value can be obtained from the response of the CreateCodeFolder API."
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "Folder name."
      }
    ]
  },
  "UpdateDataSource": {
    "summary": "Updates a data source",
    "description": "This API is used to update a data source.",
    "zh": {
      "summary": "更新数据源",
      "description": "该接口用于更新数据源"
    },
    "members": [
      {
        "name": "Id",
        "type": "integer",
        "required": true,
        "description": "Data source ID."
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "ProdConProperties",
        "type": "string",
        "required": false,
        "description": "Configuration message of data sources is stored in JSON KV. based on each data source type, the KV storage information varies.\n\n> deployType: \nCONNSTR_PUBLICDB (public network instance). \nCONNSTR_CVMDB (self-built instance).\nCloud INSTANCE.\n\n```\nmysql: self-built instance.\n{\n    \"deployType\": \"CONNSTR_CVMDB\",\n    \"url\": \"jdbc:mysql://1.1.1.1:1111/example#test#123456\",\n    \"username\": \"root\",\n    \"password\": \"example#test#123456\",\n    \"region\": \"ap-shanghai\",\n    \"vpcId\": \"vpc-kprq42yo\",\n    \"type\": \"MYSQL\"\n}\nmysql: cloud instance.\n{\n    \"instanceid\": \"cdb-12uxdo5e\",\n    \"db\": \"db\",\n    \"region\": \"ap-shanghai\",\n    \"username\": \"msyql\",\n    \"password\": \"example#test#123456\",\n    \"deployType\": \"INSTANCE\",\n    \"type\": \"TENCENT_MYSQL\"\n}\nsql_server: \n{\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"url\": \"jdbc:sqlserver://1.1.1.1:223;example#test#123456\",\n    \"username\": \"user_1\",\n    \"password\": \"example#test#123456\",\n    \"type\": \"SQLSERVER\"\n}\nredis:\n    redisType:\n-NO_ACCOUNT (account-free).\n-SELF_ACCOUNT (custom account).\n{\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"username\":\"\"\n    \"password\": \"example#test#123456\",\n    \"ip\": \"1.1.1.1\",\n    \"port\": \"6379\",\n    \"redisType\": \"NO_ACCOUT\",\n    \"type\": \"REDIS\"\n}\noracle: \n{\n    \"deployType\": \"CONNSTR_CVMDB\",\n    \"url\": \"jdbc:oracle:thin:@1.1.1.1:1521:example#test#123456\",\n    \"username\": \"oracle\",\n    \"password\": \"example#test#123456\",\n    \"region\": \"ap-shanghai\",\n    \"vpcId\": \"vpc-kprq42yo\",\n    \"type\": \"ORACLE\"\n}\nmongodb:\nadvanceParams (custom parameters, appended to the url).\n{\n    \"advanceParams\": [\n        {\n            \"key\": \"authSource\",\n            \"value\": \"auth\"\n        }\n    ],\n    \"db\": \"admin\",\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"username\": \"user\",\n    \"password\": \"example#test#123456\",\n    \"type\": \"MONGODB\",\n    \"host\": \"1.1.1.1:9200\"\n}\npostgresql:\n{\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"url\": \"jdbc:postgresql://1.1.1.1:1921/example#test#123456\",\n    \"username\": \"user\",\n    \"password\": \"example#test#123456\",\n    \"type\": \"POSTGRE\"\n}\nkafka:\n    authType:\n        - sasl\n        - jaas\n        - sasl_plaintext\n        - sasl_ssl\n        - GSSAPI\n    ssl:\n        -PLAIN\n        -GSSAPI\n{\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"host\": \"1.1.1.1:9092\",\n    \"ssl\": \"GSSAPI\",\n    \"authType\": \"sasl\",\n    \"type\": \"KAFKA\",\n    \"principal\": \"aaaa\",\n    \"serviceName\": \"kafka\"\n}\n\ncos:\n{\n    \"region\": \"ap-shanghai\",\n    \"deployType\": \"INSTANCE\",\n    \"secretId\": \"aaaaa\",\n    \"secretKey\": \"example#test#123456\",\n    \"bucket\": \"aaa\",\n    \"type\": \"COS\"\n}\n\n```"
      },
      {
        "name": "DevConProperties",
        "type": "string",
        "required": false,
        "description": "This field is required if the project is in standard mode."
      },
      {
        "name": "ProdFileUpload",
        "type": "object",
        "required": false,
        "description": "Upload data source file in live production environment."
      },
      {
        "name": "DevFileUpload",
        "type": "object",
        "required": false,
        "description": "Upload data source file in development environment."
      },
      {
        "name": "DisplayName",
        "type": "string",
        "required": false,
        "description": "Data source display name for visual inspection."
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Data source description information"
      }
    ]
  },
  "UpdateOpsAlarmRule": {
    "summary": "Modifies alarm rules",
    "description": "Modifies alarm rules",
    "zh": {
      "summary": "修改告警规则",
      "description": "修改告警规则"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "AlarmRuleId",
        "type": "string",
        "required": true,
        "description": "Specifies the unique id of the Alarm rule, obtained through the GetAlarmRule/ListAlarmRule api."
      },
      {
        "name": "AlarmRuleName",
        "type": "string",
        "required": false,
        "description": "Specifies the new rule name of the Alarm rule."
      },
      {
        "name": "MonitorObjectType",
        "type": "integer",
        "required": false,
        "description": "Monitoring Object Type\n\nTask-level Monitoring - Can be configured by Task / Workflow / Project:\n1 = Task (default)\n2 = Workflow\n3 = Project\n\nProject-level Monitoring - Monitors overall task fluctuations within a project:\n7 = Project fluctuation monitoring alarm"
      },
      {
        "name": "MonitorObjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Pass different business IDs based on the MonitorType setting:\n\n1 (Task): MonitorObjectIds should be a list of task IDs.\n\n2 (Workflow): MonitorObjectIds should be a list of workflow IDs (workflow IDs can be obtained via the ListWorkflows API).\n\n3 (Project): MonitorObjectIds should be a list of project IDs."
      },
      {
        "name": "AlarmTypes",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Alarm Rule Monitoring Types\n\nfailure: Failure alarm\n\novertime: Timeout alarm\n\nsuccess: Success alarm\n\nbackTrackingOrRerunSuccess: Alarm when backfill/rerun succeeds\n\nbackTrackingOrRerunFailure: Alarm when backfill/rerun fails\n\nprojectFailureInstanceUpwardFluctuationAlarm: Alarm when the upward fluctuation rate of failed instances for the day exceeds the threshold\n\nprojectFailureInstanceUpwardVolatilityAlarm: Alarm when the upward fluctuation count of failed instances for the day exceeds the threshold\n\nprojectSuccessInstanceDownwardFluctuationAlarm: Alarm when the downward fluctuation rate of successful instances for the day exceeds the threshold\n\nprojectSuccessInstanceDownwardVolatilityAlarm: Alarm when the downward fluctuation count of successful instances for the day exceeds the threshold\n\nprojectFailureInstanceCountAlarm: Alarm when the number of failed instances for the day exceeds the threshold\n\nprojectFailureInstanceProportionAlarm: Alarm when the proportion of failed instances for the day exceeds the threshold\n\nreconciliationFailure: Alarm when offline reconciliation task fails\n\nreconciliationOvertime: Alarm when offline reconciliation task runs overtime\n\nreconciliationMismatch: Alarm when the number of mismatched records in reconciliation exceeds the threshold"
      },
      {
        "name": "AlarmRuleDetail",
        "type": "object",
        "required": false,
        "description": "Alarm Rule Configuration Information\n\nSuccess Alarms - No configuration required;\n\nFailure Alarms - Can be configured to trigger on the first failure or on all retry failures;\n\nTimeout Alarms - Require configuration of the timeout type and timeout threshold;\n\nProject Fluctuation Alarms - Require configuration of the fluctuation rate and the debounce cycle."
      },
      {
        "name": "Status",
        "type": "integer",
        "required": false,
        "description": "Enable status of the Alarm rule. valid values: 0 (disabled), 1 (enabled)."
      },
      {
        "name": "AlarmLevel",
        "type": "integer",
        "required": false,
        "description": "Alarm level. 1. ordinary, 2. important, 3. critical."
      },
      {
        "name": "AlarmGroups",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Describes the Alarm recipient configuration message."
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Alarm description."
      }
    ]
  },
  "UpdateOpsTasksOwner": {
    "summary": "Modify the task owner",
    "description": "This API is used to modify the task owner.",
    "zh": {
      "summary": "修改任务负责人",
      "description": "修改任务负责人"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID"
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task Id list. specifies the list of task ids."
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": true,
        "description": "Task owner Id."
      }
    ]
  },
  "UpdateOpsTriggerTasksOwner": {
    "summary": "Modify the trigger task owner",
    "description": "Query task execution details.",
    "zh": {
      "summary": "修改工作流调度任务责任人",
      "description": "查询任务执行详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "OwnerIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Owner UIN."
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Task ID set to modify."
      }
    ]
  },
  "UpdateProject": {
    "summary": "This API is used to update a project.",
    "description": "This API is used to modify project basic information.",
    "zh": {
      "summary": "更新项目",
      "description": "修改项目基础信息。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Modify the project ID."
      },
      {
        "name": "DisplayName",
        "type": "string",
        "required": false,
        "description": "Project display name can be a chinese name and must be unique within the tenant scope."
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Remarks"
      },
      {
        "name": "ProjectOwnerUin",
        "type": "string",
        "required": false,
        "description": "Project leader id."
      }
    ]
  },
  "UpdateResourceFile": {
    "summary": "Update a resource file",
    "description": "This API is used to update a resource file.",
    "zh": {
      "summary": "更新资源文件",
      "description": "更新资源文件"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "ResourceId",
        "type": "string",
        "required": true,
        "description": "Resource file ID. Can be obtained through the ListResourceFiles API."
      },
      {
        "name": "ResourceFile",
        "type": "string",
        "required": false,
        "description": "-Upload file or manually enter value. only select one method. if both are provided, the sequence is file > manually entered value.\n-Manually entered value must be existing cos path. parentFolderPath specifies the parent folder path. name specifies the file name. value example for manually entered value:.\n     /datastudio/resource/projectId/parentFolderPath/name"
      },
      {
        "name": "ResourceName",
        "type": "string",
        "required": false,
        "description": "Resource name, preferably kept consistent with the file name."
      },
      {
        "name": "BundleId",
        "type": "string",
        "required": false,
        "description": "Bundle Client ID."
      },
      {
        "name": "BundleInfo",
        "type": "string",
        "required": false,
        "description": "Bundle Client Name"
      }
    ]
  },
  "UpdateResourceFolder": {
    "summary": "Updates a resource folder",
    "description": "Update resource folder.",
    "zh": {
      "summary": "更新资源文件夹",
      "description": "更新资源文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID. obtain through the  ListResourceFolders API."
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "Folder name."
      }
    ]
  },
  "UpdateResourceGroup": {
    "summary": "This API is used to update resource groups.",
    "description": "This API is used to modify configurations or renew resources.",
    "zh": {
      "summary": "更新资源组",
      "description": "该接口用于变配/续费资源"
    },
    "members": [
      {
        "name": "Id",
        "type": "string",
        "required": true,
        "description": "Resource group ID"
      },
      {
        "name": "Type",
        "type": "string",
        "required": false,
        "description": "**Change configuration (cannot include both modification, renewal, and resource package quantity changes). configuration changes cannot modify the resource group type.**.\n\nReal-Time integration resource group.  \n-i32c (real-time data sync - 16c64G).\n\nOffline integration resource group.\n-integrated (offline data sync-8C16G).\n-i16 (offline data sync-8C32G).\n\nScheduling resource group.\n-test specification.\n-S_small (basic specification).\n-S_medium (general specifications).\n-S_large (professional specification).\n\nData service resource group.\n-Test specification.\n-ds_s(Basic specification).\n-ds_m (general specifications).\n-ds_l (professional specification)."
      },
      {
        "name": "PurchasePeriod",
        "type": "integer",
        "required": false,
        "description": "Renewal period, unit month (cannot include both modification, renewal, and resource package quantity changes)."
      },
      {
        "name": "Number",
        "type": "object",
        "required": false,
        "description": "Add or reduce the number of resource packages (modification, renewal, and changing the number of resource packages cannot include both)."
      },
      {
        "name": "AutoRenewEnabled",
        "type": "boolean",
        "required": false,
        "description": "Auto-Renewal or not. the renewal parameters take effect when PurchasePeriod is not empty."
      }
    ]
  },
  "UpdateSQLFolder": {
    "summary": "Renames an SQL folder",
    "description": "This API is used to rename an SQL folder.",
    "zh": {
      "summary": "重命名SQL文件夹",
      "description": "重命名SQL文件夹"
    },
    "members": [
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID"
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "Folder name."
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "AccessScope",
        "type": "string",
        "required": false,
        "description": "Access permission: SHARED, PRIVATE."
      }
    ]
  },
  "UpdateSQLScript": {
    "summary": "Update an SQL script and configurations",
    "description": "This API is used to save the script content for data exploration.",
    "zh": {
      "summary": "更新SQL脚本和配置",
      "description": "保存探索脚本内容"
    },
    "members": [
      {
        "name": "ScriptId",
        "type": "string",
        "required": true,
        "description": "Script Id."
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "ScriptConfig",
        "type": "object",
        "required": false,
        "description": "Specifies the script configuration for data exploration."
      },
      {
        "name": "ScriptContent",
        "type": "string",
        "required": false,
        "description": "Specifies the script content, needs to be Base64 encoded."
      }
    ]
  },
  "UpdateTask": {
    "summary": "Updates a task",
    "description": "This API is used to update a task.",
    "zh": {
      "summary": "更新任务",
      "description": "更新任务接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID"
      },
      {
        "name": "Task",
        "type": "object",
        "required": true,
        "description": "Describes the basic attributes of the task."
      }
    ]
  },
  "UpdateTaskFolder": {
    "summary": "Update a task folder",
    "description": "Update a task folder.",
    "zh": {
      "summary": "更新任务文件夹",
      "description": "更新任务文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID."
      },
      {
        "name": "TaskFolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID, obtain through the ListTaskFolders api."
      },
      {
        "name": "TaskFolderName",
        "type": "string",
        "required": true,
        "description": "Updated task folder name."
      }
    ]
  },
  "UpdateTaskPartially": {
    "summary": "Update a task partial attribute",
    "description": "This API is used to update a task.",
    "zh": {
      "summary": "更新任务部分属性",
      "description": "更新任务接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID."
      },
      {
        "name": "NewSetting",
        "type": "object",
        "required": false,
        "description": "Task basic attributes."
      },
      {
        "name": "FieldToRemoveList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Delete field content, identified in the form of property paths, with deleted values separated by \":\" and multiple values separated by \",\" delete the attribute \"TaskConfiguration/TaskSchedulingParameterList:aa,bb\" where ParamKey is aa,bb in scheduling parameters delete the upstream dependency \"TaskSchedulerConfiguration/UpstreamDependencyConfigList:2509162129381111,2509162129381112\" where TaskId is 2509162129381111,2509162129381112 in upstream dependencies delete the downstream dependency \"TaskSchedulerConfiguration/DownStreamDependencyConfigList:2509162129382222,2509162129382223\" where TaskId is 2509162129382222,2509162129382223 in downstream circular dependencies delete the event \"TaskSchedulerConfiguration/EventListenerList:event_250916_213234,event_250916_213235\" where EventName is event_250916_213234,event_250916_213235 in events delete the parameter \"TaskSchedulerConfiguration/ParamTaskOutList:pp_out,pp_1\" where ParamKey is pp_out,pp_1 in parameter output transmission delete the parameter \"TaskSchedulerConfiguration/ParamTaskInList:pp_in,pp_1\" where ParamKey is pp_in,pp_1 in parameter application delete the output registration \"TaskSchedulerConfiguration/TaskOutputRegistryList:6578laxif4d1\" where TablePhysicalId is 6578laxif4d1 in product registration."
      }
    ]
  },
  "UpdateTriggerTask": {
    "summary": "Updates a workflow scheduling task",
    "description": "This API is used to update a task.",
    "zh": {
      "summary": "更新工作流调度任务",
      "description": "更新任务接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID."
      },
      {
        "name": "Task",
        "type": "object",
        "required": true,
        "description": "Task basic attributes."
      }
    ]
  },
  "UpdateTriggerTaskPartially": {
    "summary": "Updates a workflow task partial attribute",
    "description": "This API is used to update a task.",
    "zh": {
      "summary": "更新调度工作流任务部分属性",
      "description": "更新任务接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID."
      },
      {
        "name": "NewSetting",
        "type": "object",
        "required": false,
        "description": "Task basic attributes."
      },
      {
        "name": "FieldToRemoveList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Delete field content, identified in the form of property paths, with deleted values separated by \":\" and multiple values separated by \",\" delete the attribute \"TaskConfiguration/TaskSchedulingParameterList:aa,bb\" where ParamKey is aa,bb in scheduling parameters delete the upstream dependency \"TaskSchedulerConfiguration/UpstreamDependencyConfigList:2509162129381111,2509162129381112\" where TaskId is 2509162129381111,2509162129381112 in upstream dependencies delete the downstream dependency \"TaskSchedulerConfiguration/DownStreamDependencyConfigList:2509162129382222,2509162129382223\" where TaskId is 2509162129382222,2509162129382223 in downstream circular dependencies delete the event \"TaskSchedulerConfiguration/EventListenerList:event_250916_213234,event_250916_213235\" where EventName is event_250916_213234,event_250916_213235 in events delete the parameter \"TaskSchedulerConfiguration/ParamTaskOutList:pp_out,pp_1\" where ParamKey is pp_out,pp_1 in parameter output transmission delete the parameter \"TaskSchedulerConfiguration/ParamTaskInList:pp_in,pp_1\" where ParamKey is pp_in,pp_1 in parameter application delete the output registration \"TaskSchedulerConfiguration/TaskOutputRegistryList:6578laxif4d1\" where TablePhysicalId is 6578laxif4d1 in product registration."
      }
    ]
  },
  "UpdateTriggerWorkflow": {
    "summary": "Refresh scheduling workflow information",
    "description": "This API is used to update workflow, including basic information and workflow parameters.",
    "zh": {
      "summary": "更新调度工作流信息",
      "description": "更新工作流（包括工作流基本信息与工作流参数）"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID."
      },
      {
        "name": "WorkflowName",
        "type": "string",
        "required": false,
        "description": "Workflow name."
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "Responsible person ID."
      },
      {
        "name": "WorkflowDesc",
        "type": "string",
        "required": false,
        "description": "Remarks"
      },
      {
        "name": "WorkflowParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Workflow parameter list."
      },
      {
        "name": "TriggerWorkflowSchedulerConfigurations",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Unify scheduling parameters."
      },
      {
        "name": "BundleId",
        "type": "string",
        "required": false,
        "description": "BundleId item."
      },
      {
        "name": "BundleInfo",
        "type": "string",
        "required": false,
        "description": "Bundle info."
      },
      {
        "name": "GeneralTaskParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "General parameters configuration."
      },
      {
        "name": "TriggerWorkflowRunConfiguration",
        "type": "object",
        "required": false,
        "description": "<p>调度运行配置</p>"
      },
      {
        "name": "SchedulerStatus",
        "type": "string",
        "required": false,
        "description": "<p>Trigger 状态 启动ACTIVE，暂停PAUSED。配置完之后，内部的SchedulerStatus可不配置，如果配置，内容会被改值覆盖。</p><p>枚举值：</p><ul><li>ACTIVE： 启动</li><li>PAUSED： 暂停</li></ul>"
      },
      {
        "name": "TriggerMode",
        "type": "string",
        "required": false,
        "description": "<p>触发方式：定时触发：TIME_TRIGGER 。配置完之后，内部的TriggerMode状态可不配置，如果配置，内容会被该值覆盖。</p><p>枚举值：</p><ul><li>TIME_TRIGGER： 定时触发</li><li>FILE_ARRIVAL： 文件到达</li></ul>"
      },
      {
        "name": "ExecuteUserUin",
        "type": "string",
        "required": false,
        "description": "<p>运行账号ID</p>"
      }
    ]
  },
  "UpdateTriggerWorkflowPartially": {
    "summary": "Refresh partial scheduling workflow information",
    "description": "Update workflow (including basic info and workflow parameters).",
    "zh": {
      "summary": "更新部分调度工作流信息",
      "description": "更新工作流（包括工作流基本信息与工作流参数）"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID."
      },
      {
        "name": "NewSetting",
        "type": "object",
        "required": false,
        "description": "Responsible person ID."
      },
      {
        "name": "FieldToRemoveList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Delete field content, identify in the form of property path, separate deleted values with \":\" and multiple values with \",\".\nDelete the attributes \"WorkflowParams:aa,bb\" where ParamKey is aa,bb in the scheduling parameters.\nDelete the scheduling configuration with TriggerId \"da46d950-d5ca-4cfb-a5a9-f3c2eeea1bf0\" in TriggerWorkflowSchedulerConfigurations. \nDelete the spark sql general parameter \"GeneralTaskParams: spark_sql\"."
      }
    ]
  },
  "UpdateWorkflow": {
    "summary": "Update workflow information",
    "description": "This API is used to update a workflow including basic information and workflow parameters.",
    "zh": {
      "summary": "更新工作流信息",
      "description": "更新工作流（包括工作流基本信息与工作流参数）"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID."
      },
      {
        "name": "WorkflowName",
        "type": "string",
        "required": false,
        "description": "Workflow name."
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "Owner ID."
      },
      {
        "name": "WorkflowDesc",
        "type": "string",
        "required": false,
        "description": "Remarks."
      },
      {
        "name": "WorkflowParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Workflow parameter list."
      },
      {
        "name": "WorkflowSchedulerConfiguration",
        "type": "object",
        "required": false,
        "description": "Specifies unified scheduling parameters."
      },
      {
        "name": "BundleId",
        "type": "string",
        "required": false,
        "description": "BundleId item."
      },
      {
        "name": "BundleInfo",
        "type": "string",
        "required": false,
        "description": "Bundle info."
      }
    ]
  },
  "UpdateWorkflowFolder": {
    "summary": "Update a workflow folder",
    "description": "Refresh workflow folder.",
    "zh": {
      "summary": "更新工作流文件夹",
      "description": "更新工作流文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID."
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID. obtain through the ListWorkflowFolders API."
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "Specifies the folder name after update."
      }
    ]
  }
};
