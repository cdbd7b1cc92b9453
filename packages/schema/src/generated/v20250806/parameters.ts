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
        "description": "Modified project ID.",
        "zh": "修改的项目ID"
      },
      {
        "name": "DLCInfo",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "DLC cluster information.",
        "zh": "DLC集群信息"
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
        "description": "Resource group ID",
        "zh": "资源组id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID.",
        "zh": "项目id"
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
        "description": "Data source ID.",
        "zh": "数据源ID"
      },
      {
        "name": "AuthProjectId",
        "type": "string",
        "required": false,
        "description": "Authorize the target project id.",
        "zh": "授权给的目标项目id"
      },
      {
        "name": "AuthUsers",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "List of users in the authorized project, format: project id_user id.\nCan only select either the AuthProjectId parameter.\nAuthorize multiple objects. the project id must be consistent.",
        "zh": "授权项目下用户列表，格式为：项目id_用户id\n与AuthProjectId参数只能选填一个\n当授权给多个对象时，项目id必须一致"
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
        "description": "Resource array.\nResourceType: originates from the ResourceType returned by the GetGrantPrivilegesSTD API in the TCCATALOG module, and change to capitalize the first letter, such as METALAKE corresponding to METALAKE.\nResourceUri depends on ResourceType. fixed as default for Metalake. use the three-segment format of catalog for other categories, such as.\n-Metalake, fixed as default.\n-Catalog. specifies the catalogName.\n-Schema. valid values: catalogName.SchemaName.\n-Table, in the format of catalogName.SchemaName.TableName.",
        "zh": "资源数组\nResourceType：来源于TCCATALOG模块的GetGrantPrivilegesSTD接口中返回的ResourceType，并改为首字母大写，例如METALAKE对应Metalake\nResourceUri，取决于 ResourceType，Metalake时固定为default，其他类别采用catalog的三段式结构，例如\n- Metalake，固定为default\n- Catalog，取catalogName\n- Schema，取catalogName.SchemaName\n- Table,，取catalogName.SchemaName.TableName"
      },
      {
        "name": "Subjects",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Authorization entity array. specifies the SubjectType and corresponding SubjectValue value rules.\n-User.\n-User id obtained from DescribeTenantUserList.\n-Project.\n-ProjectId from the DescribeUserProjects request parameters structure.\n-Role (project-level role).\n-First call DescribeUserProjects to obtain the project ID (ProjectId), then call DescribeRoleList to get the role ID (RoleId), and combine them as $ProjectId.$ProjectId.RoleId, for example \"3085649716411588608.308335260274237440\".\n-GlobalRole (platform-level role).\n-AllAccountUsers all users.\n-Another ID, taken from RoleId in DescribeTenantRole.",
        "zh": "授权主体数组，SubjectType及对应SubjectValue取值规则\n- User 用户\n    - 取自DescribeTenantUserList中的UserId\n- Project 项目\n    - 取自DescribeUserProjects中的ProjectId\n- Role 角色（项目级角色）\n    - 先调用DescribeUserProjects获取项目ID（ProjectId），再调用DescribeRoleList中的角色ID（RoleId），拼装为$ProjectId.$ProjectId. RoleId，例如\"3085649716411588608.308335260274237440\"\n- GlobalRole （平台级角色）\n    - AllAccountUsers 全部用户\n    - 其他ID，取自DescribeTenantRole中的RoleId"
      },
      {
        "name": "Privileges",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Permission point, comes from the NAME in various Privileges returned by the GetGrantPrivilegesSTD API in the TCCATALOG module.",
        "zh": "权限点，来源于TCCATALOG模块的GetGrantPrivilegesSTD接口中返回的各类Privileges中的NAME"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "CodeFileName",
        "type": "string",
        "required": true,
        "description": "Filename of the code file.",
        "zh": "代码文件名称"
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Parent folder path, such as /aaa/bbb/ccc. the path must start with a slash. use / for the root directory.",
        "zh": "父文件夹path，例如/aaa/bbb/ccc，路径头需带斜杠，根目录传/"
      },
      {
        "name": "CodeFileConfig",
        "type": "object",
        "required": false,
        "description": "Specifies the code file configuration.",
        "zh": "代码文件配置"
      },
      {
        "name": "CodeFileContent",
        "type": "string",
        "required": false,
        "description": "Specifies the code file content.",
        "zh": "代码文件内容"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "Folder name.",
        "zh": "文件夹名称"
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Parent folder path, such as /aaa/bbb/ccc. the path must start with a slash. use / for the root directory.",
        "zh": "父文件夹path，例如/aaa/bbb/ccc，路径头需带斜杠，根目录传/"
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
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "AuthorizePermissionObjects",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Operation object.",
        "zh": "权限操作对象"
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
        "description": "Project ID",
        "zh": "<p>所属项目Id</p>"
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Backfill task collection.",
        "zh": "<p>补录任务集合</p>"
      },
      {
        "name": "DataBackfillRangeList",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Specifies the data time configuration for the backfill task.",
        "zh": "<p>补录任务的数据时间配置</p>"
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "description": "Time zone, default UTC+8.",
        "zh": "<p>时区，默认UTC+8</p>"
      },
      {
        "name": "DataBackfillPlanName",
        "type": "string",
        "required": false,
        "description": "Backfill plan name. if left empty, a string of characters is randomly generated by system.",
        "zh": "<p>数据补录计划名称，不填则由系统随机生成一串字符</p>"
      },
      {
        "name": "CheckParentType",
        "type": "string",
        "required": false,
        "description": "Check parent task type. valid values: NONE (do not check ALL), ALL (check ALL upstream parent tasks), MAKE_SCOPE (only check in the currently selected tasks of the backfill plan). default: NONE (do not check).",
        "zh": "<p>检查父任务类型，取值范围：- NONE-全部不检查- ALL-检查全部上游父任务- MAKE_SCOPE-只在（当前补录计划）选中任务中检查,默认NONE不检查</p>"
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "Specifies whether to ignore event dependency for backfill. default true.",
        "zh": "<p>补录是否忽略事件依赖,默认true</p>"
      },
      {
        "name": "RedefineSelfWorkflowDependency",
        "type": "string",
        "required": false,
        "description": "Custom workflow self-dependency. valid values: yes or no. if not configured, use the original workflow self-dependency.",
        "zh": "<p>自定义的工作流自依赖，yes或者no；如果不配置，则使用工作流原有自依赖</p>"
      },
      {
        "name": "RedefineParallelNum",
        "type": "integer",
        "required": false,
        "description": "Customizes the degree of concurrency for instance running. if without configuring, use the existing self-dependent of the task.",
        "zh": "<p>自定义实例运行并发度, 如果不配置，则使用任务原有自依赖</p>"
      },
      {
        "name": "SchedulerResourceGroupId",
        "type": "string",
        "required": false,
        "description": "Scheduling resource group id. if left empty, indicates usage of the original task scheduling execution resource group.",
        "zh": "<p>调度资源组id，为空则表示使用任务原有调度执行资源组</p>"
      },
      {
        "name": "IntegrationResourceGroupId",
        "type": "string",
        "required": false,
        "description": "Integration task resource group id. indicates usage of the original task scheduling execution resource group if empty.",
        "zh": "<p>集成任务资源组id，为空则表示使用任务原有调度执行资源组</p>"
      },
      {
        "name": "RedefineParamList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Custom parameter. re-specifies the task's parameters to facilitate the execution of new logic by replenished instances.",
        "zh": "<p>自定义参数，可以重新指定任务的参数，方便补录实例执行新的逻辑</p>"
      },
      {
        "name": "DataTimeOrder",
        "type": "string",
        "required": false,
        "description": "Backfill Execution Order - The execution order for backfill instances based on their data time. Effective only when both conditions are met:\n\n1. Must be the same cycle task.\n\n2. Priority is given to dependency order. If no dependencies apply, execution follows the configured order.\n\nValid values:\n\n-NORMAL: No specific order (default)\n\n-ORDER: Execute in chronological order\n\n-REVERSE: Execute in reverse chronological order",
        "zh": "<p>补录是实例数据时间顺序，生效必须满足2个条件:</p><ol><li>必须同周期任务</li><li>优先按依赖关系执行，无依赖关系影响的情况下按配置执行顺序执行</li></ol><p>可选值</p><ul><li>NORMAL: 不设置</li><li>ORDER: 顺序</li><li>REVERSE: 逆序<br>不设置默认为NORMAL</li></ul>"
      },
      {
        "name": "RedefineCycleType",
        "type": "string",
        "required": false,
        "description": "Backfill Instance Regeneration Cycle - If set, this will redefine the generation cycle of backfill task instances. Currently, only daily instances can be converted into instances generated on the first day of each month.\n\nValid value:\n\nMONTH_CYCLE: Monthly",
        "zh": "<p>补录实例重新生成周期，如果设置会重新指定补录任务实例的生成周期，目前只会将天实例转换成每月1号生成的实例</p><ul><li>MONTH_CYCLE: 月</li></ul>"
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
        "description": "Data source item ID.",
        "zh": "<p>数据源项目ID</p>"
      },
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "Data source name",
        "zh": "<p>数据源名称</p>"
      },
      {
        "name": "Type",
        "type": "string",
        "required": true,
        "description": "Data source type: enumeration value.\n\n- MYSQL\n- TENCENT_MYSQL\n- POSTGRE\n- ORACLE\n- SQLSERVER\n- FTP\n- HIVE\n- HUDI\n- HDFS\n- ICEBERG\n- KAFKA\n- DTS_KAFKA\n- HBASE\n- SPARK\n- TBASE\n- DB2\n- DM\n- GAUSSDB\n- GBASE\n- IMPALA\n- ES\n- TENCENT_ES\n- GREENPLUM\n- SAP_HANA\n- SFTP\n- OCEANBASE\n- CLICKHOUSE\n- KUDU\n- VERTICA\n- REDIS\n- COS\n- DLC\n- DORIS\n- CKAFKA\n- S3_DATAINSIGHT\n- TDSQL\n- TDSQL_MYSQL\n- MONGODB\n- TENCENT_MONGODB\n- REST_API\n- TiDB\n- StarRocks\n- Trino\n- Kyuubi\n- TCHOUSE_X\n- TCHOUSE_P\n- TCHOUSE_C\n- TCHOUSE_D\n- INFLUXDB\n- BIG_QUERY\n- SSH\n- BLOB\n- TDSQL_POSTGRE\n- GDB\n- TDENGINE\n- TDSQLC\n- FileSystem",
        "zh": "<p>数据源类型:枚举值- MYSQL- TENCENT_MYSQL- POSTGRE- ORACLE- SQLSERVER- FTP- HIVE- HUDI- HDFS- ICEBERG- KAFKA- DTS_KAFKA- HBASE- SPARK- TBASE- DB2- DM- GAUSSDB- GBASE- IMPALA- ES- TENCENT_ES- GREENPLUM- SAP_HANA- SFTP- OCEANBASE- CLICKHOUSE- KUDU- VERTICA- REDIS- COS- DLC- DORIS- CKAFKA- S3_DATAINSIGHT- TDSQL- TDSQL_MYSQL- MONGODB- TENCENT_MONGODB- REST_API- TiDB- StarRocks- Trino- Kyuubi- TCHOUSE_X- TCHOUSE_P- TCHOUSE_C- TCHOUSE_D- INFLUXDB- BIG_QUERY- SSH- BLOB- TDSQL_POSTGRE- GDB- TDENGINE- TDSQLC- FileSystem- TCLake- TDSQL_BOUNDLESS</p>"
      },
      {
        "name": "ProdConProperties",
        "type": "string",
        "required": true,
        "description": "Configuration message of data sources is stored in JSON KV, based on data source type, KV storage information varies.\n\n> deployType: \nCONNSTR_PUBLICDB (public network instance). \nCONNSTR_CVMDB (self-built instance).\nCloud INSTANCE.\n\n```\nmysql: self-built instance.\n{\n    \"deployType\": \"CONNSTR_CVMDB\",\n    \"url\": \"jdbc:mysql://1.1.1.1:1111/example#test#123456\",\n    \"username\": \"root\",\n    \"password\": \"example#test#123456\",\n    \"region\": \"ap-shanghai\",\n    \"vpcId\": \"vpc-kprq42yo\",\n    \"type\": \"MYSQL\"\n}\nmysql: cloud instance.\n{\n    \"instanceid\": \"cdb-12uxdo5e\",\n    \"db\": \"db\",\n    \"region\": \"ap-shanghai\",\n    \"username\": \"msyql\",\n    \"password\": \"example#test#123456\",\n    \"deployType\": \"INSTANCE\",\n    \"type\": \"TENCENT_MYSQL\"\n}\nsql_server: \n{\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"url\": \"jdbc:sqlserver://1.1.1.1:223;example#test#123456\",\n    \"username\": \"user_1\",\n    \"password\": \"example#test#123456\",\n    \"type\": \"SQLSERVER\"\n}\nredis:\n    redisType:\n-Account-Free.\n-SELF_ACCOUNT (custom account).\n{\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"username\":\"\"\n    \"password\": \"example#test#123456\",\n    \"ip\": \"1.1.1.1\",\n    \"port\": \"6379\",\n    \"redisType\": \"NO_ACCOUT\",\n    \"type\": \"REDIS\"\n}\noracle: \n{\n    \"deployType\": \"CONNSTR_CVMDB\",\n    \"url\": \"jdbc:oracle:thin:@1.1.1.1:1521:example#test#123456\",\n    \"username\": \"oracle\",\n    \"password\": \"example#test#123456\",\n    \"region\": \"ap-shanghai\",\n    \"vpcId\": \"vpc-kprq42yo\",\n    \"type\": \"ORACLE\"\n}\nmongodb:\nadvanceParams (custom parameters, which will be appended to the url).\n{\n    \"advanceParams\": [\n        {\n            \"key\": \"authSource\",\n            \"value\": \"auth\"\n        }\n    ],\n    \"db\": \"admin\",\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"username\": \"user\",\n    \"password\": \"example#test#123456\",\n    \"type\": \"MONGODB\",\n    \"host\": \"1.1.1.1:9200\"\n}\npostgresql:\n{\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"url\": \"jdbc:postgresql://1.1.1.1:1921/example#test#123456\",\n    \"username\": \"user\",\n    \"password\": \"example#test#123456\",\n    \"type\": \"POSTGRE\"\n}\nkafka:\n    authType:\n        - sasl\n        - jaas\n        - sasl_plaintext\n        - sasl_ssl\n        - GSSAPI\n    ssl:\n        -PLAIN\n        -GSSAPI\n{\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"host\": \"1.1.1.1:9092\",\n    \"ssl\": \"GSSAPI\",\n    \"authType\": \"sasl\",\n    \"type\": \"KAFKA\",\n    \"principal\": \"aaaa\",\n    \"serviceName\": \"kafka\"\n}\n\ncos:\n{\n    \"region\": \"ap-shanghai\",\n    \"deployType\": \"INSTANCE\",\n    \"secretId\": \"aaaaa\",\n    \"secretKey\": \"example#test#123456\",\n    \"bucket\": \"aaa\",\n    \"type\": \"COS\"\n}\n\n```",
        "zh": "<p>数据源的配置信息，以JSON KV存储，根据每个数据源类型不同，而KV存储信息不同</p><blockquote><p>deployType:<br>CONNSTR_PUBLICDB(公网实例)<br>CONNSTR_CVMDB(自建实例)<br>INSTANCE(云实例)</p></blockquote><p><pre><code>mysql: 自建实例{    &quot;deployType&quot;: &quot;CONNSTR_CVMDB&quot;,    &quot;url&quot;: &quot;jdbc:mysql://1.1.1.1:1111/example#test#123456&quot;,    &quot;username&quot;: &quot;root&quot;,    &quot;password&quot;: &quot;example#test#123456&quot;,    &quot;region&quot;: &quot;ap-shanghai&quot;,    &quot;vpcId&quot;: &quot;vpc-kprq42yo&quot;,    &quot;type&quot;: &quot;MYSQL&quot;}mysql: 云实例{    &quot;instanceid&quot;: &quot;cdb-12uxdo5e&quot;,    &quot;db&quot;: &quot;db&quot;,    &quot;region&quot;: &quot;ap-shanghai&quot;,    &quot;username&quot;: &quot;msyql&quot;,    &quot;password&quot;: &quot;example#test#123456&quot;,    &quot;deployType&quot;: &quot;INSTANCE&quot;,    &quot;type&quot;: &quot;TENCENT_MYSQL&quot;}sql_server: {    &quot;deployType&quot;: &quot;CONNSTR_PUBLICDB&quot;,    &quot;url&quot;: &quot;jdbc:sqlserver://1.1.1.1:223;example#test#123456&quot;,    &quot;username&quot;: &quot;user_1&quot;,    &quot;password&quot;: &quot;example#test#123456&quot;,    &quot;type&quot;: &quot;SQLSERVER&quot;}redis:    redisType:    -NO_ACCOUT(免账号)    -SELF_ACCOUNT(自定义账号){    &quot;deployType&quot;: &quot;CONNSTR_PUBLICDB&quot;,    &quot;username&quot;:&quot;&quot;    &quot;password&quot;: &quot;example#test#123456&quot;,    &quot;ip&quot;: &quot;1.1.1.1&quot;,    &quot;port&quot;: &quot;6379&quot;,    &quot;redisType&quot;: &quot;NO_ACCOUT&quot;,    &quot;type&quot;: &quot;REDIS&quot;}oracle: {    &quot;deployType&quot;: &quot;CONNSTR_CVMDB&quot;,    &quot;url&quot;: &quot;jdbc:oracle:thin:@1.1.1.1:1521:example#test#123456&quot;,    &quot;username&quot;: &quot;oracle&quot;,    &quot;password&quot;: &quot;example#test#123456&quot;,    &quot;region&quot;: &quot;ap-shanghai&quot;,    &quot;vpcId&quot;: &quot;vpc-kprq42yo&quot;,    &quot;type&quot;: &quot;ORACLE&quot;}mongodb:    advanceParams(自定义参数，会拼接至url后){    &quot;advanceParams&quot;: [        {            &quot;key&quot;: &quot;authSource&quot;,            &quot;value&quot;: &quot;auth&quot;        }    ],    &quot;db&quot;: &quot;admin&quot;,    &quot;deployType&quot;: &quot;CONNSTR_PUBLICDB&quot;,    &quot;username&quot;: &quot;user&quot;,    &quot;password&quot;: &quot;example#test#123456&quot;,    &quot;type&quot;: &quot;MONGODB&quot;,    &quot;host&quot;: &quot;1.1.1.1:9200&quot;}postgresql:{    &quot;deployType&quot;: &quot;CONNSTR_PUBLICDB&quot;,    &quot;url&quot;: &quot;jdbc:postgresql://1.1.1.1:1921/example#test#123456&quot;,    &quot;username&quot;: &quot;user&quot;,    &quot;password&quot;: &quot;example#test#123456&quot;,    &quot;type&quot;: &quot;POSTGRE&quot;}kafka:    authType:        - sasl        - jaas        - sasl_plaintext        - sasl_ssl        - GSSAPI    ssl:        -PLAIN        -GSSAPI{    &quot;deployType&quot;: &quot;CONNSTR_PUBLICDB&quot;,    &quot;host&quot;: &quot;1.1.1.1:9092&quot;,    &quot;ssl&quot;: &quot;GSSAPI&quot;,    &quot;authType&quot;: &quot;sasl&quot;,    &quot;type&quot;: &quot;KAFKA&quot;,    &quot;principal&quot;: &quot;aaaa&quot;,    &quot;serviceName&quot;: &quot;kafka&quot;}cos:{    &quot;region&quot;: &quot;ap-shanghai&quot;,    &quot;deployType&quot;: &quot;INSTANCE&quot;,    &quot;secretId&quot;: &quot;aaaaa&quot;,    &quot;secretKey&quot;: &quot;example#test#123456&quot;,    &quot;bucket&quot;: &quot;aaa&quot;,    &quot;type&quot;: &quot;COS&quot;}</code></pre></p>"
      },
      {
        "name": "DevConProperties",
        "type": "string",
        "required": false,
        "description": "Development environment data source configuration info. if the project is in standard mode, this field is required.",
        "zh": "<p>开发环境数据源配置信息，若项目为标准模式，则此字段必填</p>"
      },
      {
        "name": "ProdFileUpload",
        "type": "object",
        "required": false,
        "description": "Upload data source file in production environment.",
        "zh": "<p>生产环境数据源文件上传</p>"
      },
      {
        "name": "DevFileUpload",
        "type": "object",
        "required": false,
        "description": "Upload the data source file in the development environment.",
        "zh": "<p>开发环境数据源文件上传</p>"
      },
      {
        "name": "DisplayName",
        "type": "string",
        "required": false,
        "description": "Data source display name for visual inspection.",
        "zh": "<p>数据源展示名，为了可视化查看</p>"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Data source description information",
        "zh": "<p>数据源描述信息</p>"
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
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "AlarmRuleName",
        "type": "string",
        "required": true,
        "description": "Specifies the Alarm rule name.",
        "zh": "告警规则名称"
      },
      {
        "name": "MonitorObjectIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Monitoring Object Business ID List - Pass different business IDs depending on the value of MonitorType:\n\n1 (Task): MonitorObjectIds should contain a list of task IDs.\n\n2 (Workflow): MonitorObjectIds should contain a list of workflow IDs (workflow IDs can be obtained using the ListWorkflows API).\n\n3 (Project): MonitorObjectIds should contain a list of project IDs.",
        "zh": "监控对象业务id列表，根据MonitorType 的设置传入不同的业务id，如下1（任务）： MonitorObjectIds为任务id列表2（工作流）： MonitorObjectIds 为工作流id列表(工作流id可从接口ListWorkflows获取)3（项目）：  MonitorObjectIds为项目id列表"
      },
      {
        "name": "AlarmTypes",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Alarm Rule Monitoring Types:\n\nfailure: Failure alarm\n\novertime: Timeout alarm\n\nsuccess: Success alarm\n\nbackTrackingOrRerunSuccess: Alarm when backfill/rerun succeeds\n\nbackTrackingOrRerunFailure: Alarm when backfill/rerun fails\n\nprojectFailureInstanceUpwardFluctuationAlarm: Alarm when the upward fluctuation rate of failed instances for the day exceeds the threshold\n\nprojectSuccessInstanceDownwardFluctuationAlarm: Alarm when the downward fluctuation rate of successful instances for the day exceeds the threshold\n\nreconciliationFailure: Alarm when an offline reconciliation task fails\n\nreconciliationOvertime: Alarm when an offline reconciliation task runs overtime\n\nreconciliationMismatch: Alarm when the number of mismatched records in reconciliation exceeds the threshold",
        "zh": "告警规则监控类型 failure：失败告警 ；overtime：超时告警 success：成功告警; backTrackingOrRerunSuccess: 补录重跑成功告警 backTrackingOrRerunFailure：补录重跑失败告警； \n项目波动告警 projectFailureInstanceUpwardFluctuationAlarm： 当天失败实例数向上波动率超过阀值告警； projectSuccessInstanceDownwardFluctuationAlarm：当天成功实例数向下波动率超过阀值告警； \n离线集成任务对账告警： reconciliationFailure： 离线对账任务失败告警 reconciliationOvertime： 离线对账任务运行超时告警 reconciliationMismatch： 数据对账任务不一致条数超过阀值告警"
      },
      {
        "name": "AlarmGroups",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Alarm recipient configuration.",
        "zh": "告警接收人配置信息"
      },
      {
        "name": "MonitorObjectType",
        "type": "integer",
        "required": false,
        "description": "Monitoring Object Type\n\nTask-level Monitoring - Can be configured by Task / Workflow / Project:\n1 = Task (default)\n2 = Workflow\n3 = Project\n\nProject-level Monitoring - Monitors overall task fluctuations within a project:\n7 = Project fluctuation monitoring alarm",
        "zh": "监控对象类型, \n任务维度监控： 可按照任务/工作流/项目来配置：1.任务、2.工作流、3.项目（默认为1.任务）\n项目维度监控： 项目整体任务波动告警，  7：项目波动监控告警"
      },
      {
        "name": "AlarmRuleDetail",
        "type": "object",
        "required": false,
        "description": "Alarm Rule Configuration Information\n\nSuccess Alarms - No configuration required;\n\nFailure Alarms - Can be configured to trigger on the first failure or on all retry failures;\n\nTimeout Alarms - Require configuration of the timeout type and timeout threshold;\n\nProject Fluctuation Alarms - Require configuration of the fluctuation rate and the debounce cycle.",
        "zh": "告警规则配置信息\n成功告警无需配置；失败告警可以配置首次失败告警或者所有重试失败告警；超时配置需要配置超时类型及超时阀值；项目波动告警需要配置波动率及防抖周期配置"
      },
      {
        "name": "AlarmLevel",
        "type": "integer",
        "required": false,
        "description": "Alarm level. 1. ordinary, 2. important, 3. critical (default: 1. ordinary).",
        "zh": "告警级别 1.普通、2.重要、3.紧急（默认1.普通）"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Describes the Alarm rule.",
        "zh": "告警规则描述"
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
        "description": "Basic project information.",
        "zh": "项目基本信息"
      },
      {
        "name": "DLCInfo",
        "type": "object",
        "required": false,
        "description": "DLC bind cluster information.",
        "zh": "DLC绑定集群信息"
      },
      {
        "name": "ResourceIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "id list to bind resource group.",
        "zh": "绑定资源组的id列表"
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
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "UserUins",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "User ID",
        "zh": "用户id"
      },
      {
        "name": "RoleIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Role id.",
        "zh": "角色id"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "ResourceName",
        "type": "string",
        "required": true,
        "description": "Resource file name. should be consistent with the uploaded file name.",
        "zh": "资源文件名称, 尽可能和上传文件名保持一致"
      },
      {
        "name": "BucketName",
        "type": "string",
        "required": true,
        "description": "Bucket name. can be obtained from the GetResourceCosPath api.",
        "zh": "cos存储桶名称, 可从GetResourceCosPath接口获取"
      },
      {
        "name": "CosRegion",
        "type": "string",
        "required": true,
        "description": "BucketName specifies the cos storage bucket region.",
        "zh": "BucketName桶对应的cos存储桶区域"
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Upload path for resource files in the project. value example: /wedata/qxxxm/. root directory, please use /.",
        "zh": "项目中资源文件上传的路径, 取值示例: /wedata/qxxxm/, 根目录,请使用/即可"
      },
      {
        "name": "ResourceFile",
        "type": "string",
        "required": true,
        "description": "-Upload file or manually enter value. only select one method. if both are provided, the sequence is file > manually entered value.\n-Manually entered value must be existing cos path. parentFolderPath specifies the parent folder path. name specifies the file name. value example: /datastudio/resource/projectId/parentFolderPath/name.",
        "zh": "- 上传文件及手填两种方式只能选择其一，如果两者均提供，取值顺序为文件>手填值\n-   手填值必须是存在的cos路径, parentFolderPath为父文件夹路径, name为文件名, 手填值取值示例:     /datastudio/resource/projectId/parentFolderPath/name"
      },
      {
        "name": "BundleId",
        "type": "string",
        "required": false,
        "description": "Bundle Client ID.",
        "zh": "bundle客户端ID"
      },
      {
        "name": "BundleInfo",
        "type": "string",
        "required": false,
        "description": "bundle client info.",
        "zh": "bundle客户端信息"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Parent folder's absolute path. Example: /wedata/test. Use / to represent the root directory.",
        "zh": "父文件夹绝对路径, 取值示例 /wedata/test, 根目录,请使用/即可"
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "Folder name.",
        "zh": "文件夹名称"
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
        "description": "Resource group name. specifies the name of a general resource group. it must start with a letter, may include letters, numbers, and underscores (_), and can contain up to 64 characters.",
        "zh": "资源组名称。创建通用资源组的名称，必须以字母开头，可包含字母、数字、下划线（_），最多 64 个字符。"
      },
      {
        "name": "Type",
        "type": "object",
        "required": true,
        "description": "Opened resource group information.",
        "zh": "开通的资源组信息"
      },
      {
        "name": "AutoRenewEnabled",
        "type": "boolean",
        "required": true,
        "description": "Whether to perform auto-renewal.",
        "zh": "是否自动续费"
      },
      {
        "name": "PurchasePeriod",
        "type": "integer",
        "required": true,
        "description": "Purchase duration, in unit month.",
        "zh": "购买时长，单位月"
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
        "description": "Subnet",
        "zh": "子网"
      },
      {
        "name": "ResourceRegion",
        "type": "string",
        "required": true,
        "description": "Resource purchase region.",
        "zh": "资源购买地域"
      },
      {
        "name": "AssociatedProjectId",
        "type": "string",
        "required": false,
        "description": "Project id of the associated project space.",
        "zh": "关联项目空间项目id"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Resource group description",
        "zh": "资源组描述"
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
        "description": "Folder name.",
        "zh": "文件夹名称"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Parent folder path, /aaa/bbb/ccc. path header must include a slash. pass / to query the root directory.",
        "zh": "父文件夹path，/aaa/bbb/ccc，路径头需带斜杠，查询根目录传/"
      },
      {
        "name": "AccessScope",
        "type": "string",
        "required": false,
        "description": "Access permission: SHARED, PRIVATE.",
        "zh": "权限范围：SHARED, PRIVATE"
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
        "description": "Script name.",
        "zh": "脚本名称"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID.",
        "zh": "项目Id"
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": false,
        "description": "Parent folder path, /aaa/bbb/ccc. root directory is empty string or /.",
        "zh": "父文件夹path，/aaa/bbb/ccc，根目录为空字符串或/"
      },
      {
        "name": "ScriptConfig",
        "type": "object",
        "required": false,
        "description": "Specifies the script configuration for data exploration.",
        "zh": "数据探索脚本配置"
      },
      {
        "name": "ScriptContent",
        "type": "string",
        "required": false,
        "description": "Specifies the script content, if any, needs to be base64 encoded.",
        "zh": "脚本内容，如有值，则要将内容进行base64编码"
      },
      {
        "name": "AccessScope",
        "type": "string",
        "required": false,
        "description": "Access permission: SHARED, PRIVATE.",
        "zh": "权限范围：SHARED, PRIVATE"
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
        "description": "<p>Project ID</p>",
        "zh": "<p>项目ID</p>"
      },
      {
        "name": "TaskBaseAttribute",
        "type": "object",
        "required": true,
        "description": "<p>The\nbasic attributes of the task.</p>",
        "zh": "<p>任务基本属性</p>"
      },
      {
        "name": "TaskConfiguration",
        "type": "object",
        "required": true,
        "description": "<p>Task configurations.</p>",
        "zh": "<p>任务配置</p>"
      },
      {
        "name": "TaskSchedulerConfiguration",
        "type": "object",
        "required": true,
        "description": "<p>Task scheduling configuration</p>",
        "zh": "<p>任务调度配置</p>"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "ParentTaskFolderPath",
        "type": "string",
        "required": true,
        "description": "Absolute path of the parent folder, such as /abc/de. if it is the root directory, pass /.",
        "zh": "父文件夹绝对路径，如/abc/de，如果是根目录则传/"
      },
      {
        "name": "TaskFolderName",
        "type": "string",
        "required": true,
        "description": "Folder name to be created.",
        "zh": "要创建的文件夹名字"
      },
      {
        "name": "TaskFolderType",
        "type": "string",
        "required": true,
        "description": "Task folder type.\n\n| task folder type parameter | task folder type interface corresponding name |.\n| ---------------- | ------------------------ |\nETL | integration task.\n| EMR              | EMR                      |\n| DLC              | DLC                      |\n| SETATS           | SETATS                   |\n| TDSQL            | TDSQL                    |\n| TCHOUSE          | TCHOUSE                  |\nGENERAL.\nTI_ONE | ti-one machine learning.\nACROSS_WORKFLOWS | cross-workflow.",
        "zh": "任务文件夹类型\n\n| 任务文件夹类型取值 | 任务文件夹类型界面对应名称 |\n| ---------------- | ------------------------ |\n| ETL              | 集成任务                 |\n| EMR              | EMR                      |\n| DLC              | DLC                      |\n| SETATS           | SETATS                   |\n| TDSQL            | TDSQL                    |\n| TCHOUSE          | TCHOUSE                  |\n| GENERAL          | 通用                     |\n| TI_ONE           | TI-ONE机器学习           |\n| ACROSS_WORKFLOWS | 跨工作流                 |"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID.",
        "zh": "工作流ID"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "TriggerTaskBaseAttribute",
        "type": "object",
        "required": true,
        "description": "Task basic attributes.",
        "zh": "任务基本属性"
      },
      {
        "name": "TriggerTaskConfiguration",
        "type": "object",
        "required": true,
        "description": "Task configurations.",
        "zh": "任务配置"
      },
      {
        "name": "TriggerTaskSchedulerConfiguration",
        "type": "object",
        "required": true,
        "description": "Task scheduling configuration.",
        "zh": "任务调度配置"
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
        "description": "Project ID.",
        "zh": "<p>项目ID</p>"
      },
      {
        "name": "WorkflowName",
        "type": "string",
        "required": true,
        "description": "Workflow name.",
        "zh": "<p>工作流名称</p>"
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Folder path.",
        "zh": "<p>所属文件夹路径</p>"
      },
      {
        "name": "WorkflowDesc",
        "type": "string",
        "required": false,
        "description": "Workflow description.",
        "zh": "<p>工作流描述</p>"
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "Workflow owner ID.",
        "zh": "<p>工作流负责人ID</p>"
      },
      {
        "name": "WorkflowParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Workflow parameter.",
        "zh": "<p>工作流参数</p>"
      },
      {
        "name": "TriggerWorkflowSchedulerConfigurations",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Unified scheduling info.",
        "zh": "<p>统一调度信息</p>"
      },
      {
        "name": "BundleId",
        "type": "string",
        "required": false,
        "description": "BundleId item.",
        "zh": "<p>BundleId项</p>"
      },
      {
        "name": "BundleInfo",
        "type": "string",
        "required": false,
        "description": "Bundle info.",
        "zh": "<p>Bundle信息</p>"
      },
      {
        "name": "GeneralTaskParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "General parameters configuration.",
        "zh": "<p>通用参数配置</p>"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID.",
        "zh": "工作流ID"
      },
      {
        "name": "AdvancedParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Custom running parameters. if empty or null, use the latest configuration of the workflow.",
        "zh": "自定义运行参数，如果为空或者null则使用工作流最新配置"
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "This time, run the specified task ID set. if it is null or empty, run all.",
        "zh": "本次需要运行指定的任务ID集合，如果为null或为空则运行全部"
      },
      {
        "name": "SchedulingResourceGroupId",
        "type": "string",
        "required": false,
        "description": "Specified scheduling resource group id. uses the original resource group by default if left empty.",
        "zh": "指定的调度资源组id，为空默认原资源组"
      },
      {
        "name": "IntegrationResourceGroupId",
        "type": "string",
        "required": false,
        "description": "Specified integration resource group id. uses the original resource group if left empty.",
        "zh": "指定的集成资源组id，为空默认原资源组"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "WorkflowName",
        "type": "string",
        "required": true,
        "description": "Workflow name.",
        "zh": "工作流名称"
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Specifies the folder path.",
        "zh": "所属文件夹路径"
      },
      {
        "name": "WorkflowType",
        "type": "string",
        "required": false,
        "description": "Workflow type. value examples: cycle for periodic workflow; manual for manual workflow. default input: cycle.",
        "zh": "工作流类型,取值示例：cycle 周期工作流；manual 手动工作流，默认传入cycle"
      },
      {
        "name": "WorkflowDesc",
        "type": "string",
        "required": false,
        "description": "Workflow description.",
        "zh": "工作流描述"
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "Workflow owner ID.",
        "zh": "工作流负责人ID"
      },
      {
        "name": "WorkflowParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Workflow parameter.",
        "zh": "工作流参数"
      },
      {
        "name": "WorkflowSchedulerConfiguration",
        "type": "object",
        "required": false,
        "description": "Specifies unified scheduling info.",
        "zh": "统一调度信息"
      },
      {
        "name": "BundleId",
        "type": "string",
        "required": false,
        "description": "BundleId item.",
        "zh": "BundleId项"
      },
      {
        "name": "BundleInfo",
        "type": "string",
        "required": false,
        "description": "Bundle info.",
        "zh": "Bundle信息"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Parent folder absolute path, such as /abc/de. if it is the root directory, pass /.",
        "zh": "父文件夹绝对路径，如/abc/de，如果是根目录则传/"
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "Specifies the folder name to be created.",
        "zh": "要创建的文件夹名字"
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
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "EntityId",
        "type": "string",
        "required": true,
        "description": "Authorize entity ID.",
        "zh": "授权实体ID"
      },
      {
        "name": "EntityType",
        "type": "string",
        "required": true,
        "description": "Authorized entity type, folder/workflow.",
        "zh": "授权实体类型,folder/workflow"
      },
      {
        "name": "PermissionList",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Authorization information array.",
        "zh": "授权信息数组"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "CodeFileId",
        "type": "string",
        "required": true,
        "description": "Code file ID. the parameter value comes from the CreateCodeFile API.",
        "zh": "代码文件ID，参数值来自CreateCodeFile接口的返回"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID. the parameter value comes from the CreateCodeFolder API response.",
        "zh": "文件夹ID，参数值来自CreateCodeFolder接口的返回"
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
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "RecyclePolicySet",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "List of permissions to revoke.",
        "zh": "回收的权限列表"
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
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "DataBackfillPlanId",
        "type": "string",
        "required": true,
        "description": "Supplemental plan id.",
        "zh": "补录计划id"
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
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "Id",
        "type": "integer",
        "required": true,
        "description": "Data source ID.",
        "zh": "数据源id"
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
        "description": "List of lineage relationships to be deleted.",
        "zh": "需要删除的血缘关系列表"
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
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "AlarmRuleId",
        "type": "string",
        "required": true,
        "description": "Alarm Rule Unique ID. Obtained from the response of the CreateAlarmRule API. Either this field or AlarmRuleName must be provided.",
        "zh": "告警规则唯一id，接口CreateAlarmRule返回\n与AlarmRuleName二选一"
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
        "description": "Project ID to delete.",
        "zh": "删除的项目ID"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "UserUins",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "User ID list",
        "zh": "用户ID列表"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "ResourceId",
        "type": "string",
        "required": true,
        "description": "Resource ID. obtain through the API ListResourceFiles.",
        "zh": "资源ID, 可通过ListResourceFiles接口获取"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID. obtain through the ListResourceFolders API.",
        "zh": "文件夹ID, 可通过ListResourceFolders接口获取"
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
        "description": "Resource group ID",
        "zh": "资源组id"
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
        "description": "Folder ID",
        "zh": "文件夹Id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID.",
        "zh": "项目id"
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
        "description": "Script Id.",
        "zh": "探索脚本Id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID.",
        "zh": "项目Id"
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
        "description": "Project ID.",
        "zh": "项目Id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Either Task ID or VirtualTaskId must be provided (optional, choose one).",
        "zh": "任务ID\n和VirtualTaskId选填一个"
      },
      {
        "name": "OperateInform",
        "type": "boolean",
        "required": false,
        "description": "Whether to send a notification to downstream task owners when performing task operations.\ntrue: Send notification\nfalse: Do not send notification\ndefault: false.",
        "zh": "任务操作是否消息通知下游任务责任人true：通知\nfalse：不通知\n不传默认false"
      },
      {
        "name": "DeleteMode",
        "type": "boolean",
        "required": false,
        "description": "Task Deletion Mode.\ntrue: Do not force downstream task instances to fail\nfalse: Force downstream task instances to fail\ndefault: false",
        "zh": "任务删除方式\ntrue：不针对下游任务实例进行强制失败\nfalse：针对下游任务实例进行强制失败\n不传默认false"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID.",
        "zh": "工作流ID"
      },
      {
        "name": "TaskFolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID, obtain through the ListTaskFolders api.",
        "zh": "文件夹ID，可通过ListTaskFolders接口获取"
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
        "description": "Project ID.",
        "zh": "项目Id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID.\nSpecifies either VirtualTaskId or the other parameter.",
        "zh": "任务ID\n和VirtualTaskId选填一个"
      },
      {
        "name": "OperateInform",
        "type": "boolean",
        "required": false,
        "description": "Whether task operation notifies downstream task owners. valid values: true (notify).\nfalse: do not notify.\nDefault false if not passed.",
        "zh": "任务操作是否消息通知下游任务责任人true：通知\nfalse：不通知\n不传默认false"
      },
      {
        "name": "DeleteMode",
        "type": "boolean",
        "required": false,
        "description": "This parameter does not take effect. currently, deleting an upstream task does not force failure on downstream task instances.",
        "zh": "(本参数暂不生效)当前删除上游任务时，不会针对下游任务实例进行强制失败"
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
        "description": "Project ID.",
        "zh": "项目Id"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow id.",
        "zh": "工作流id"
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
        "description": "Project ID.",
        "zh": "项目Id"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow id.",
        "zh": "工作流id"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID. Obtain through the ListWorkflowFolders API.",
        "zh": "文件夹ID，可通过ListWorkflowFolders接口获取"
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
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "EntityId",
        "type": "string",
        "required": true,
        "description": "Authorize entity ID.",
        "zh": "授权实体ID"
      },
      {
        "name": "EntityType",
        "type": "string",
        "required": true,
        "description": "Authorized entity type, folder/workflow.",
        "zh": "授权实体类型,folder/workflow"
      },
      {
        "name": "DeletePermissionList",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Delete permission array.",
        "zh": "删除权限数组"
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
        "description": "Unique object ID.",
        "zh": "对象唯一ID"
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
        "description": "Project ID.",
        "zh": "项目id"
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
        "description": "Resource group ID",
        "zh": "资源组id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID.",
        "zh": "项目id"
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
        "description": "Project ID.",
        "zh": "项目id"
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
        "description": "Project ID",
        "zh": "所属项目Id"
      },
      {
        "name": "AlarmMessageId",
        "type": "string",
        "required": true,
        "description": "Alarm message Id.",
        "zh": "告警消息Id"
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "description": "Specifies the time zone of the return date. default UTC+8.",
        "zh": "返回日期的时区, 默认UTC+8"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "CodeFileId",
        "type": "string",
        "required": true,
        "description": "Code file ID. the parameter value comes from the CreateCodeFile API response.",
        "zh": "代码文件ID，参数值来自CreateCodeFile接口的返回"
      },
      {
        "name": "IncludeContent",
        "type": "boolean",
        "required": false,
        "description": "true: return file content and configuration. false: only return configuration message. default false.",
        "zh": "true：返回文件内容+配置，false：不返回文件内容，只返回配置信息；默认为false"
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
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID",
        "zh": "文件夹id"
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
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "DataBackfillPlanId",
        "type": "string",
        "required": true,
        "description": "Supplemental plan id.",
        "zh": "补录计划id"
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "description": "Show the time zone. default is UTC+8.",
        "zh": "展示时区，默认UTC+8"
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
        "description": "Project ID.",
        "zh": "<p>项目id</p>"
      },
      {
        "name": "Id",
        "type": "integer",
        "required": true,
        "description": "Data source ID.",
        "zh": "<p>数据源id</p>"
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
        "description": "Data source ID.",
        "zh": "数据源id"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "ResourceId",
        "type": "string",
        "required": true,
        "description": "Authorized resource unique id, folder id, or file id.",
        "zh": "授权资源唯一id，文件夹id或文件id、"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "EntityId",
        "type": "string",
        "required": true,
        "description": "Authorization entity ID.",
        "zh": "授权实体ID"
      },
      {
        "name": "EntityType",
        "type": "string",
        "required": true,
        "description": "Authorize entity type, folder/workflow.",
        "zh": "授权实体类型,folder/workflow"
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
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "AlarmRuleId",
        "type": "string",
        "required": true,
        "description": "Specifies the unique id of the Alarm rule.",
        "zh": "告警规则唯一id"
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
        "description": "The project ID, a string of digits.",
        "zh": "项目id"
      },
      {
        "name": "AsyncId",
        "type": "string",
        "required": true,
        "description": "The ID of the asynchronous operation; GetOpsAsyncJob reports on it.",
        "zh": "异步操作id"
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
        "description": "Task ID",
        "zh": "任务Id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID.",
        "zh": "项目Id"
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
        "description": "Project id.",
        "zh": "所属项目id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务Id"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID.",
        "zh": "工作流ID"
      },
      {
        "name": "WorkflowExecutionId",
        "type": "string",
        "required": false,
        "description": "Workflow execution ID.",
        "zh": "工作流执行ID"
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
        "description": "Project ID.",
        "zh": "项目Id"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow Id, can be obtained through the ListOpsWorkflows api.",
        "zh": "工作流Id，可以从ListOpsWorkflows接口获取"
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
        "description": "Project id. use a project id to query. either project id or projectName is required.",
        "zh": "项目id。一般使用项目Id来查询，与projectName必须存在一个。"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "ResourceId",
        "type": "string",
        "required": true,
        "description": "Resource file ID. obtain through the API ListResourceFiles.",
        "zh": "资源文件ID,可通过ListResourceFiles接口获取"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID",
        "zh": "文件夹id"
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
        "description": "Execution resource group id.",
        "zh": "执行资源组id"
      },
      {
        "name": "StartTime",
        "type": "integer",
        "required": false,
        "description": "Start time of usage trend (ms). default last hour.",
        "zh": "使用趋势开始时间(毫秒)，默认最近一小时"
      },
      {
        "name": "EndTime",
        "type": "integer",
        "required": false,
        "description": "Usage trend end time (ms), default current.",
        "zh": "使用趋势结束时间(毫秒)，默认当前"
      },
      {
        "name": "MetricType",
        "type": "string",
        "required": false,
        "description": "Metrics and dimensions.\n\n-all.\n-task metrics.\n-system metrics.",
        "zh": "指标维度\n\n- all --- 全部\n- task --- 任务指标\n- system --- 系统指标"
      },
      {
        "name": "Granularity",
        "type": "integer",
        "required": false,
        "description": "Metric collection granularity, in minutes, default 1 minute.",
        "zh": "指标采集粒度，单位分钟，默认 1分钟"
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
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID",
        "zh": "文件夹id"
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
        "description": "Script Id.",
        "zh": "探索脚本Id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID.",
        "zh": "项目Id"
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
        "description": "Table GUID.",
        "zh": "表GUID"
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
        "description": "Data table GUID.",
        "zh": "数据表GUID"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务ID"
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
        "description": "The project id.",
        "zh": "所属项目id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务Id"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID.",
        "zh": "工作流ID"
      },
      {
        "name": "TaskFolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID.",
        "zh": "文件夹ID"
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
        "description": "The project ID, a string of digits.",
        "zh": "所属项目id"
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time).",
        "zh": "实例唯一标识，可以通过ListInstances获取"
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. Scheduling, run, update and phase times (`SchedulerTime`, `StartTime`, `EndTime`, `LastUpdateTime`) are given in it and time filters read in it; the data time (`CurRunDate`) and the InstanceKey stay in UTC+8.",
        "zh": "**时区**timeZone, 传入的时间字符串的所在时区，默认UTC+8"
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
        "description": "The project ID, a string of digits.",
        "zh": "**项目ID**"
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time).",
        "zh": "**实例唯一标识**"
      },
      {
        "name": "LifeRoundNum",
        "type": "integer",
        "required": false,
        "description": "The lifecycle round: 0 is the first run, 1 the first rerun.",
        "zh": "**实例生命周期编号，标识实例的某一次执行**例如：周期实例第一次运行的编号为0，用户后期又重跑了该实例，第二次执行的编号为1; 默认最新一次"
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
        "description": "Only lines of this level: `Info`, `Debug`, `Warn`, `Error` or `All` (default).",
        "zh": "**日志级别** 默认All - Info - Debug - Warn - Error - All"
      },
      {
        "name": "NextCursor",
        "type": "string",
        "required": false,
        "description": "The paging cursor: empty on the first request, then the `NextCursor` of the previous page.",
        "zh": "**分页查询日志时使用，无具体业务含义** 第一次查询时值为null 第二次及以后查询时使用上一次查询返回信息中的NextCursor字段值即可"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务ID"
      },
      {
        "name": "VersionId",
        "type": "string",
        "required": false,
        "description": "Submit version ID. If not specified, the latest submit version will be used by default.",
        "zh": "提交版本ID，不填默认拿最新提交版本"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID.",
        "zh": "任务ID"
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
        "description": "Project id.",
        "zh": "所属项目id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务Id"
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
        "description": "Workspace ID.",
        "zh": "工作空间 ID"
      },
      {
        "name": "TaskExecutionId",
        "type": "string",
        "required": true,
        "description": "Task run ID.",
        "zh": "任务运行 ID"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID.",
        "zh": "任务ID"
      },
      {
        "name": "VersionId",
        "type": "string",
        "required": false,
        "description": "Submit version ID. by default if left blank, get the latest version.",
        "zh": "提交版本ID，不填默认拿最新提交版本"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID is obtained through the ListWorkflows api.",
        "zh": "工作流ID 通过ListWorkflows接口获取"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "WorkflowExecutionId",
        "type": "string",
        "required": true,
        "description": "Workflow execution ID.",
        "zh": "工作流执行ID"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter criteria.",
        "zh": "过滤条件"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sort criteria",
        "zh": "排序条件"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID. Obtained through the  ListWorkflows API.",
        "zh": "工作流ID 通过ListWorkflows接口获取"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID",
        "zh": "文件夹id"
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
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "UserUin",
        "type": "string",
        "required": true,
        "description": "User ID",
        "zh": "用户id"
      },
      {
        "name": "RoleIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Role id list. currently supports project roles:.\n-308335260274237440 (project administrator).\n-308335260676890624 (data engineer).\n-308335260844662784 (operation and maintenance engineer).\n-308335260945326080 (ordinary member).",
        "zh": "角色id列表，目前支持的项目角色有\n- 308335260274237440 (项目管理员)\n- 308335260676890624 (数据工程师)\n- 308335260844662784 (运维工程师)\n- 308335260945326080 (普通成员)"
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
        "description": "The project ID, a string of digits.",
        "zh": "项目Id"
      },
      {
        "name": "InstanceKeyList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "The instances to act on, by InstanceKey.",
        "zh": "实例id列表,可以从ListInstances中获取"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID.",
        "zh": "工作流ID"
      },
      {
        "name": "WorkflowExecutionIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Specifies the workflow execution ID to be stopped.",
        "zh": "指定要停止的工作流执行ID"
      },
      {
        "name": "All",
        "type": "boolean",
        "required": false,
        "description": "When specifying an empty workflow run, whether all terminate running workflow execution.",
        "zh": "当指定的工作流运行为空时，是否全部终止正在运行的工作流执行"
      },
      {
        "name": "Pending",
        "type": "boolean",
        "required": false,
        "description": "Whether to stop only waiting workflow runs when specifying empty workflow runs.",
        "zh": "当指定的工作流运行为空时，是否仅停止等待中的工作流运行"
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
        "description": "Project id.",
        "zh": "所属项目id"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number for pagination, minimum value is 1.",
        "zh": "页码数，用于翻页，最小值为 1。"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Specifies the number of items displayed per page. maximum value: 100.",
        "zh": "每页显示的条数，最大 100 条"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Starting Alarm time. format: yyyy-MM-dd HH:MM:ss.",
        "zh": "起始告警时间, 格式为yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "Specifies the Alarm end time in the format yyyy-MM-dd HH:MM:ss.",
        "zh": "截止告警时间, 格式yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "AlarmLevel",
        "type": "integer",
        "required": false,
        "description": "Alarm level.",
        "zh": "告警级别"
      },
      {
        "name": "AlarmRecipientId",
        "type": "string",
        "required": false,
        "description": "Alert recipient Id.",
        "zh": "告警接收人Id"
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "description": "For incoming and returned filter time zone, default UTC+8.",
        "zh": "对于传入和返回的过滤时区, 默认UTC+8"
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
        "description": "Page number, starting from 1.",
        "zh": "页码，从1开始"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Pagination size. maximum 500.",
        "zh": "分页大小，最大500"
      },
      {
        "name": "ParentCatalogId",
        "type": "string",
        "required": false,
        "description": "Parent directory ID (this parameter is not supported).",
        "zh": "父目录ID(此参数还未支持)"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": false,
        "description": "Parent folder path, such as /aaa/bbb/ccc. path header must include a slash. pass / for the root directory.",
        "zh": "父文件夹path，例如/aaa/bbb/ccc，路径头需带斜杠，根目录传/"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Folder name or code file name.",
        "zh": "文件夹名称/代码文件名称搜索"
      },
      {
        "name": "OnlyFolderNode",
        "type": "boolean",
        "required": false,
        "description": "Queries folder only.",
        "zh": "只查询文件夹"
      },
      {
        "name": "OnlyUserSelfScript",
        "type": "boolean",
        "required": false,
        "description": "Specifies whether to query only code script created by user themselves.",
        "zh": "是否只查询用户自己创建的代码文件"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page number, which is 1 by default.",
        "zh": "页码，默认1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Number of returned results. the default is 20, and the maximum value is 100. requirements: 500, 1000 or more.",
        "zh": "返回数量，默认为20，最大值为100。要求500、1000或者更大"
      },
      {
        "name": "Resource",
        "type": "object",
        "required": true,
        "description": "Authorized resources.",
        "zh": "授权资源"
      },
      {
        "name": "Users",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "User filtering criteria.",
        "zh": "用户筛选条件"
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
        "description": "Table unique ID.",
        "zh": "表唯一ID"
      },
      {
        "name": "Direction",
        "type": "string",
        "required": true,
        "description": "Lineage direction INPUT｜OUTPUT.",
        "zh": "血缘方向 INPUT｜OUTPUT"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page number",
        "zh": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Pagination size.",
        "zh": "分页大小"
      },
      {
        "name": "ColumnName",
        "type": "string",
        "required": true,
        "description": "Column name.",
        "zh": "列名称"
      },
      {
        "name": "Platform",
        "type": "string",
        "required": true,
        "description": "Source: WEDATA|THIRD default WEDATA.",
        "zh": "来源：WEDATA|THIRD 默认WEDATA"
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
        "description": "Project ID",
        "zh": "所属项目Id"
      },
      {
        "name": "DataBackfillPlanId",
        "type": "string",
        "required": true,
        "description": "Backfill plan Id.",
        "zh": "补录计划Id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务Id"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number.",
        "zh": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Pagination size.",
        "zh": "分页大小"
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
        "description": "Page number, starting from 1.",
        "zh": "页码，从1开始"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Pagination size. maximum 500.",
        "zh": "分页大小，最大500"
      },
      {
        "name": "CatalogName",
        "type": "string",
        "required": false,
        "description": "Directory name.",
        "zh": "目录名称"
      },
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": false,
        "description": "Data source ID.",
        "zh": "数据源ID"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Search by database name keyword.",
        "zh": "数据库名称搜索关键字"
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
        "description": "Project ID.",
        "zh": "<p>项目id</p>"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Number of returned results. default: 10.",
        "zh": "<p>返回数量，默认10</p>"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number, which is 1 by default.",
        "zh": "<p>页码，默认1</p>"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Data source name",
        "zh": "<p>数据源名称</p>"
      },
      {
        "name": "DisplayName",
        "type": "string",
        "required": false,
        "description": "Data source display name.",
        "zh": "<p>数据源展示名</p>"
      },
      {
        "name": "Type",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Data source type: enumeration value.\n\n- MYSQL\n- TENCENT_MYSQL\n- POSTGRE\n- ORACLE\n- SQLSERVER\n- FTP\n- HIVE\n- HUDI\n- HDFS\n- ICEBERG\n- KAFKA\n- HBASE\n- SPARK\n- VIRTUAL\n- TBASE\n- DB2\n- DM\n- GAUSSDB\n- GBASE\n- IMPALA\n- ES\n- TENCENT_ES\n- GREENPLUM\n- PHOENIX\n- SAP_HANA\n- SFTP\n- OCEANBASE\n- CLICKHOUSE\n- KUDU\n- VERTICA\n- REDIS\n- COS\n- DLC\n- DORIS\n- CKAFKA\n- S3\n- TDSQL\n- TDSQL_MYSQL\n- MONGODB\n- TENCENT_MONGODB\n- REST_API\n- SuperSQL\n- PRESTO\n- TiDB\n- StarRocks\n- Trino\n- Kyuubi\n- TCHOUSE_X\n- TCHOUSE_P\n- TCHOUSE_C\n- TCHOUSE_D\n- INFLUXDB\n- BIG_QUERY\n- SSH\n- BLOB",
        "zh": "<p>数据源类型:枚举值</p><ul><li>MYSQL</li><li>TENCENT_MYSQL</li><li>POSTGRE</li><li>ORACLE</li><li>SQLSERVER</li><li>FTP</li><li>HIVE</li><li>HUDI</li><li>HDFS</li><li>ICEBERG</li><li>KAFKA</li><li>HBASE</li><li>SPARK</li><li>VIRTUAL</li><li>TBASE</li><li>DB2</li><li>DM</li><li>GAUSSDB</li><li>GBASE</li><li>IMPALA</li><li>ES</li><li>TENCENT_ES</li><li>GREENPLUM</li><li>PHOENIX</li><li>SAP_HANA</li><li>SFTP</li><li>OCEANBASE</li><li>CLICKHOUSE</li><li>KUDU</li><li>VERTICA</li><li>REDIS</li><li>COS</li><li>DLC</li><li>DORIS</li><li>CKAFKA</li><li>S3</li><li>TDSQL</li><li>TDSQL_MYSQL</li><li>MONGODB</li><li>TENCENT_MONGODB</li><li>REST_API</li><li>SuperSQL</li><li>PRESTO</li><li>TiDB</li><li>StarRocks</li><li>Trino</li><li>Kyuubi</li><li>TCHOUSE_X</li><li>TCHOUSE_P</li><li>TCHOUSE_C</li><li>TCHOUSE_D</li><li>INFLUXDB</li><li>BIG_QUERY</li><li>SSH</li><li>BLOB</li></ul>"
      },
      {
        "name": "Creator",
        "type": "string",
        "required": false,
        "description": "Creator",
        "zh": "<p>创建人</p>"
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
        "description": "Task ID",
        "zh": "任务Id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID.",
        "zh": "项目Id"
      },
      {
        "name": "PageNumber",
        "type": "string",
        "required": false,
        "description": "Page number",
        "zh": "分页页码"
      },
      {
        "name": "PageSize",
        "type": "string",
        "required": false,
        "description": "Pagination size.",
        "zh": "分页大小"
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
        "description": "The project ID, a string of digits.",
        "zh": "项目Id"
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time).",
        "zh": "**实例唯一标识**"
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. Scheduling, run, update and phase times (`SchedulerTime`, `StartTime`, `EndTime`, `LastUpdateTime`) are given in it and time filters read in it; the data time (`CurRunDate`) and the InstanceKey stay in UTC+8.",
        "zh": "**时区** timeZone, 默认UTC+8"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "default": 1,
        "description": "The page number, from 1. Default 1.",
        "zh": "**页码，整型**配合pageSize使用且不能小于1， 默认值1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Items per page. Default 10.",
        "zh": "**每页显示的条数，默认为10，最小值为1、最大值为100"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number",
        "zh": "分页大小"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Pagination size.",
        "zh": "分页页码"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID.",
        "zh": "任务ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number",
        "zh": "分页页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Pagination size.",
        "zh": "分页大小"
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
        "description": "Entity unique ID.",
        "zh": "<p>实体唯一ID</p>"
      },
      {
        "name": "ResourceType",
        "type": "string",
        "required": true,
        "description": "Entity type TABLE|METRIC|MODEL|SERVICE|COLUMN.",
        "zh": "<p>实体类型 TABLE|METRIC|MODEL|SERVICE|COLUMN</p>"
      },
      {
        "name": "Direction",
        "type": "string",
        "required": true,
        "description": "Lineage direction INPUT｜OUTPUT.",
        "zh": "<p>血缘方向 INPUT｜OUTPUT</p>"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page number",
        "zh": "<p>页码</p>"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Pagination size.",
        "zh": "<p>分页大小</p>"
      },
      {
        "name": "Platform",
        "type": "string",
        "required": true,
        "description": "Source: WEDATA|THIRD default WEDATA.",
        "zh": "<p>来源：WEDATA|THIRD 默认WEDATA</p>"
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
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number for pagination. defaults to 1.",
        "zh": "分页的页数，默认为1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Number of items to display per page, defaults to 20, minimum value 1, maximum value 200.",
        "zh": "每页显示的条数，默认为20，最小值为1、最大值为200"
      },
      {
        "name": "MonitorObjectType",
        "type": "integer",
        "required": false,
        "description": "Monitoring Object Type\n\nTask-level Monitoring - Can be configured by Task / Workflow / Project:\n1 = Task (default)\n2 = Workflow\n3 = Project\n\nProject-level Monitoring - Monitors overall task fluctuations within a project:\n7 = Project fluctuation monitoring alarm",
        "zh": "监控对象类型, 任务维度监控： 可按照任务/工作流/项目来配置：1.任务、2.工作流、3.项目（默认为1.任务） 项目维度监控： 项目整体任务波动告警， 7：项目波动监控告警"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "Based on task id, queries Alarm rules.",
        "zh": "根据任务id查询告警规则"
      },
      {
        "name": "AlarmType",
        "type": "string",
        "required": false,
        "description": "Alarm Rule Monitoring Types:\n\nfailure: Failure alarm\n\novertime: Timeout alarm\n\nsuccess: Success alarm\n\nbackTrackingOrRerunSuccess: Alarm when backfill/rerun succeeds\n\nbackTrackingOrRerunFailure: Alarm when backfill/rerun fails\n\nprojectFailureInstanceUpwardFluctuationAlarm: Alarm when the upward fluctuation rate of failed instances for the day exceeds the threshold\n\nprojectSuccessInstanceDownwardFluctuationAlarm: Alarm when the downward fluctuation rate of successful instances for the day exceeds the threshold\n\nreconciliationFailure: Alarm when an offline reconciliation task fails\n\nreconciliationOvertime: Alarm when an offline reconciliation task runs overtime\n\nreconciliationMismatch: Alarm when the number of mismatched records in reconciliation exceeds the threshold",
        "zh": "查询配置对应告警类型的告警规则\n告警规则监控类型 failure：失败告警 ；overtime：超时告警 success：成功告警; backTrackingOrRerunSuccess: 补录重跑成功告警 backTrackingOrRerunFailure：补录重跑失败告警；\n项目波动告警\nprojectFailureInstanceUpwardFluctuationAlarm： 当天失败实例数向上波动率超过阀值告警； projectSuccessInstanceDownwardFluctuationAlarm：当天成功实例数向下波动率超过阀值告警；\n离线集成任务对账告警： reconciliationFailure： 离线对账任务失败告警 reconciliationOvertime： 离线对账任务运行超时告警 reconciliationMismatch： 数据对账任务不一致条数超过阀值告警"
      },
      {
        "name": "AlarmLevel",
        "type": "integer",
        "required": false,
        "description": "Queries Alarm rules configured with corresponding Alarm levels.\nValid values: 1. ordinary, 2. important, 3. critical.",
        "zh": "查询配置了对应告警级别的告警规则\n告警级别 1.普通、2.重要、3.紧急"
      },
      {
        "name": "AlarmRecipientId",
        "type": "string",
        "required": false,
        "description": "Query the alarm rules associated with the configured alarm recipients.",
        "zh": "查询配置对应告警接收人的告警规则"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Queries the corresponding Alarm rule based on Alarm rule id or rule name.",
        "zh": "根据告警规则id/规则名称查询对应的告警规则"
      },
      {
        "name": "CreateUserUin",
        "type": "string",
        "required": false,
        "description": "Specifies the creator filter for Alarm rule creation.",
        "zh": "告警规则创建人过滤"
      },
      {
        "name": "CreateTimeFrom",
        "type": "string",
        "required": false,
        "description": "Start time of the Alarm rule create time range, in the format of 2025-08-17 00:00:00.",
        "zh": "告警规则创建时间范围起始时间, 格式如2025-08-17 00:00:00"
      },
      {
        "name": "CreateTimeTo",
        "type": "string",
        "required": false,
        "description": "End time of the Alarm rule creation time range, in the format of \"2025-08-26 23:59:59\".",
        "zh": "告警规则创建时间范围结束时间，格式如\"2025-08-26 23:59:59\""
      },
      {
        "name": "UpdateTimeFrom",
        "type": "string",
        "required": false,
        "description": "Filters Alarm rules by last update time, in the format of \"2025-08-26 00:00:00\".",
        "zh": "最后更新时间过滤告警规则， 格式如\"2025-08-26 00:00:00\""
      },
      {
        "name": "UpdateTimeTo",
        "type": "string",
        "required": false,
        "description": "Filters Alarm rules by last update time in the format of \"2025-08-26 23:59:59\".",
        "zh": "最后更新时间过滤告警规则 格式如： \"2025-08-26 23:59:59\""
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
        "description": "Project ID.",
        "zh": "项目Id"
      },
      {
        "name": "PageSize",
        "type": "string",
        "required": false,
        "description": "Pagination size.",
        "zh": "分页大小"
      },
      {
        "name": "PageNumber",
        "type": "string",
        "required": false,
        "description": "Page number",
        "zh": "分页页码"
      },
      {
        "name": "TaskTypeId",
        "type": "string",
        "required": false,
        "description": "Task type Id. \n-20: common data sync.\n - 25:ETLTaskType\n - 26:ETLTaskType\n - 30:python\n - 31:pyspark\n - 34:HiveSQLTaskType\n - 35:shell\n - 36:SparkSQLTaskType\n - 21:JDBCSQLTaskType\n - 32:DLCTaskType\n - 33:ImpalaTaskType\n - 40:CDWTaskType\n - 41:kettle\n - 46:DLCSparkTaskType\n-47: TiOne machine learning.\n - 48:TrinoTaskType\n - 50:DLCPyspark39:spark\n - 92:mr\n-38: shell script.\n-70: hivesql script.\n-1000: common custom business.",
        "zh": "任务类型Id \n - 20：通用数据同步\n - 25：ETLTaskType\n - 26：ETLTaskType\n - 30：python\n - 31：pyspark\n - 34：HiveSQLTaskType\n - 35：shell\n - 36：SparkSQLTaskType\n - 21：JDBCSQLTaskType\n - 32：DLCTaskType\n - 33：ImpalaTaskType\n - 40：CDWTaskType\n - 41：kettle\n - 46：DLCSparkTaskType\n - 47：TiOne机器学习\n - 48：TrinoTaskType\n - 50：DLCPyspark39：spark\n - 92：mr\n - 38：shell脚本\n - 70：hivesql脚本\n - 1000：自定义业务通用"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID.",
        "zh": "工作流Id"
      },
      {
        "name": "WorkflowName",
        "type": "string",
        "required": false,
        "description": "Workflow name.",
        "zh": "工作流名称"
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "Owner id.",
        "zh": "责任人id"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": false,
        "description": "Folder ID",
        "zh": "文件夹Id"
      },
      {
        "name": "SourceServiceId",
        "type": "string",
        "required": false,
        "description": "Data source ID.",
        "zh": "数据源id"
      },
      {
        "name": "TargetServiceId",
        "type": "string",
        "required": false,
        "description": "Target data source id.",
        "zh": "目标数据源id"
      },
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": false,
        "description": "Executor Group ID",
        "zh": "资源组id"
      },
      {
        "name": "CycleType",
        "type": "string",
        "required": false,
        "description": "Task Cycle Type:\n\n* ONEOFF_CYCLE: One-time\n\n* YEAR_CYCLE: Yearly\n\n* MONTH_CYCLE: Monthly\n\n* WEEK_CYCLE: Weekly\n\n* DAY_CYCLE: Daily\n\n* HOUR_CYCLE: Hourly\n\n* MINUTE_CYCLE: Minute-level\n\n* CRONTAB_CYCLE: Crontab expression-based",
        "zh": "任务周期类型\n* ONEOFF_CYCLE: 一次性\n* YEAR_CYCLE: 年\n* MONTH_CYCLE: 月\n* WEEK_CYCLE: 周\n* DAY_CYCLE: 天\n* HOUR_CYCLE: 小时\n* MINUTE_CYCLE: 分钟\n* CRONTAB_CYCLE: crontab表达式类型"
      },
      {
        "name": "Status",
        "type": "string",
        "required": false,
        "description": "Task Status\n\n-Y: Running\n\n-F: Stopped\n\n-O: Frozen\n\n-T: Stopping\n\n-INVALID: Invalid",
        "zh": "任务状态:\n- Y: 运行\n- F: 停止\n- O: 冻结\n- T: 停止中\n- INVALID: 已失效"
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "description": "Time zone. defaults to UTC+8.",
        "zh": "时区, 默认默认UTC+8"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number",
        "zh": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size.",
        "zh": "页大小"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter parameters, workflow name or ID query name: Keyword, workflow ID query name: WorkflowId, folder query name: FolderId, person in charge query name: InChargeUin.",
        "zh": "过滤参数,工作流名称或ID查询名称：Keyword,工作流ID查询名称：WorkflowId,文件夹查询名称：FolderId,负责人查询名称：InChargeUin"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sorting field, sorting field name as follows: number of tasks: TaskCount.",
        "zh": "排序字段，排序字段名称 如下 任务数：TaskCount"
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
        "description": "Project ID.",
        "zh": "项目Id"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number",
        "zh": "分页页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Pagination size.",
        "zh": "分页大小"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": false,
        "description": "Folder ID",
        "zh": "文件Id"
      },
      {
        "name": "Status",
        "type": "string",
        "required": false,
        "description": "Workflow Status Filter\n\n* ALL_RUNNING: All workflows are running (scheduled)\n\n* ALL_FREEZED: All workflows are paused\n\n* ALL_STOPPED: All workflows are offline\n\n* PART_RUNNING: Some workflows are running (partially scheduled)\n\n* ALL_NO_RUNNING: No workflows are running (unscheduled)\n\n* ALL_INVALID: All workflows are invalid",
        "zh": "工作流状态筛选\n* ALL_RUNNING : 全部调度中\n* ALL_FREEZED : 全部已暂停\n* ALL_STOPPTED : 全部已下线\n* PART_RUNNING : 部分调度中\n* ALL_NO_RUNNING : 全部未调度\n* ALL_INVALID : 全部已失效"
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "Owner ID",
        "zh": "负责人Id"
      },
      {
        "name": "WorkflowType",
        "type": "string",
        "required": false,
        "description": "Workflow type filter criteria. supported values: Cycle or Manual. default: Cycle.",
        "zh": "工作流类型筛选, 支持值 Cycle或Manual. 默认只查询 Cycle"
      },
      {
        "name": "KeyWord",
        "type": "string",
        "required": false,
        "description": "Workflow keyword-based filtering supports fuzzy matching of workflow Id/name.",
        "zh": "工作流关键词过滤，支持工作流 Id/name 模糊匹配"
      },
      {
        "name": "SortItem",
        "type": "string",
        "required": false,
        "description": "Sort item. Options: CreateTime, TaskCount.",
        "zh": "排序项，可选CreateTime、TaskCount"
      },
      {
        "name": "SortType",
        "type": "string",
        "required": false,
        "description": "Sorting method, DESC or ASC, uppercase.",
        "zh": "排序方式，DESC或ASC, 大写"
      },
      {
        "name": "CreateUserUin",
        "type": "string",
        "required": false,
        "description": "CreatorId. specifies the id of the creator.",
        "zh": "创建人Id"
      },
      {
        "name": "ModifyTime",
        "type": "string",
        "required": false,
        "description": "Update time. format: yyyy-MM-dd HH:MM:ss.",
        "zh": "更新时间，格式yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "CreateTime",
        "type": "string",
        "required": false,
        "description": "Creation time. format: yyyy-MM-dd HH:MM:ss.",
        "zh": "创建时间，格式yyyy-MM-dd HH:mm:ss"
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
        "description": "Resource.\nResourceType: originates from the ResourceType returned by the GetGrantPrivilegesSTD API in the TCCATALOG module, and change to capitalize the first letter, such as METALAKE corresponding to METALAKE.\nResourceUri depends on ResourceType. fixed as default for Metalake. use the three-segment format of catalog for other categories, such as.\n-Metalake, fixed as default.\n-Catalog. specifies the catalogName.\n-Schema. valid values: catalogName.SchemaName.\n-Table. specifies catalogName.SchemaName.TableName.",
        "zh": "资源\nResourceType：来源于TCCATALOG模块的GetGrantPrivilegesSTD接口中返回的ResourceType，并改为首字母大写，例如METALAKE对应Metalake\nResourceUri，取决于 ResourceType，Metalake时固定为default，其他类别采用catalog的三段式结构，例如\n- Metalake，固定为default\n- Catalog，取catalogName\n- Schema，取catalogName.SchemaName\n- Table，取catalogName.SchemaName.TableName"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filtering conditions (this parameter is not supported).",
        "zh": "过滤条件(此参数还未支持)"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sorting field (this parameter is not supported).",
        "zh": "排序字段(此参数还未支持)"
      },
      {
        "name": "Page",
        "type": "object",
        "required": false,
        "description": "Page parameter (this parameter is not supported).",
        "zh": "页参数(此参数还未支持)"
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
        "description": "Unique task ID.",
        "zh": "<p>任务唯一ID</p>"
      },
      {
        "name": "ProcessType",
        "type": "string",
        "required": true,
        "description": "TASK type //scheduling tasks SCHEDULE_TASK, //INTEGRATION tasks INTEGRATION_TASK, //THIRD-party reporting THIRD_REPORT, //DATA modeling TABLE_MODEL, //MODEL create metrics MODEL_METRIC, //atomic metrics create derived metrics METRIC_METRIC, //DATA SERVICE DATA_SERVICE.",
        "zh": "<p>任务类型    //调度任务     SCHEDULE_TASK,     //集成任务     INTEGRATION_TASK,     //第三方上报     THIRD_REPORT,     //数据建模     TABLE_MODEL,     //模型创建指标     MODEL_METRIC,     //原子指标创建衍生指标     METRIC_METRIC,     //数据服务     DATA_SERVICE</p>"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page number",
        "zh": "<p>页码</p>"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Pagination size.",
        "zh": "<p>分页大小</p>"
      },
      {
        "name": "Platform",
        "type": "string",
        "required": true,
        "description": "Source: WEDATA|THIRD default WEDATA.",
        "zh": "<p>来源：WEDATA|THIRD 默认WEDATA</p>"
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
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "UserName",
        "type": "string",
        "required": false,
        "description": "Filter by member name with fuzzy query support.",
        "zh": "使用成员名过滤，支持模糊查询"
      },
      {
        "name": "UserUin",
        "type": "string",
        "required": false,
        "description": "Filter by member id. supports fuzzy query.",
        "zh": "使用成员id过滤，支持模糊查询"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size, default first page.",
        "zh": "分页大小，默认第一页"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Number of items per page. default value is `10`.",
        "zh": "分页条数，默认10条"
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
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "RoleDisplayName",
        "type": "string",
        "required": false,
        "description": "Fuzzy query for the chinese display name of a role. can only pass one value.",
        "zh": "角色中文展示名模糊查询，只能传一个值"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number",
        "zh": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Paging information.",
        "zh": "分页信息"
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
        "description": "Project ID List",
        "zh": "项目id列表"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "Project name or unique id, supports fuzzy search.",
        "zh": "项目名或项目唯一标识名，支持模糊搜索"
      },
      {
        "name": "Status",
        "type": "integer",
        "required": false,
        "description": "Project status, available values: 0 (disabled), 1 (normal).",
        "zh": "项目状态，可选值：0（禁用）、1（正常）"
      },
      {
        "name": "ProjectModel",
        "type": "string",
        "required": false,
        "description": "Project mode. available values: SIMPLE, STANDARD.",
        "zh": "项目模式，可选值：SIMPLE、STANDARD"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Number of requested data pages for pagination.",
        "zh": "请求的数据页数，用于翻页"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Number of items per page. default value is `10`.",
        "zh": "每页显示的条数，默认为 10 条"
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
        "description": "Workspace ID.",
        "zh": "工作空间ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Current page, which is 1 by default.",
        "zh": "当前页，默认1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Number of records per page, which is 10 by default.",
        "zh": "每页记录数，默认10"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Common sort.\nSupported sorting fields:.\nCitationCount - sort by number of references.\nUpdateTime - sort by update time.\nSorting order:.\n1 - ascending (ASC).\n2 - descending (DESC).",
        "zh": "通用排序，\n支持的排序字段：\nCitationCount - 按引用数量排序\nUpdateTime - 按更新时间排序\n排序方向：\n1 - 升序（ASC）\n2 - 降序（DESC）"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Universal filter criteria.\n1. Id\nDescription: template ID.\nValue: unique identifier of the template.\n\n2. Keyword\nDescription: search by keyword, supports template name fuzzy search.\nValue: string.\n\n3. Type\nDescription: template type.\nValue: 1 - system template; 2 - custom template; support multiple values (OR relationship).\n\n4. QualityDim\nDescribes the quality detection dimension.\nValid values: 1 - accuracy; 2 - uniqueness; 3 - integrity; 4 - consistency; 5 - timeliness; 6 - validity. support multiple values (OR relationship).\n\n5. SourceObjectType\nDescribes the applicable source data object type for rule.\nValue: 1 - constant; 2 - offline table level; 3 - offline field level; 4 - database level. supports multiple values (OR relationship).\n\n6. SourceEngineTypes\nDescription: specifies the source data engine type to which the template applies.\nValue: 1 - MySQL; 2 - Hive; 4 - Spark; 8 - Livy; 16 - DLC; 32 - Gbase; 64 - TCHouse-P; 128 - Doris; 256 - TCHouse-D; 512 - EMR_StarRocks; 1024 - TCHouse-X. supports multiple values (OR relationship).",
        "zh": "通用过滤条件\n1. Id\n描述：模板ID。\n取值：模板的唯一标识\n\n2. Keyword\n描述：关键字搜索，支持模板名称模糊搜索。\n取值：字符串\n\n3. Type\n描述：模板类型。\n取值：1 - 系统模板；2 - 自定义模板；支持多个值（OR关系）\n\n4. QualityDim\n描述：质量检测维度。\n取值：1 - 准确性；2 - 唯一性；3 - 完整性；4 - 一致性；5 - 及时性；6 - 有效性；支持多个值（OR关系）\n\n5. SourceObjectType\n描述：规则适用的源数据对象类型。\n取值：1 - 常量；2 - 离线表级；3 - 离线字段级；4 - 库级；支持多个值（OR关系）\n\n6. SourceEngineTypes\n描述：模板适用的源数据引擎类型。\n取值：1 - MySQL；2 - Hive；4 - Spark；8 - Livy；16 - DLC；32 - Gbase；64 - TCHouse-P；128 - Doris；256 - TCHouse-D；512 - EMR_StarRocks；1024 - TCHouse-X；支持多个值（OR关系）"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Data page number, equal to or greater than 1. default 1.",
        "zh": "数据页数，大于等于1。默认1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Specifies the number of data records displayed per page. valid values: 10 to 200. default: 10.",
        "zh": "每页显示的数据条数，最小为10条，最大为200 条。默认10"
      },
      {
        "name": "ResourceName",
        "type": "string",
        "required": false,
        "description": "Resource file name (fuzzy search keyword).",
        "zh": "资源文件名称(模糊搜索关键词)"
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": false,
        "description": "Specifies the path of the file's parent folder (for example /a/b/c, querying resource files under the folder c).",
        "zh": "资源文件所属文件夹路径(如/a/b/c，查询c文件夹下的资源文件)"
      },
      {
        "name": "CreateUserUin",
        "type": "string",
        "required": false,
        "description": "Creator ID. obtain through the DescribeCurrentUserInfo API.",
        "zh": "创建人ID, 可通过DescribeCurrentUserInfo接口获取"
      },
      {
        "name": "ModifyTimeStart",
        "type": "string",
        "required": false,
        "description": "Update time range. specifies the start time in yyyy-MM-dd HH:MM:ss format.",
        "zh": "更新时间范围,开始时间, 格式yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "ModifyTimeEnd",
        "type": "string",
        "required": false,
        "description": "Update time range. specifies the end time in yyyy-MM-dd HH:MM:ss format.",
        "zh": "更新时间范围,结束时间, 格式yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "CreateTimeStart",
        "type": "string",
        "required": false,
        "description": "Create time range. specifies the start time in yyyy-MM-dd HH:MM:ss format.",
        "zh": "创建时间范围,开始时间, 格式yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "CreateTimeEnd",
        "type": "string",
        "required": false,
        "description": "Create time range. specifies the termination time in yyyy-MM-dd HH:MM:ss format.",
        "zh": "创建时间范围,结束时间, 格式yyyy-MM-dd HH:mm:ss"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Resource folder absolute path. value example.\n/wedata/test",
        "zh": "资源文件夹绝对路径，取值示例\n/wedata/test"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Data page number, equal to or greater than 1. default 1.",
        "zh": "数据页数，大于等于1。默认1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Specifies the number of data records displayed per page. valid values: 10 to 200. default: 10.",
        "zh": "每页显示的数据条数，最小为10条，最大为200 条。默认10"
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
        "description": "Execution resource group type.\n\n-Schedule --- scheduling resource group.\n-Integration - integration resource group.\n-DataService - data service resource group.",
        "zh": "执行资源组类型\n\n- Schedule --- 调度资源组\n- Integration --- 集成资源组\n- DataService -- 数据服务资源组"
      },
      {
        "name": "Id",
        "type": "string",
        "required": false,
        "description": "Resource group ID",
        "zh": "资源组id"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Execution resource group name to search.",
        "zh": "搜索的执行资源组名称"
      },
      {
        "name": "ProjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Project space id query list.",
        "zh": "项目空间id查询列表"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Number of pages.",
        "zh": "页数"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size.",
        "zh": "页大小"
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
        "description": "Page number, starting from 1.",
        "zh": "页码，从1开始"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Pagination size. maximum 500.",
        "zh": "分页大小，最大500"
      },
      {
        "name": "CatalogName",
        "type": "string",
        "required": false,
        "description": "Directory name.",
        "zh": "目录名称"
      },
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": false,
        "description": "Data source ID.",
        "zh": "数据源ID"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": false,
        "description": "Database name.",
        "zh": "数据库名称"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Search by database schema keyword.",
        "zh": "数据库模式搜索关键字"
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
        "description": "Project ID.",
        "zh": "项目Id"
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Parent folder path, /aaa/bbb/ccc. path header must include a slash. pass / to query the root directory.",
        "zh": "父文件夹path，/aaa/bbb/ccc，路径头需带斜杠，查询根目录传/"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Folder name or script name search.",
        "zh": "文件夹名称/脚本名称搜索"
      },
      {
        "name": "OnlyFolderNode",
        "type": "boolean",
        "required": false,
        "description": "Queries only the folder.",
        "zh": "只查询文件夹"
      },
      {
        "name": "OnlyUserSelfScript",
        "type": "boolean",
        "required": false,
        "description": "Specifies whether to query only scripts created by the user themselves.",
        "zh": "是否只查询用户自己创建的脚本"
      },
      {
        "name": "AccessScope",
        "type": "string",
        "required": false,
        "description": "Access permission: SHARED, PRIVATE.",
        "zh": "权限范围：SHARED, PRIVATE"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "ScriptId",
        "type": "string",
        "required": true,
        "description": "Script id.",
        "zh": "脚本id"
      },
      {
        "name": "JobId",
        "type": "string",
        "required": false,
        "description": "Task ID.",
        "zh": "任务id"
      },
      {
        "name": "SearchWord",
        "type": "string",
        "required": false,
        "description": "Search keywords.",
        "zh": "搜索关键词"
      },
      {
        "name": "ExecuteUserUin",
        "type": "string",
        "required": false,
        "description": "Specifies the executor ID.",
        "zh": "执行人"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Start time.",
        "zh": "开始时间"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "End time.",
        "zh": "结束时间"
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
        "description": "Page number, starting from 1.",
        "zh": "页码，从1开始"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Pagination size. maximum 500.",
        "zh": "分页大小，最大500"
      },
      {
        "name": "CatalogName",
        "type": "string",
        "required": false,
        "description": "Directory name.",
        "zh": "目录名称"
      },
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": false,
        "description": "Data source ID.",
        "zh": "数据源ID"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": false,
        "description": "Database name.",
        "zh": "数据库名称"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": false,
        "description": "Schema name.",
        "zh": "数据库Schema名称"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Search keywords table.",
        "zh": "表搜索关键字"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "ParentTaskFolderPath",
        "type": "string",
        "required": true,
        "description": "Absolute path of the parent folder, such as /abc/de. if it is the root directory, pass /.",
        "zh": "父文件夹绝对路径，如/abc/de，如果是根目录则传/"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID.",
        "zh": "工作流ID"
      },
      {
        "name": "TaskFolderType",
        "type": "string",
        "required": true,
        "description": "Task folder type.\n\n| task folder type parameter | task folder type interface corresponding name |.\n| ---------------- | ------------------------ |\nETL | integration task.\n| EMR              | EMR                      |\n| DLC              | DLC                      |\n| SETATS           | SETATS                   |\n| TDSQL            | TDSQL                    |\n| TCHOUSE          | TCHOUSE                  |\nGENERAL.\nTI_ONE | ti-one machine learning.\nACROSS_WORKFLOWS | cross-workflow.",
        "zh": "任务文件夹类型\n\n| 任务文件夹类型取值 | 任务文件夹类型界面对应名称 |\n| ---------------- | ------------------------ |\n| ETL              | 集成任务                 |\n| EMR              | EMR                      |\n| DLC              | DLC                      |\n| SETATS           | SETATS                   |\n| TDSQL            | TDSQL                    |\n| TCHOUSE          | TCHOUSE                  |\n| GENERAL          | 通用                     |\n| TI_ONE           | TI-ONE机器学习           |\n| ACROSS_WORKFLOWS | 跨工作流                 |"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Number of data pages, equal to or greater than 1. default is 1.",
        "zh": "数据页数，大于等于1。默认1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Number of data records displayed per page. minimum value is 10. maximum value is 200. default value is 10.",
        "zh": "每页显示的数据条数，最小为10条，最大为200 条。默认10"
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
        "description": "The project ID, a string of digits.",
        "zh": "所属项目id"
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time).",
        "zh": "实例唯一标识，可以通过ListInstances获取"
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. Scheduling, run, update and phase times (`SchedulerTime`, `StartTime`, `EndTime`, `LastUpdateTime`) are given in it and time filters read in it; the data time (`CurRunDate`) and the InstanceKey stay in UTC+8.",
        "zh": "**时区**timeZone, 传入的时间字符串的所在时区，默认UTC+8"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Items per page. Default 10.",
        "zh": "每页大小，默认10, 最大200"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "default": 1,
        "description": "The page number, from 1. Default 1.",
        "zh": "分页页码，默认1"
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
        "description": "The project ID, a string of digits.",
        "zh": "**项目ID**"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "default": 1,
        "description": "The page number, from 1. Default 1.",
        "zh": "**页码，整型**\n配合pageSize使用且不能小于1， 默认值1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Items per page. Default 10.",
        "zh": "**每页显示的条数，默认为10，最小值为1、最大值为100"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Task names or task IDs to match (fuzzy), several separated by commas.",
        "zh": "**任务名称 或 任务ID**\n支持模糊搜索过滤, 多个用 英文逗号, 分割"
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. Scheduling, run, update and phase times (`SchedulerTime`, `StartTime`, `EndTime`, `LastUpdateTime`) are given in it and time filters read in it; the data time (`CurRunDate`) and the InstanceKey stay in UTC+8.",
        "zh": "**时区**timeZone, 传入的时间字符串的所在时区，默认UTC+8"
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
        "description": "The kind of instance: `0` backfill, `1` periodic, `2` non-periodic.",
        "zh": "**实例类型** \n- 0 表示补录类型 \n- 1 表示周期实例 \n- 2 表示非周期实例"
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
        "description": "The instance state: `WAIT_EVENT` waiting for an event, `WAIT_UPSTREAM` waiting for upstream, `WAIT_RUN` waiting to run, `RUNNING` running, `SKIP_RUNNING` skipped, `FAILED_RETRY` failed and will retry, `EXPIRED` failed (final), `COMPLETED` succeeded.",
        "zh": "**实例状态** - WAIT_EVENT: 等待事件 - WAIT_UPSTREAM: 等待上游 - WAIT_RUN: 等待运行 - RUNNING: 运行中 - SKIP_RUNNING: 跳过运行 - FAILED_RETRY: 失败重试 - EXPIRED: 失败 - COMPLETED: 成功"
      },
      {
        "name": "TaskTypeId",
        "type": "integer",
        "required": false,
        "description": "The task type ID, for example `35` Shell.",
        "zh": "**任务类型Id**"
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
        "description": "The scheduling cycle: `ONEOFF_CYCLE`, `YEAR_CYCLE`, `MONTH_CYCLE`, `WEEK_CYCLE`, `DAY_CYCLE`, `HOUR_CYCLE`, `MINUTE_CYCLE` or `CRONTAB_CYCLE`.",
        "zh": "**任务周期类型** * ONEOFF_CYCLE: 一次性 * YEAR_CYCLE: 年 * MONTH_CYCLE: 月 * WEEK_CYCLE: 周 * DAY_CYCLE: 天 * HOUR_CYCLE: 小时 * MINUTE_CYCLE: 分钟 * CRONTAB_CYCLE: crontab表达式类型"
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "The account ID (UIN) of the task owner.",
        "zh": "**任务负责人id**"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": false,
        "description": "The ID of the folder that holds the task.",
        "zh": "**任务所属文件id**"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "The ID of the workflow the task belongs to.",
        "zh": "**任务所属工作流id**"
      },
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": false,
        "description": "The ID of the execution resource group.",
        "zh": "**执行资源组Id**"
      },
      {
        "name": "ScheduleTimeFrom",
        "type": "string",
        "required": false,
        "example": "2025-03-28 00:00:00",
        "description": "The start of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`.",
        "zh": "**实例计划调度时间过滤条件**过滤起始时间，时间格式为 yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "ScheduleTimeTo",
        "type": "string",
        "required": false,
        "example": "2025-03-28 00:00:00",
        "description": "The end of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`.",
        "zh": "**实例计划调度时间过滤条件**过滤截止时间，时间格式为 yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "StartTimeFrom",
        "type": "string",
        "required": false,
        "example": "2025-03-28 00:00:00",
        "description": "The start of the range of run start times, `yyyy-MM-dd HH:mm:ss`.",
        "zh": "**实例执行开始时间过滤条件**过滤起始时间，时间格式为 yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "StartTimeTo",
        "type": "string",
        "required": false,
        "example": "2025-03-28 00:00:00",
        "description": "The end of the range of run start times, `yyyy-MM-dd HH:mm:ss`.",
        "zh": "**实例执行开始时间过滤条件**\n过滤截止时间，时间格式为 yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "LastUpdateTimeFrom",
        "type": "string",
        "required": false,
        "example": "2025-03-28 00:00:00",
        "description": "The start of the range of last-update times, `yyyy-MM-dd HH:mm:ss`.",
        "zh": "**实例最近更新时间过滤条件**\n过滤截止时间，时间格式为 yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "LastUpdateTimeTo",
        "type": "string",
        "required": false,
        "example": "2025-03-28 00:00:00",
        "description": "The end of the range of last-update times, `yyyy-MM-dd HH:mm:ss`.",
        "zh": "**实例最近更新时间过滤条件**\n过滤截止时间，时间格式为 yyyy-MM-dd HH:mm:ss"
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
        "description": "What to sort by: `SCHEDULE_DATE`, `START_TIME`, `END_TIME` or `COST_TIME`.",
        "zh": "**查询结果排序字段**- SCHEDULE_DATE 表示 根据计划调度时间排序- START_TIME 表示 根据实例开始执行时间排序- END_TIME 表示 根据实例结束执行时间排序- COST_TIME 表示 根据实例执行时长排序"
      },
      {
        "name": "SortType",
        "type": "string",
        "required": false,
        "enum": [
          "ASC",
          "DESC"
        ],
        "description": "The sort order, `ASC` or `DESC`.",
        "zh": "**实例排序方式**\n\n- ASC \n- DESC"
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
        "description": "Project ID.",
        "zh": "<p>项目ID</p>"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Specifies the data page number of the request. default value is 1. valid values: equal to or greater than 1.",
        "zh": "<p>请求的数据页数。默认值为1，取值大于等于1</p>"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Specifies the number of data records displayed per page. default: 10. value range: 10 to 200.",
        "zh": "<p>每页显示的数据条数。默认值为10 ，最小值为10，最大值为200</p>"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": false,
        "description": "Task name.",
        "zh": "<p>任务名称</p>"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID",
        "zh": "<p>所属工作流ID</p>"
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "Owner ID.",
        "zh": "<p>责任人ID</p>"
      },
      {
        "name": "TaskTypeId",
        "type": "integer",
        "required": false,
        "description": "Task type",
        "zh": "<p>任务类型</p>"
      },
      {
        "name": "Status",
        "type": "string",
        "required": false,
        "description": "Task Status:\n* N: New\n* Y: Scheduling\n* F: Offline\n* O: Paused\n* T: Offlining\n* INVALID: Invalid",
        "zh": "<p>任务状态</p><ul><li>N: 新建 </li><li>Y: 调度中 </li><li>F: 已下线 </li><li>O: 已暂停 </li><li>T: 下线中 </li><li>INVALID: 已失效</li></ul>"
      },
      {
        "name": "Submit",
        "type": "boolean",
        "required": false,
        "description": "Submission status.",
        "zh": "<p>提交状态</p>"
      },
      {
        "name": "BundleId",
        "type": "string",
        "required": false,
        "description": "Bundle id.",
        "zh": "<p>BundleId信息</p>"
      },
      {
        "name": "CreateUserUin",
        "type": "string",
        "required": false,
        "description": "Creator ID.",
        "zh": "<p>创建人ID</p>"
      },
      {
        "name": "ModifyTime",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Modification time range (yyyy-MM-dd HH:mm:ss). Two time values must be provided in the array.",
        "zh": "<p>修改时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间</p>"
      },
      {
        "name": "CreateTime",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Creation time range (yyyy-MM-dd HH:MM:ss). Two time values must be provided in the array.",
        "zh": "<p>创建时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间</p>"
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
        "description": "Project ID.",
        "zh": "<p>项目ID</p>"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "<p>任务ID</p>"
      },
      {
        "name": "TaskVersionType",
        "type": "string",
        "required": false,
        "description": "SAVE version.\nSUBMIT version.\nDefaults to SAVE.",
        "zh": "<p>保存版本：SAVE<br>提交版本：SUBMIT<br>默认为SAVE</p>"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Specifies the data page number of the request. default value is 1. valid values: equal to or greater than 1.",
        "zh": "<p>请求的数据页数。默认值为1，取值大于等于1。</p>"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Specifies the number of data records displayed per page. default: 10. value range: 10 to 200.",
        "zh": "<p>每页显示的数据条数。默认值为10 ，最小值为10，最大值为200。</p>"
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
        "description": "Role chinese display name fuzzy query. can only pass one.",
        "zh": "角色中文展示名模糊查询，只能传一个值"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filtering parameters: Keyword for task name or ID query, WorkflowId for workflow ID query, FolderId for folder query, InChargeUin for responsible person query, WorkflowExecutionId for workflow execution ID, ExecutionId for task execution ID, TaskId for task ID, ScheduleTimeGreaterEqual / ScheduleTimeLessEqual for planned scheduling time interval",
        "zh": "过滤参数，任务名称或ID查询: Keyword，工作流ID查询: WorkflowId，文件夹查询: FolderId，负责人查询: InChargeUin，工作流执行ID: WorkflowExecutionId，任务执行ID: ExecutionId，任务ID: TaskId，计划调度时间区间: ScheduleTimeGreaterEqual / ScheduleTimeLessEqual"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sorting field, sorting field name as follows: start time: CreateTime, end time: EndTime, scheduled dispatch time: ScheduleTime",
        "zh": "排序字段，排序字段名称\t如下开始时间：CreateTime，结束时间：EndTime，计划调度时间：ScheduleTime"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number",
        "zh": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size.",
        "zh": "页大小"
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
        "description": "Project ID.",
        "zh": "<p>项目ID</p>"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "The number of requested data pages. the default value is 1. valid values: equal to or greater than 1.",
        "zh": "<p>请求的数据页数。默认值为1，取值大于等于1</p>"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Number of data records displayed per page. default value is 10. minimum value is 10. maximum value is 200.",
        "zh": "<p>每页显示的数据条数。默认值为10 ，最小值为10，最大值为200</p>"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": false,
        "description": "Task name.",
        "zh": "<p>任务名称</p>"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID",
        "zh": "<p>所属工作流ID</p>"
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "Responsible person ID.",
        "zh": "<p>责任人ID</p>"
      },
      {
        "name": "TaskTypeId",
        "type": "integer",
        "required": false,
        "description": "Task type",
        "zh": "<p>任务类型</p>"
      },
      {
        "name": "Status",
        "type": "string",
        "required": false,
        "description": "Task status.\n* N: create. \n* Y: scheduling in progress.",
        "zh": "<p>任务状态</p><ul><li>N: 新建 </li><li>Y: 调度中</li></ul>"
      },
      {
        "name": "Submit",
        "type": "boolean",
        "required": false,
        "description": "Submission status.",
        "zh": "<p>提交状态</p>"
      },
      {
        "name": "BundleId",
        "type": "string",
        "required": false,
        "description": "Bundle id information.",
        "zh": "<p>BundleId信息</p>"
      },
      {
        "name": "CreateUserUin",
        "type": "string",
        "required": false,
        "description": "Creator ID.",
        "zh": "<p>创建人ID</p>"
      },
      {
        "name": "ModifyTime",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Modify the time interval yyyy-MM-dd HH:MM:ss. fill in two times in the array.",
        "zh": "<p>修改时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间</p>"
      },
      {
        "name": "CreateTime",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Creation time range yyyy-MM-dd HH:MM:ss. two times must be filled in the array.",
        "zh": "<p>创建时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间</p>"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID.",
        "zh": "任务ID"
      },
      {
        "name": "TaskVersionType",
        "type": "string",
        "required": false,
        "description": "SAVE version: SAVE.\nSUBMIT version: SUBMIT.\nDefault value: SAVE.",
        "zh": "保存版本：SAVE\n提交版本：SUBMIT\n默认为SAVE"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "The number of requested data pages. the default value is 1. valid values: equal to or greater than 1.",
        "zh": "请求的数据页数。默认值为1，取值大于等于1。"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Number of data records displayed per page. default value is 10. minimum value is 10. maximum value is 200.",
        "zh": "每页显示的数据条数。默认值为10 ，最小值为10，最大值为200。"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter parameters, workflow name or ID query name: Keyword, workflow ID query name: WorkflowId, folder query name: FolderId, person in charge query name: InChargeUin, workflow execution ID: ExecutionId.",
        "zh": "过滤参数, 工作流名称或ID查询名称: Keyword, 工作流ID查询名称: WorkflowId,文件夹查询名称: FolderId, 负责人查询名称: InChargeUin, 运行账号ID查询名称: ExecuteUserUin, 工作流执行id: ExecutionId, 计划调度时间区间: ScheduleTimeGreaterEqual, ScheduleTimeLessEqual"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sorting field. the sorting field name is as follows: start time - CreateTime, end time - EndTime.",
        "zh": "排序字段，排序字段名称\t如下开始时间：CreateTime，结束时间：EndTime，计划调度时间：ScheduleTime"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number",
        "zh": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size.",
        "zh": "页大小"
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
        "description": "Project ID.",
        "zh": "<p>项目ID</p>"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Request data page number. default value is 1. valid values: at least 1.",
        "zh": "<p>请求的数据页数。默认值为1，取值大于等于1</p>"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Number of records per page. the default value is `10`. the minimum value is `10`. the maximum value is `200`.",
        "zh": "<p>每页显示的数据条数。默认值为10 ，最小值为10，最大值为200</p>"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Search keywords.",
        "zh": "<p>搜索关键词</p>"
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": false,
        "description": "Workflow folder.",
        "zh": "<p>工作流所属文件夹</p>"
      },
      {
        "name": "BundleId",
        "type": "string",
        "required": false,
        "description": "bundleId item.",
        "zh": "<p>bundleId项</p>"
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "Person in Charge ID",
        "zh": "<p>负责人ID</p>"
      },
      {
        "name": "CreateUserUin",
        "type": "string",
        "required": false,
        "description": "Creator ID.",
        "zh": "<p>创建人ID</p>"
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
        "description": "Modify the time interval yyyy-MM-dd HH:MM:ss. fill in two times in the array.",
        "zh": "<p>修改时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间</p>"
      },
      {
        "name": "CreateTime",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Creation time range yyyy-MM-dd HH:MM:ss. two times must be filled in the array.",
        "zh": "<p>创建时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间</p>"
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
        "description": "Project ID.",
        "zh": "<p>项目Id</p>"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "<p>任务Id</p>"
      },
      {
        "name": "PageNumber",
        "type": "string",
        "required": false,
        "description": "Page number",
        "zh": "<p>分页页码</p>"
      },
      {
        "name": "PageSize",
        "type": "string",
        "required": false,
        "description": "Pagination size.",
        "zh": "<p>分页大小</p>"
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
        "description": "The project ID, a string of digits.",
        "zh": "项目Id"
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time).",
        "zh": "**实例唯一标识**"
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. Scheduling, run, update and phase times (`SchedulerTime`, `StartTime`, `EndTime`, `LastUpdateTime`) are given in it and time filters read in it; the data time (`CurRunDate`) and the InstanceKey stay in UTC+8.",
        "zh": "**时区** timeZone, 默认UTC+8"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "default": 1,
        "description": "The page number, from 1. Default 1.",
        "zh": "**页码，整型**配合pageSize使用且不能小于1， 默认值1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Items per page. Default 10.",
        "zh": "**每页显示的条数，默认为10，最小值为1、最大值为100"
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
        "description": "Project ID.",
        "zh": "项目Id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务Id"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Specifies the data page number of the request. Default value is 1. Valid values: equal to or greater than 1.",
        "zh": "请求的数据页数。默认值为1，取值大于等于1。"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Specifies the data page number of the request. Default value is 1. Valid values: equal to or greater than 1.",
        "zh": "请求的数据页数。默认值为1，取值大于等于1。"
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
        "description": "Project ID.",
        "zh": "项目Id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务Id"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "The page number of the requested data. the default value is 1. the value must be equal to or greater than 1.",
        "zh": "请求的数据页数。默认值为1，取值大于等于1。"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "The page number of the requested data. the default value is 1. the value must be equal to or greater than 1.",
        "zh": "请求的数据页数。默认值为1，取值大于等于1。"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": true,
        "description": "Parent folder absolute path, for example /abc/de, if it is root directory, pass /.",
        "zh": "父文件夹绝对路径，如/abc/de，如果是根目录则传/"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Data page number, equal to or greater than 1. default 1.",
        "zh": "数据页数，大于等于1。默认1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Specifies the number of data records displayed per page. valid values: 10 to 200. default: 10.",
        "zh": "每页显示的数据条数，最小为10条，最大为200 条。默认10"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "EntityId",
        "type": "string",
        "required": true,
        "description": "Authorize entity ID.",
        "zh": "授权实体ID"
      },
      {
        "name": "EntityType",
        "type": "string",
        "required": true,
        "description": "Authorized entity type, folder/workflow.",
        "zh": "授权实体类型,folder/workflow"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "The page number of the requested data. the default value is 1. the value must be equal to or greater than 1.",
        "zh": "请求的数据页数。默认值为1，取值大于等于1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Number of data records displayed per page. default value is 10. minimum value is 10. maximum value is 200.",
        "zh": "每页显示的数据条数。默认值为10 ，最小值为10，最大值为200。"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Specifies the data page number of the request. default value is 1. valid values: equal to or greater than 1.",
        "zh": "请求的数据页数。默认值为1，取值大于等于1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Specifies the number of data records displayed per page. default: 10. value range: 10 to 200.",
        "zh": "每页显示的数据条数。默认值为10 ，最小值为10，最大值为200"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Search keywords.",
        "zh": "搜索关键词"
      },
      {
        "name": "ParentFolderPath",
        "type": "string",
        "required": false,
        "description": "Workflow folder.",
        "zh": "工作流所属文件夹"
      },
      {
        "name": "WorkflowType",
        "type": "string",
        "required": false,
        "description": "Workflow type. valid values: cycle and manual.",
        "zh": "工作流类型，cycle和manual"
      },
      {
        "name": "BundleId",
        "type": "string",
        "required": false,
        "description": "bundleId item.",
        "zh": "bundleId项"
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "Owner ID",
        "zh": "负责人ID"
      },
      {
        "name": "CreateUserUin",
        "type": "string",
        "required": false,
        "description": "Creator ID.",
        "zh": "创建人ID"
      },
      {
        "name": "ModifyTime",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Modification time interval yyyy-MM-dd HH:MM:ss. fill in two times in the array.",
        "zh": "修改时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间"
      },
      {
        "name": "CreateTime",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Creation time range yyyy-MM-dd HH:MM:ss. two times must be filled in the array.",
        "zh": "创建时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间"
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
        "description": "Project ID",
        "zh": "所属项目Id"
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task Id list. specifies the list of task ids.",
        "zh": "任务Id列表"
      },
      {
        "name": "KillInstance",
        "type": "boolean",
        "required": false,
        "description": "Whether required to terminate the generated instance.",
        "zh": "是否需要终止已生成实例"
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
        "description": "List of lineage relationships to register.",
        "zh": "需要注册的血缘关系列表"
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
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "UserUin",
        "type": "string",
        "required": true,
        "description": "User ID",
        "zh": "用户id"
      },
      {
        "name": "RoleIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Role id list. currently supports project roles:.\n-308335260274237440 (project administrator).\n-308335260676890624 (data engineer).\n-308335260844662784 (operation and maintenance engineer).\n-308335260945326080 (ordinary member).",
        "zh": "角色id列表，目前支持的项目角色有\n- 308335260274237440 (项目管理员)\n- 308335260676890624 (数据工程师)\n- 308335260844662784 (运维工程师)\n- 308335260945326080 (普通成员)"
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
        "description": "The project ID, a string of digits.",
        "zh": "项目Id"
      },
      {
        "name": "InstanceKeyList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "The instances to act on, by InstanceKey.",
        "zh": "实例id列表,可以从ListInstances中获取"
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
        "description": "What to rerun: `1` the instances themselves (default), `3` their downstream, `2` both.",
        "zh": "重跑类型, 1: 自身; 3: 孩子; 2: 自身以及孩子，默认1"
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
        "description": "Whether to check upstream tasks: `ALL`, `MAKE_SCOPE` (selected) or `NONE` (default).",
        "zh": "是否检查上游任务： ALL（全部）、 MAKE_SCOPE（选中）、NONE （全部不检查），默认NONE"
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
        "description": "The range of downstream instances: `WORKFLOW` (default), `PROJECT` or `ALL`.",
        "zh": "下游实例范围 WORKFLOW: 所在工作流 PROJECT: 所在项目 ALL: 所有跨工作流依赖的项目，默认WORKFLOW"
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "Whether the rerun ignores event listening.",
        "zh": "重跑是否忽略事件监听"
      },
      {
        "name": "RedefineParallelNum",
        "type": "integer",
        "required": false,
        "description": "A run concurrency for the rerun instead of the task's own.",
        "zh": "自定义实例运行并发度, 如果不配置，则使用任务原有自依赖"
      },
      {
        "name": "RedefineSelfWorkflowDependency",
        "type": "string",
        "required": false,
        "enum": [
          "yes",
          "no"
        ],
        "description": "A workflow self-dependency for the rerun, `yes` or `no`, instead of the workflow's own.",
        "zh": "自定义的工作流自依赖: yes开启，no关闭，如果不配置，则使用工作流原有自依赖"
      },
      {
        "name": "RedefineParamList",
        "type": "object",
        "required": false,
        "description": "Parameters for the rerun instances.",
        "zh": "重跑实例自定义参数"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID.",
        "zh": "工作流ID"
      },
      {
        "name": "WorkflowExecutionId",
        "type": "string",
        "required": true,
        "description": "Running ID of the workflow.",
        "zh": "工作流运行ID"
      },
      {
        "name": "ExecuteType",
        "type": "string",
        "required": true,
        "description": "Running mode: ordinary running defaults to all parameters: 1, advanced execution selectable task scope and running parameters: 2.",
        "zh": "运行方式：普通运行默认所有参数：1，高级运行可选任务范围和运行参数：2"
      },
      {
        "name": "AdvancedParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Custom running parameters filled in when the running type is advanced execution.",
        "zh": "运行类型为高级运行时填写的自定义运行参数"
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Advanced execution in mode requires the specified task ID set this time.",
        "zh": "高级运行模式下本次需要运行指定的任务ID集合"
      },
      {
        "name": "SchedulingResourceGroup",
        "type": "string",
        "required": false,
        "description": "Specify a scheduling resource group. uses the original scheduling resource group in the default configurations when left empty.",
        "zh": "指定调度资源组,为空时默认使用配置的原调度资源组"
      },
      {
        "name": "IntegrationResourceGroup",
        "type": "string",
        "required": false,
        "description": "Specify the integration resource group. uses the original integration resource group in configurations by default when empty.",
        "zh": "指定集成资源组,为空时默认使用配置的原集成资源组"
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
        "description": "Data source ID.",
        "zh": "数据源id"
      },
      {
        "name": "RevokeProjectId",
        "type": "string",
        "required": false,
        "description": "Reclaim the project id or the UserUin parameter. only one can be filled in.",
        "zh": "回收的项目id，与RevokeUser参数只能选填一个，或者都不传当RevokeProjectId与RevokeUser都不传时，表示回收当前数据源所有权限（数据源为项目共享时，不回收当前数据源创建项目下所有用户对该数据源的权限，当数据源为个人和项目管理员共享时，不回收当前数据源创建项目下数据源创建用户和管理员的权限）"
      },
      {
        "name": "RevokeUser",
        "type": "string",
        "required": false,
        "description": "Reclaim the list of users under the project in the format: project id_user id.\nSpecifies that only one of the parameters can be filled in with RevokeProjectId.",
        "zh": "回收项目下用户列表，格式为：项目id_用户id\n与RevokeProjectId参数只能选填一个，或者都不传\n当RevokeProjectId与RevokeUser都不传时，表示回收当前数据源所有权限（\n数据源为项目共享时，不回收当前数据源创建项目下所有用户对该数据源的权限，当数据源为个人和项目管理员共享时，不回收当前数据源创建项目下数据源创建用户和管理员的权限）"
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
        "description": "Resource array. data source is ResourceType and ResourceUri in the Resource of the ListPermissions API response.",
        "zh": "资源数组，数据来源于ListPermissions接口返回的Resource中的ResourceType和ResourceUri"
      },
      {
        "name": "Subjects",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Authorization revoked principal array. need to pay attention to parameter assembly.\n1. for SubjectType and SubjectValues, refer to SubjectType and SubjectValue in SubjectDetails returned by the ListPermissions api.\n2. during batch reclamation, the length of the Subjects array must match the length of the Privileges permission point, and the data must have a one-to-one correspondence.",
        "zh": "授权回收主体数组，参数组装需要注意：\n1.SubjectType 和SubjectValues的取值参考ListPermissions接口中返回SubjectDetails中的SubjectType和SubjectValue\n2.批量回收时，Subjects数组长度需要与权限点Privileges长度一致，并且数据一一对应"
      },
      {
        "name": "Privileges",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Permission point, Name originates from the Name in PermissionDetails of the ListPermissions API response, such as BROWSE, GRANT_PRIVILEGES.",
        "zh": "权限点，Name来源于ListPermissions接口返回的PermissionDetails中的Name，例如：BROWSE 、GRANT_PRIVILEGES"
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
        "description": "Script id.",
        "zh": "脚本id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "ScriptContent",
        "type": "string",
        "required": false,
        "description": "Script content. executed by default if not transmitted. requires Base64 encoding if transmitted.",
        "zh": "脚本内容，不传则默认执行已保存的全量脚本内容；若传递则要用Base64编码"
      },
      {
        "name": "Params",
        "type": "string",
        "required": false,
        "description": "Advanced running parameter, JSON format base64 encode.",
        "zh": "高级运行参数，JSON格式base64编码"
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
        "description": "The project ID, a string of digits.",
        "zh": "项目Id"
      },
      {
        "name": "InstanceKeyList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "The instances to act on, by InstanceKey.",
        "zh": "实例id列表,可以从ListInstances中获取"
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
        "description": "Project ID",
        "zh": "所属项目Id"
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task Id list.",
        "zh": "任务Id列表"
      },
      {
        "name": "EnableDataBackfill",
        "type": "boolean",
        "required": false,
        "description": "Whether to supplement intermediate instances from the last pause to the current time at startup. default false indicates no supplement.",
        "zh": "启动时是否补录上次暂停到当前的中间实例，默认false即不补录"
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
        "description": "Project ID",
        "zh": "所属项目Id"
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task Id list. specifies the list of task ids.",
        "zh": "任务Id列表"
      },
      {
        "name": "KillInstance",
        "type": "boolean",
        "required": false,
        "description": "Specifies whether to terminate the generated instance. default value: false.",
        "zh": "是否终止已生成实例，默认false"
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
        "description": "Specifies the query id.",
        "zh": "查询id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID.",
        "zh": "项目ID"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务ID"
      },
      {
        "name": "VersionRemark",
        "type": "string",
        "required": true,
        "description": "Version remarks.",
        "zh": "版本备注"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID.",
        "zh": "任务ID"
      },
      {
        "name": "VersionRemark",
        "type": "string",
        "required": true,
        "description": "Version note",
        "zh": "版本备注"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "CodeFileId",
        "type": "string",
        "required": true,
        "description": "Code file ID. the parameter value comes from the CreateCodeFile API response.",
        "zh": "代码文件ID，参数值来自CreateCodeFile接口的返回"
      },
      {
        "name": "CodeFileConfig",
        "type": "object",
        "required": false,
        "description": "Specifies the code file configuration.",
        "zh": "代码文件配置"
      },
      {
        "name": "CodeFileContent",
        "type": "string",
        "required": false,
        "description": "Specifies the content of the code file.",
        "zh": "代码文件内容"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID. The parameter value can be obtained from the response of the CreateCodeFolder API.",
        "zh": "文件夹ID，参数值来自CreateCodeFolder接口的返回"
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "Folder name.",
        "zh": "文件夹名称"
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
        "description": "Data source ID.",
        "zh": "数据源id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "ProdConProperties",
        "type": "string",
        "required": false,
        "description": "Configuration message of data sources is stored in JSON KV. based on each data source type, the KV storage information varies.\n\n> deployType: \nCONNSTR_PUBLICDB (public network instance). \nCONNSTR_CVMDB (self-built instance).\nCloud INSTANCE.\n\n```\nmysql: self-built instance.\n{\n    \"deployType\": \"CONNSTR_CVMDB\",\n    \"url\": \"jdbc:mysql://1.1.1.1:1111/example#test#123456\",\n    \"username\": \"root\",\n    \"password\": \"example#test#123456\",\n    \"region\": \"ap-shanghai\",\n    \"vpcId\": \"vpc-kprq42yo\",\n    \"type\": \"MYSQL\"\n}\nmysql: cloud instance.\n{\n    \"instanceid\": \"cdb-12uxdo5e\",\n    \"db\": \"db\",\n    \"region\": \"ap-shanghai\",\n    \"username\": \"msyql\",\n    \"password\": \"example#test#123456\",\n    \"deployType\": \"INSTANCE\",\n    \"type\": \"TENCENT_MYSQL\"\n}\nsql_server: \n{\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"url\": \"jdbc:sqlserver://1.1.1.1:223;example#test#123456\",\n    \"username\": \"user_1\",\n    \"password\": \"example#test#123456\",\n    \"type\": \"SQLSERVER\"\n}\nredis:\n    redisType:\n-NO_ACCOUNT (account-free).\n-SELF_ACCOUNT (custom account).\n{\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"username\":\"\"\n    \"password\": \"example#test#123456\",\n    \"ip\": \"1.1.1.1\",\n    \"port\": \"6379\",\n    \"redisType\": \"NO_ACCOUT\",\n    \"type\": \"REDIS\"\n}\noracle: \n{\n    \"deployType\": \"CONNSTR_CVMDB\",\n    \"url\": \"jdbc:oracle:thin:@1.1.1.1:1521:example#test#123456\",\n    \"username\": \"oracle\",\n    \"password\": \"example#test#123456\",\n    \"region\": \"ap-shanghai\",\n    \"vpcId\": \"vpc-kprq42yo\",\n    \"type\": \"ORACLE\"\n}\nmongodb:\nadvanceParams (custom parameters, appended to the url).\n{\n    \"advanceParams\": [\n        {\n            \"key\": \"authSource\",\n            \"value\": \"auth\"\n        }\n    ],\n    \"db\": \"admin\",\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"username\": \"user\",\n    \"password\": \"example#test#123456\",\n    \"type\": \"MONGODB\",\n    \"host\": \"1.1.1.1:9200\"\n}\npostgresql:\n{\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"url\": \"jdbc:postgresql://1.1.1.1:1921/example#test#123456\",\n    \"username\": \"user\",\n    \"password\": \"example#test#123456\",\n    \"type\": \"POSTGRE\"\n}\nkafka:\n    authType:\n        - sasl\n        - jaas\n        - sasl_plaintext\n        - sasl_ssl\n        - GSSAPI\n    ssl:\n        -PLAIN\n        -GSSAPI\n{\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"host\": \"1.1.1.1:9092\",\n    \"ssl\": \"GSSAPI\",\n    \"authType\": \"sasl\",\n    \"type\": \"KAFKA\",\n    \"principal\": \"aaaa\",\n    \"serviceName\": \"kafka\"\n}\n\ncos:\n{\n    \"region\": \"ap-shanghai\",\n    \"deployType\": \"INSTANCE\",\n    \"secretId\": \"aaaaa\",\n    \"secretKey\": \"example#test#123456\",\n    \"bucket\": \"aaa\",\n    \"type\": \"COS\"\n}\n\n```",
        "zh": "数据源的配置信息，以JSON KV存储，根据每个数据源类型不同，而KV存储信息不同\n\n> deployType: \nCONNSTR_PUBLICDB(公网实例) \nCONNSTR_CVMDB(自建实例)\nINSTANCE(云实例)\n\n```\nmysql: 自建实例\n{\n    \"deployType\": \"CONNSTR_CVMDB\",\n    \"url\": \"jdbc:mysql://1.1.1.1:1111/example#test#123456\",\n    \"username\": \"root\",\n    \"password\": \"example#test#123456\",\n    \"region\": \"ap-shanghai\",\n    \"vpcId\": \"vpc-kprq42yo\",\n    \"type\": \"MYSQL\"\n}\nmysql: 云实例\n{\n    \"instanceid\": \"cdb-12uxdo5e\",\n    \"db\": \"db\",\n    \"region\": \"ap-shanghai\",\n    \"username\": \"msyql\",\n    \"password\": \"example#test#123456\",\n    \"deployType\": \"INSTANCE\",\n    \"type\": \"TENCENT_MYSQL\"\n}\nsql_server: \n{\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"url\": \"jdbc:sqlserver://1.1.1.1:223;example#test#123456\",\n    \"username\": \"user_1\",\n    \"password\": \"example#test#123456\",\n    \"type\": \"SQLSERVER\"\n}\nredis:\n    redisType:\n    -NO_ACCOUT(免账号)\n    -SELF_ACCOUNT(自定义账号)\n{\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"username\":\"\"\n    \"password\": \"example#test#123456\",\n    \"ip\": \"1.1.1.1\",\n    \"port\": \"6379\",\n    \"redisType\": \"NO_ACCOUT\",\n    \"type\": \"REDIS\"\n}\noracle: \n{\n    \"deployType\": \"CONNSTR_CVMDB\",\n    \"url\": \"jdbc:oracle:thin:@1.1.1.1:1521:example#test#123456\",\n    \"username\": \"oracle\",\n    \"password\": \"example#test#123456\",\n    \"region\": \"ap-shanghai\",\n    \"vpcId\": \"vpc-kprq42yo\",\n    \"type\": \"ORACLE\"\n}\nmongodb:\n    advanceParams(自定义参数，会拼接至url后)\n{\n    \"advanceParams\": [\n        {\n            \"key\": \"authSource\",\n            \"value\": \"auth\"\n        }\n    ],\n    \"db\": \"admin\",\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"username\": \"user\",\n    \"password\": \"example#test#123456\",\n    \"type\": \"MONGODB\",\n    \"host\": \"1.1.1.1:9200\"\n}\npostgresql:\n{\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"url\": \"jdbc:postgresql://1.1.1.1:1921/example#test#123456\",\n    \"username\": \"user\",\n    \"password\": \"example#test#123456\",\n    \"type\": \"POSTGRE\"\n}\nkafka:\n    authType:\n        - sasl\n        - jaas\n        - sasl_plaintext\n        - sasl_ssl\n        - GSSAPI\n    ssl:\n        -PLAIN\n        -GSSAPI\n{\n    \"deployType\": \"CONNSTR_PUBLICDB\",\n    \"host\": \"1.1.1.1:9092\",\n    \"ssl\": \"GSSAPI\",\n    \"authType\": \"sasl\",\n    \"type\": \"KAFKA\",\n    \"principal\": \"aaaa\",\n    \"serviceName\": \"kafka\"\n}\n\ncos:\n{\n    \"region\": \"ap-shanghai\",\n    \"deployType\": \"INSTANCE\",\n    \"secretId\": \"aaaaa\",\n    \"secretKey\": \"example#test#123456\",\n    \"bucket\": \"aaa\",\n    \"type\": \"COS\"\n}\n\n```"
      },
      {
        "name": "DevConProperties",
        "type": "string",
        "required": false,
        "description": "This field is required if the project is in standard mode.",
        "zh": "若项目为标准模式，则此字段必填"
      },
      {
        "name": "ProdFileUpload",
        "type": "object",
        "required": false,
        "description": "Upload data source file in live production environment.",
        "zh": "生产环境数据源文件上传"
      },
      {
        "name": "DevFileUpload",
        "type": "object",
        "required": false,
        "description": "Upload data source file in development environment.",
        "zh": "开发环境数据源文件上传"
      },
      {
        "name": "DisplayName",
        "type": "string",
        "required": false,
        "description": "Data source display name for visual inspection.",
        "zh": "数据源展示名，为了可视化查看"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Data source description information",
        "zh": "数据源描述信息"
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
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "AlarmRuleId",
        "type": "string",
        "required": true,
        "description": "Specifies the unique id of the Alarm rule, obtained through the GetAlarmRule/ListAlarmRule api.",
        "zh": "告警规则唯一id，通过接口GetAlarmRule/ListAlarmRule获取"
      },
      {
        "name": "AlarmRuleName",
        "type": "string",
        "required": false,
        "description": "Specifies the new rule name of the Alarm rule.",
        "zh": "告警规则新的规则名称"
      },
      {
        "name": "MonitorObjectType",
        "type": "integer",
        "required": false,
        "description": "Monitoring Object Type\n\nTask-level Monitoring - Can be configured by Task / Workflow / Project:\n1 = Task (default)\n2 = Workflow\n3 = Project\n\nProject-level Monitoring - Monitors overall task fluctuations within a project:\n7 = Project fluctuation monitoring alarm",
        "zh": "监控对象类型, \n任务维度监控： 可按照任务/工作流/项目来配置：1.任务、2.工作流、3.项目（默认为1.任务） \n项目维度监控： 项目整体任务波动告警， 7：项目波动监控告警"
      },
      {
        "name": "MonitorObjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Pass different business IDs based on the MonitorType setting:\n\n1 (Task): MonitorObjectIds should be a list of task IDs.\n\n2 (Workflow): MonitorObjectIds should be a list of workflow IDs (workflow IDs can be obtained via the ListWorkflows API).\n\n3 (Project): MonitorObjectIds should be a list of project IDs.",
        "zh": "根据MonitorType 的设置传入不同的业务id，如下1（任务）： MonitorObjectIds为任务id列表2（工作流）： MonitorObjectIds 为工作流id列表(工作流id可从接口ListWorkflows获取)3（项目）： MonitorObjectIds为项目id列表"
      },
      {
        "name": "AlarmTypes",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Alarm Rule Monitoring Types\n\nfailure: Failure alarm\n\novertime: Timeout alarm\n\nsuccess: Success alarm\n\nbackTrackingOrRerunSuccess: Alarm when backfill/rerun succeeds\n\nbackTrackingOrRerunFailure: Alarm when backfill/rerun fails\n\nprojectFailureInstanceUpwardFluctuationAlarm: Alarm when the upward fluctuation rate of failed instances for the day exceeds the threshold\n\nprojectFailureInstanceUpwardVolatilityAlarm: Alarm when the upward fluctuation count of failed instances for the day exceeds the threshold\n\nprojectSuccessInstanceDownwardFluctuationAlarm: Alarm when the downward fluctuation rate of successful instances for the day exceeds the threshold\n\nprojectSuccessInstanceDownwardVolatilityAlarm: Alarm when the downward fluctuation count of successful instances for the day exceeds the threshold\n\nprojectFailureInstanceCountAlarm: Alarm when the number of failed instances for the day exceeds the threshold\n\nprojectFailureInstanceProportionAlarm: Alarm when the proportion of failed instances for the day exceeds the threshold\n\nreconciliationFailure: Alarm when offline reconciliation task fails\n\nreconciliationOvertime: Alarm when offline reconciliation task runs overtime\n\nreconciliationMismatch: Alarm when the number of mismatched records in reconciliation exceeds the threshold",
        "zh": "告警规则监控类型 failure：失败告警 ；overtime：超时告警 success：成功告警; backTrackingOrRerunSuccess: 补录重跑成功告警 backTrackingOrRerunFailure：补录重跑失败告警； 项目波动告警 projectFailureInstanceUpwardFluctuationAlarm： 当天失败实例数向上波动率超过阀值告警； projectFailureInstanceUpwardVolatilityAlarm：当天失败实例数向上波动量超过阀值告警 projectSuccessInstanceDownwardFluctuationAlarm：当天成功实例数向下波动率超过阀值告警； projectSuccessInstanceDownwardVolatilityAlarm： 当天成功实例数向下波动量超过阀值告警 projectFailureInstanceCountAlarm: 当天失败实例数超过阀值告警 projectFailureInstanceProportionAlarm： 当天失败实例数占比超过阀值告警 离线集成任务对账告警： reconciliationFailure： 离线对账任务失败告警 reconciliationOvertime： 离线对账任务运行超时告警 reconciliationMismatch： 数据对账任务不一致条数超过阀值告警"
      },
      {
        "name": "AlarmRuleDetail",
        "type": "object",
        "required": false,
        "description": "Alarm Rule Configuration Information\n\nSuccess Alarms - No configuration required;\n\nFailure Alarms - Can be configured to trigger on the first failure or on all retry failures;\n\nTimeout Alarms - Require configuration of the timeout type and timeout threshold;\n\nProject Fluctuation Alarms - Require configuration of the fluctuation rate and the debounce cycle.",
        "zh": "告警规则配置信息 成功告警无需配置；失败告警可以配置首次失败告警或者所有重试失败告警；超时配置需要配置超时类型及超时阀值；项目波动告警需要配置波动率及防抖周期配置"
      },
      {
        "name": "Status",
        "type": "integer",
        "required": false,
        "description": "Enable status of the Alarm rule. valid values: 0 (disabled), 1 (enabled).",
        "zh": "告警规则的启用状态0--禁用1--启用"
      },
      {
        "name": "AlarmLevel",
        "type": "integer",
        "required": false,
        "description": "Alarm level. 1. ordinary, 2. important, 3. critical.",
        "zh": "告警级别 1.普通、2.重要、3.紧急"
      },
      {
        "name": "AlarmGroups",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Describes the Alarm recipient configuration message.",
        "zh": "告警接收人配置信息"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Alarm description.",
        "zh": "告警描述信息"
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
        "description": "Project ID",
        "zh": "所属项目Id"
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task Id list. specifies the list of task ids.",
        "zh": "任务Id列表"
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": true,
        "description": "Task owner Id.",
        "zh": "任务负责人Id"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "OwnerIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Owner UIN.",
        "zh": "负责人UIN"
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Task ID set to modify.",
        "zh": "将要修改的任务ID集合"
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
        "description": "Modify the project ID.",
        "zh": "目标修改的项目ID"
      },
      {
        "name": "DisplayName",
        "type": "string",
        "required": false,
        "description": "Project display name can be a chinese name and must be unique within the tenant scope.",
        "zh": "项目显示名称，可以为中文名,需要租户范围内唯一"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Remarks",
        "zh": "备注"
      },
      {
        "name": "ProjectOwnerUin",
        "type": "string",
        "required": false,
        "description": "Project leader id.",
        "zh": "项目负责人id"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "ResourceId",
        "type": "string",
        "required": true,
        "description": "Resource file ID. Can be obtained through the ListResourceFiles API.",
        "zh": "资源文件ID,可通过ListResourceFiles接口获取"
      },
      {
        "name": "ResourceFile",
        "type": "string",
        "required": false,
        "description": "-Upload file or manually enter value. only select one method. if both are provided, the sequence is file > manually entered value.\n-Manually entered value must be existing cos path. parentFolderPath specifies the parent folder path. name specifies the file name. value example for manually entered value:.\n     /datastudio/resource/projectId/parentFolderPath/name",
        "zh": "- 上传文件及手填两种方式只能选择其一，如果两者均提供，取值顺序为文件>手填值\n-  手填值必须是存在的cos路径, parentFolderPath为父文件夹路径, name为文件名, 手填值取值示例:\n     /datastudio/resource/projectId/parentFolderPath/name"
      },
      {
        "name": "ResourceName",
        "type": "string",
        "required": false,
        "description": "Resource name, preferably kept consistent with the file name.",
        "zh": "资源名称, 尽可能和文件名保持一致"
      },
      {
        "name": "BundleId",
        "type": "string",
        "required": false,
        "description": "Bundle Client ID.",
        "zh": "bundle客户端ID"
      },
      {
        "name": "BundleInfo",
        "type": "string",
        "required": false,
        "description": "Bundle Client Name",
        "zh": "bundle客户端名称"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID. obtain through the  ListResourceFolders API.",
        "zh": "文件夹ID, 可通过ListResourceFolders接口获取"
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "Folder name.",
        "zh": "文件夹名称"
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
        "description": "Resource group ID",
        "zh": "资源组id"
      },
      {
        "name": "Type",
        "type": "string",
        "required": false,
        "description": "**Change configuration (cannot include both modification, renewal, and resource package quantity changes). configuration changes cannot modify the resource group type.**.\n\nReal-Time integration resource group.  \n-i32c (real-time data sync - 16c64G).\n\nOffline integration resource group.\n-integrated (offline data sync-8C16G).\n-i16 (offline data sync-8C32G).\n\nScheduling resource group.\n-test specification.\n-S_small (basic specification).\n-S_medium (general specifications).\n-S_large (professional specification).\n\nData service resource group.\n-Test specification.\n-ds_s(Basic specification).\n-ds_m (general specifications).\n-ds_l (professional specification).",
        "zh": "**变更配置(变配、续费、修改资源包数量 不能同时操作), 变配无法修改资源组类型**\n\n实时集成资源组  \n- i32c(实时数据同步-16C64G)\n\n离线集成资源组\n- integrated(离线数据同步-8C16G)\n- i16(离线数据同步-8C32G)\n\n调度资源组\n- s_test(测试规格)\n- s_small(基础规格)\n- s_medium(普及规格)\n- s_large(专业规格)\n\n数据服务资源组\n- ds_t(测试规格)\n- ds_s(基础规格)\n- ds_m(普及规格)\n- ds_l(专业规格)"
      },
      {
        "name": "PurchasePeriod",
        "type": "integer",
        "required": false,
        "description": "Renewal period, unit month (cannot include both modification, renewal, and resource package quantity changes).",
        "zh": "续费时长，单位月(变配、续费、修改资源包数量 不能同时操作)"
      },
      {
        "name": "Number",
        "type": "object",
        "required": false,
        "description": "Add or reduce the number of resource packages (modification, renewal, and changing the number of resource packages cannot include both).",
        "zh": "增加/减少资源包的数量(变配、续费、修改资源包数量 不能同时操作)"
      },
      {
        "name": "AutoRenewEnabled",
        "type": "boolean",
        "required": false,
        "description": "Auto-Renewal or not. the renewal parameters take effect when PurchasePeriod is not empty.",
        "zh": "是否自动续费，续费参数PurchasePeriod不为空时可以生效"
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
        "description": "Folder ID",
        "zh": "文件夹Id"
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "Folder name.",
        "zh": "文件夹名称"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "AccessScope",
        "type": "string",
        "required": false,
        "description": "Access permission: SHARED, PRIVATE.",
        "zh": "权限范围：SHARED, PRIVATE"
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
        "description": "Script Id.",
        "zh": "探索脚本Id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID.",
        "zh": "项目Id"
      },
      {
        "name": "ScriptConfig",
        "type": "object",
        "required": false,
        "description": "Specifies the script configuration for data exploration.",
        "zh": "数据探索脚本配置"
      },
      {
        "name": "ScriptContent",
        "type": "string",
        "required": false,
        "description": "Specifies the script content, needs to be Base64 encoded.",
        "zh": "脚本内容, 需要用Base64编码"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务ID"
      },
      {
        "name": "Task",
        "type": "object",
        "required": true,
        "description": "Describes the basic attributes of the task.",
        "zh": "任务基本属性"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID.",
        "zh": "工作流ID"
      },
      {
        "name": "TaskFolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID, obtain through the ListTaskFolders api.",
        "zh": "文件夹ID，可通过ListTaskFolders接口获取"
      },
      {
        "name": "TaskFolderName",
        "type": "string",
        "required": true,
        "description": "Updated task folder name.",
        "zh": "更新后的任务文件夹名称"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID.",
        "zh": "任务ID"
      },
      {
        "name": "NewSetting",
        "type": "object",
        "required": false,
        "description": "Task basic attributes.",
        "zh": "任务基本属性"
      },
      {
        "name": "FieldToRemoveList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Delete field content, identified in the form of property paths, with deleted values separated by \":\" and multiple values separated by \",\" delete the attribute \"TaskConfiguration/TaskSchedulingParameterList:aa,bb\" where ParamKey is aa,bb in scheduling parameters delete the upstream dependency \"TaskSchedulerConfiguration/UpstreamDependencyConfigList:2509162129381111,2509162129381112\" where TaskId is 2509162129381111,2509162129381112 in upstream dependencies delete the downstream dependency \"TaskSchedulerConfiguration/DownStreamDependencyConfigList:2509162129382222,2509162129382223\" where TaskId is 2509162129382222,2509162129382223 in downstream circular dependencies delete the event \"TaskSchedulerConfiguration/EventListenerList:event_250916_213234,event_250916_213235\" where EventName is event_250916_213234,event_250916_213235 in events delete the parameter \"TaskSchedulerConfiguration/ParamTaskOutList:pp_out,pp_1\" where ParamKey is pp_out,pp_1 in parameter output transmission delete the parameter \"TaskSchedulerConfiguration/ParamTaskInList:pp_in,pp_1\" where ParamKey is pp_in,pp_1 in parameter application delete the output registration \"TaskSchedulerConfiguration/TaskOutputRegistryList:6578laxif4d1\" where TablePhysicalId is 6578laxif4d1 in product registration.",
        "zh": "删除字段内容，采用属性路径的形式标识，删除的值以\":\"分割，多个值以\",\"分割 // 删除调度参数中 ParamKey 为 aa,bb 的属性 \"TaskConfiguration/TaskSchedulingParameterList:aa,bb\" // 删除上游依赖中 TaskId 为 2509162129381111,2509162129381112 的上游依赖 \"TaskSchedulerConfiguration/UpstreamDependencyConfigList:2509162129381111,2509162129381112\" // 删除下游循环依赖中 TaskId 为 2509162129382222,2509162129382223 的下游依赖 \"TaskSchedulerConfiguration/DownStreamDependencyConfigList:2509162129382222,2509162129382223\" // 删除事件中 EventName 为 event_250916_213234,event_250916_213235 的事件 \"TaskSchedulerConfiguration/EventListenerList:event_250916_213234,event_250916_213235\" // 删除传递参数输出中 ParamKey 为 pp_out,pp_1 的参数 \"TaskSchedulerConfiguration/ParamTaskOutList:pp_out,pp_1\" // 删除传递参数应用中 ParamKey 为 pp_in,pp_1 的参数 \"TaskSchedulerConfiguration/ParamTaskInList:pp_in,pp_1\" // 删除产品登记中 TablePhysicalId 为6578laxif4d1的产出登记 \"TaskSchedulerConfiguration/TaskOutputRegistryList:6578laxif4d1\""
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID.",
        "zh": "任务ID"
      },
      {
        "name": "Task",
        "type": "object",
        "required": true,
        "description": "Task basic attributes.",
        "zh": "任务基本属性"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID.",
        "zh": "任务ID"
      },
      {
        "name": "NewSetting",
        "type": "object",
        "required": false,
        "description": "Task basic attributes.",
        "zh": "任务基本属性"
      },
      {
        "name": "FieldToRemoveList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Delete field content, identified in the form of property paths, with deleted values separated by \":\" and multiple values separated by \",\" delete the attribute \"TaskConfiguration/TaskSchedulingParameterList:aa,bb\" where ParamKey is aa,bb in scheduling parameters delete the upstream dependency \"TaskSchedulerConfiguration/UpstreamDependencyConfigList:2509162129381111,2509162129381112\" where TaskId is 2509162129381111,2509162129381112 in upstream dependencies delete the downstream dependency \"TaskSchedulerConfiguration/DownStreamDependencyConfigList:2509162129382222,2509162129382223\" where TaskId is 2509162129382222,2509162129382223 in downstream circular dependencies delete the event \"TaskSchedulerConfiguration/EventListenerList:event_250916_213234,event_250916_213235\" where EventName is event_250916_213234,event_250916_213235 in events delete the parameter \"TaskSchedulerConfiguration/ParamTaskOutList:pp_out,pp_1\" where ParamKey is pp_out,pp_1 in parameter output transmission delete the parameter \"TaskSchedulerConfiguration/ParamTaskInList:pp_in,pp_1\" where ParamKey is pp_in,pp_1 in parameter application delete the output registration \"TaskSchedulerConfiguration/TaskOutputRegistryList:6578laxif4d1\" where TablePhysicalId is 6578laxif4d1 in product registration.",
        "zh": "删除字段内容，采用属性路径的形式标识，删除的值以\":\"分割，多个值以\",\"分割 // 删除调度参数中 ParamKey 为 aa,bb 的属性 \"TaskConfiguration/TaskSchedulingParameterList:aa,bb\" // 删除上游依赖中 TaskId 为 2509162129381111,2509162129381112 的上游依赖 \"TaskSchedulerConfiguration/UpstreamDependencyConfigList:2509162129381111,2509162129381112\" // 删除下游循环依赖中 TaskId 为 2509162129382222,2509162129382223 的下游依赖 \"TaskSchedulerConfiguration/DownStreamDependencyConfigList:2509162129382222,2509162129382223\" // 删除事件中 EventName 为 event_250916_213234,event_250916_213235 的事件 \"TaskSchedulerConfiguration/EventListenerList:event_250916_213234,event_250916_213235\" // 删除传递参数输出中 ParamKey 为 pp_out,pp_1 的参数 \"TaskSchedulerConfiguration/ParamTaskOutList:pp_out,pp_1\" // 删除传递参数应用中 ParamKey 为 pp_in,pp_1 的参数 \"TaskSchedulerConfiguration/ParamTaskInList:pp_in,pp_1\" // 删除产品登记中 TablePhysicalId 为6578laxif4d1的产出登记 \"TaskSchedulerConfiguration/TaskOutputRegistryList:6578laxif4d1\""
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
        "description": "Project ID.",
        "zh": "<p>项目ID</p>"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID.",
        "zh": "<p>工作流ID</p>"
      },
      {
        "name": "WorkflowName",
        "type": "string",
        "required": false,
        "description": "Workflow name.",
        "zh": "<p>工作流名称</p>"
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "Responsible person ID.",
        "zh": "<p>责任人ID</p>"
      },
      {
        "name": "WorkflowDesc",
        "type": "string",
        "required": false,
        "description": "Remarks",
        "zh": "<p>备注</p>"
      },
      {
        "name": "WorkflowParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Workflow parameter list.",
        "zh": "<p>工作流参数列表</p>"
      },
      {
        "name": "TriggerWorkflowSchedulerConfigurations",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Unify scheduling parameters.",
        "zh": "<p>统一调度参数</p>"
      },
      {
        "name": "BundleId",
        "type": "string",
        "required": false,
        "description": "BundleId item.",
        "zh": "<p>BundleId项</p>"
      },
      {
        "name": "BundleInfo",
        "type": "string",
        "required": false,
        "description": "Bundle info.",
        "zh": "<p>Bundle信息</p>"
      },
      {
        "name": "GeneralTaskParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "General parameters configuration.",
        "zh": "<p>通用参数配置</p>"
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
        "description": "Project ID.",
        "zh": "<p>项目ID</p>"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID.",
        "zh": "<p>工作流ID</p>"
      },
      {
        "name": "NewSetting",
        "type": "object",
        "required": false,
        "description": "Responsible person ID.",
        "zh": "<p>责任人ID</p>"
      },
      {
        "name": "FieldToRemoveList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Delete field content, identify in the form of property path, separate deleted values with \":\" and multiple values with \",\".\nDelete the attributes \"WorkflowParams:aa,bb\" where ParamKey is aa,bb in the scheduling parameters.\nDelete the scheduling configuration with TriggerId \"da46d950-d5ca-4cfb-a5a9-f3c2eeea1bf0\" in TriggerWorkflowSchedulerConfigurations. \nDelete the spark sql general parameter \"GeneralTaskParams: spark_sql\".",
        "zh": "<p>删除字段内容，采用属性路径的形式标识，删除的值以&quot;:&quot;分割，多个值以&quot;,&quot;分割<br> // 删除调度参数中 ParamKey 为 aa,bb 的属性 &quot;WorkflowParams:aa,bb&quot;<br> // 删除配置的 TriggerId 为 da46d950-d5ca-4cfb-a5a9-f3c2eeea1bf0 的调度配置&quot;TriggerWorkflowSchedulerConfigurations :da46d950-d5ca-4cfb-a5a9-f3c2eeea1bf0&quot;<br>// 删除spark sql通用参数 &quot;GeneralTaskParams: SPARK_SQL&quot;</p>"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID.",
        "zh": "工作流ID"
      },
      {
        "name": "WorkflowName",
        "type": "string",
        "required": false,
        "description": "Workflow name.",
        "zh": "工作流名称"
      },
      {
        "name": "OwnerUin",
        "type": "string",
        "required": false,
        "description": "Owner ID.",
        "zh": "责任人ID"
      },
      {
        "name": "WorkflowDesc",
        "type": "string",
        "required": false,
        "description": "Remarks.",
        "zh": "备注"
      },
      {
        "name": "WorkflowParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Workflow parameter list.",
        "zh": "工作流参数列表"
      },
      {
        "name": "WorkflowSchedulerConfiguration",
        "type": "object",
        "required": false,
        "description": "Specifies unified scheduling parameters.",
        "zh": "统一调度参数"
      },
      {
        "name": "BundleId",
        "type": "string",
        "required": false,
        "description": "BundleId item.",
        "zh": "BundleId项"
      },
      {
        "name": "BundleInfo",
        "type": "string",
        "required": false,
        "description": "Bundle info.",
        "zh": "Bundle信息"
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
        "description": "Project ID.",
        "zh": "项目ID"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID. obtain through the ListWorkflowFolders API.",
        "zh": "文件夹ID，可通过ListWorkflowFolders接口获取"
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "Specifies the folder name after update.",
        "zh": "更新后的文件夹名称"
      }
    ]
  }
};
