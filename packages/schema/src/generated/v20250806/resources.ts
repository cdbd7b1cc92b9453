// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ResourceFamily } from "../../resources.js";

/**
 * The resource families of this version: the actions on one noun, the id they share, the members that
 * scope it and answer templates (inferred from the spec; `x-tc-resource` in the overlay corrects it).
 */
export const resources: readonly ResourceFamily[] = [
  {
    "name": "CodeFile",
    "id": {
      "name": "CodeFileId",
      "type": "uuid"
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateCodeFile",
      "id": [
        "Data",
        "CodeFileId"
      ],
      "answer": {
        "Data": {
          "CodeFileId": "",
          "CodeFileName": "",
          "OwnerUin": "",
          "CodeFileConfig": {
            "Params": "",
            "NotebookSessionInfo": {
              "NotebookSessionId": "",
              "NotebookSessionName": ""
            }
          },
          "CodeFileContent": "",
          "UpdateUserUin": "",
          "ProjectId": "",
          "UpdateTime": "",
          "CreateTime": "",
          "AccessScope": "",
          "Path": "",
          "ParentFolderPath": "",
          "VersionId": ""
        }
      }
    },
    "read": {
      "action": "GetCodeFile",
      "id": [
        "CodeFileId"
      ],
      "answer": {
        "Data": {
          "CodeFileId": "",
          "CodeFileName": "",
          "OwnerUin": "",
          "CodeFileConfig": {
            "Params": "",
            "NotebookSessionInfo": {
              "NotebookSessionId": "",
              "NotebookSessionName": ""
            }
          },
          "CodeFileContent": "",
          "UpdateUserUin": "",
          "ProjectId": "",
          "UpdateTime": "",
          "CreateTime": "",
          "AccessScope": "",
          "Path": "",
          "ParentFolderPath": "",
          "VersionId": ""
        }
      }
    },
    "update": [
      {
        "action": "UpdateCodeFile",
        "id": [
          "CodeFileId"
        ]
      }
    ],
    "delete": {
      "action": "DeleteCodeFile",
      "id": [
        "CodeFileId"
      ]
    },
    "seeds": [
      {
        "ProjectId": "1470547050521227264",
        "CodeFileId": "c0e17cbc-7226-47d4-b9f2-f591705a9ffc"
      },
      {
        "ProjectId": "1470547050521227264",
        "CodeFileId": "2bfa8813-344f-4858-a2cc-7a07bd10ac1d"
      },
      {
        "ProjectId": "1470547050521227264",
        "CodeFileId": "ac352f81-9fd5-4a1e-9fd9-d33ed1de8b38"
      }
    ]
  },
  {
    "name": "CodeFolder",
    "id": {
      "name": "FolderId",
      "type": "uuid"
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateCodeFolder",
      "id": [
        "Data",
        "FolderId"
      ],
      "answer": {
        "Data": {
          "FolderId": ""
        }
      }
    },
    "read": {
      "action": "GetCodeFolder",
      "id": [
        "FolderId"
      ],
      "answer": {
        "Data": {
          "Id": "",
          "Title": "",
          "Type": "",
          "IsLeaf": false,
          "Params": "",
          "AccessScope": "",
          "Path": "",
          "OwnerUin": "",
          "CreateUserUin": "",
          "NodePermission": "",
          "Children": [],
          "ParentFolderPath": ""
        }
      }
    },
    "update": [
      {
        "action": "UpdateCodeFolder",
        "id": [
          "FolderId"
        ]
      }
    ],
    "delete": {
      "action": "DeleteCodeFolder",
      "id": [
        "FolderId"
      ]
    },
    "seeds": [
      {
        "ProjectId": "1464962169590902784",
        "FolderId": "fa659130-3ea8-4332-bd2a-05d87d92c04a"
      },
      {
        "ProjectId": "1470547050521227264",
        "FolderId": "2ee111df-5573-4ac4-9f93-cf9e8e438d80"
      }
    ]
  },
  {
    "name": "DataBackfillPlan",
    "id": {
      "name": "DataBackfillPlanId",
      "type": "uuid"
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateDataBackfillPlan",
      "id": [
        "Data",
        "DataBackfillPlanId"
      ],
      "answer": {
        "Data": {
          "DataBackfillPlanId": ""
        }
      }
    },
    "read": {
      "action": "GetDataBackfillPlan",
      "id": [
        "DataBackfillPlanId"
      ],
      "answer": {
        "Data": {
          "ProjectId": "",
          "DataBackfillPlanId": "",
          "DataBackfillPlanName": "",
          "TaskIds": [],
          "DataBackfillRangeList": [],
          "CheckParentType": "",
          "SkipEventListening": false,
          "RedefineParallelNum": 0,
          "RedefineSelfWorkflowDependency": "",
          "SchedulerResourceGroupId": "",
          "IntegrationResourceGroupId": "",
          "RedefineCycleType": "",
          "RedefineParamList": [],
          "StartTime": "",
          "EndTime": "",
          "CreateUserUin": "",
          "CompletePercent": 0,
          "SuccessPercent": 0,
          "DataTimeOrder": ""
        }
      }
    },
    "update": [],
    "delete": {
      "action": "DeleteDataBackfillPlanAsync",
      "id": [
        "DataBackfillPlanId"
      ]
    },
    "seeds": [
      {
        "ProjectId": "1460947878944567296",
        "DataBackfillPlanId": "13faeebf-4c61-4289-924b-7fc8b6f8ca6a"
      },
      {
        "ProjectId": "16098944567296",
        "DataBackfillPlanId": "2025111g161207660"
      }
    ]
  },
  {
    "name": "DataSource",
    "id": {
      "name": "Id",
      "alias": "DataSourceId",
      "type": "integer"
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateDataSource",
      "id": [
        "Data",
        "DataSourceId"
      ],
      "answer": {
        "Data": {
          "Status": false,
          "DataSourceId": 0
        }
      }
    },
    "read": {
      "action": "GetDataSource",
      "id": [
        "Id"
      ],
      "answer": {
        "Data": {
          "ProjectId": "",
          "Id": 0,
          "Type": "",
          "Name": "",
          "DisplayName": "",
          "Description": "",
          "ProjectName": "",
          "CreateUser": "",
          "CreateTime": "",
          "ModifyUser": "",
          "ModifyTime": "",
          "ProdConProperties": "",
          "DevConProperties": "",
          "Category": ""
        }
      }
    },
    "update": [
      {
        "action": "UpdateDataSource",
        "id": [
          "Id"
        ]
      }
    ],
    "delete": {
      "action": "DeleteDataSource",
      "id": [
        "Id"
      ]
    },
    "list": {
      "action": "ListDataSources",
      "answer": {
        "Data": {
          "PageNumber": 0,
          "PageSize": 0,
          "Items": [],
          "TotalCount": 0,
          "TotalPageNumber": 0
        }
      },
      "item": {
        "ProjectId": "",
        "Id": 0,
        "Type": "",
        "Name": "",
        "DisplayName": "",
        "Description": "",
        "ProjectName": "",
        "CreateUser": "",
        "CreateTime": "",
        "ModifyUser": "",
        "ModifyTime": "",
        "ProdConProperties": "",
        "DevConProperties": "",
        "Category": ""
      }
    },
    "seeds": [
      {
        "ProjectId": "1460947878944567296",
        "Id": 62268
      },
      {
        "ProjectId": "1460947878944567296",
        "Id": 62266
      },
      {
        "ProjectId": "1460947878944567296",
        "Id": 62267
      },
      {
        "ProjectId": "1460947878944567296",
        "Category": "DB",
        "CreateTime": "2025-09-03 00:11:03",
        "CreateUser": "100028579606",
        "Description": null,
        "DevConProperties": null,
        "DisplayName": "mysql_2",
        "Id": 62268,
        "ModifyTime": "2025-09-03 00:11:03",
        "ModifyUser": "100028579606",
        "Name": "mysql_2",
        "ProdConProperties": "{\"newType\":1,\"connectType\":\"public\",\"ip\":\"1.1.1.1\",\"type\":\"MYSQL\",\"authorityType\":\"true\",\"deployType\":\"CONNSTR_CVMDB\",\"url\":\"jdbc:mysql://1.1.1.1:1111/database\",\"password\":\"********\",\"vpcTenantId\":\"1315051789\",\"port\":\"1111\",\"regionAbbr\":\"gz\",\"vpcId\":\"vpc-ds5rpnxh\",\"passwordEncrypt\":\"e3e5315db835fc7f7c70896fa3553d81\",\"region\":\"ap-guangzhou\",\"db\":\"database\",\"username\":\"aaaa\"}",
        "ProjectName": "[调度dev验证项目_new2]",
        "Type": "MYSQL"
      },
      {
        "ProjectId": "1460947878944567296",
        "Category": "DB",
        "CreateTime": "2025-09-03 00:09:19",
        "CreateUser": "100028579606",
        "Description": null,
        "DevConProperties": null,
        "DisplayName": "mysql_1",
        "Id": 62267,
        "ModifyTime": "2025-09-03 00:09:19",
        "ModifyUser": "100028579606",
        "Name": "mysql_1",
        "ProdConProperties": "{\"newType\":1,\"connectType\":\"public\",\"ip\":\"1.1.1.1\",\"type\":\"MYSQL\",\"authorityType\":\"true\",\"deployType\":\"CONNSTR_CVMDB\",\"url\":\"jdbc:mysql://1.1.1.1:1111/database\",\"password\":\"********\",\"vpcTenantId\":\"1315051789\",\"port\":\"1111\",\"regionAbbr\":\"gz\",\"vpcId\":\"vpc-ds5rpnxh\",\"passwordEncrypt\":\"e3e5315db835fc7f7c70896fa3553d81\",\"region\":\"ap-guangzhou\",\"db\":\"database\",\"username\":\"aaaa\"}",
        "ProjectName": "[调度dev验证项目_new2]",
        "Type": "MYSQL"
      },
      {
        "ProjectId": "1460947878944567296",
        "Category": "DB",
        "CreateTime": "2025-09-02 23:58:49",
        "CreateUser": "100029411056",
        "Description": null,
        "DevConProperties": null,
        "DisplayName": "mysql_22",
        "Id": 62266,
        "ModifyTime": "2025-09-02 23:58:49",
        "ModifyUser": "100029411056",
        "Name": "mysql_22",
        "ProdConProperties": "{\"newType\":1,\"advanceParams\":[],\"connectType\":\"public\",\"ip\":\"1.1.1.1\",\"cosBucketName\":\"wedata-fusion-dev-1257305158\",\"cosRegion\":\"ap-nanjing\",\"type\":\"MYSQL\",\"authorityType\":\"true\",\"deployType\":\"CONNSTR_CVMDB\",\"url\":\"jdbc:mysql://1.1.1.1:1111/database\",\"password\":\"********\",\"vpcTenantId\":\"1315051789\",\"port\":\"1111\",\"regionAbbr\":\"sh\",\"vpcId\":\"vpc-3grmb0p6\",\"passwordEncrypt\":\"dd97cae55f379e13a799657430898d93\",\"region\":\"ap-shanghai\",\"db\":\"database\",\"username\":\"root\"}",
        "ProjectName": "[调度dev验证项目_new2]",
        "Type": "MYSQL"
      },
      {
        "ProjectId": "1460947878944567296",
        "Category": "DB",
        "CreateTime": "2025-09-02 23:41:53",
        "CreateUser": "100029411056",
        "Description": null,
        "DevConProperties": null,
        "DisplayName": "mysql_11",
        "Id": 62265,
        "ModifyTime": "2025-09-02 23:41:53",
        "ModifyUser": "100029411056",
        "Name": "mysql_11",
        "ProdConProperties": "{\"newType\":1,\"advanceParams\":[],\"connectType\":\"public\",\"ip\":\"1.1.1.1\",\"cosBucketName\":\"wedata-fusion-dev-1257305158\",\"cosRegion\":\"ap-nanjing\",\"type\":\"MYSQL\",\"authorityType\":\"true\",\"deployType\":\"CONNSTR_CVMDB\",\"url\":\"jdbc:mysql://1.1.1.1:1111/database\",\"password\":\"********\",\"vpcTenantId\":\"1315051789\",\"port\":\"1111\",\"regionAbbr\":\"gz\",\"vpcId\":\"vpc-ds5rpnxh\",\"passwordEncrypt\":\"dd97cae55f379e13a799657430898d93\",\"region\":\"ap-guangzhou\",\"db\":\"database\",\"username\":\"root\"}",
        "ProjectName": "[调度dev验证项目_new2]",
        "Type": "MYSQL"
      },
      {
        "ProjectId": "1460947878944567296",
        "Category": "DB",
        "CreateTime": "2025-08-25 19:53:04",
        "CreateUser": "100028644302",
        "Description": null,
        "DevConProperties": null,
        "DisplayName": "spark_job_dlc",
        "Id": 62260,
        "ModifyTime": "2025-08-25 19:53:04",
        "ModifyUser": "100028644302",
        "Name": "spark_job_dlc",
        "ProdConProperties": "{\"newType\":0,\"datasourceConnectionName\":\"DataLakeCatalog\",\"connectType\":\"cdb\",\"cosBucketName\":\"wedata-fusion-dev-1257305158\",\"cosRegion\":\"ap-nanjing\",\"datasource_connection_name\":\"DataLakeCatalog\",\"type\":\"DLC\",\"authorityType\":\"true\",\"deployType\":\"INSTANCE\",\"url\":\"jdbc:dlc:dlc.internal.tencentcloudapi.com?task_type\\u003dBatchSQLTask\\u0026database_name\\u003dyauluo_test_addel\\u0026datasource_connection_name\\u003dDataLakeCatalog\\u0026region\\u003dap-beijing\\u0026data_engine_name\\u003ddataexplore_test_sparkjob\",\"vurl\":\"jdbc:dlc:dlc.internal.tencentcloudapi.com?task_type\\u003dBatchSQLTask\\u0026database_name\\u003dyauluo_test_addel\\u0026datasource_connection_name\\u003dDataLakeCatalog\\u0026region\\u003dap-beijing\\u0026data_engine_name\\u003ddataexplore_test_sparkjob\",\"dlcResources\":\"[{\\\"ComputeResourceType\\\":\\\"spark\\\",\\\"ComputeResourceTypeDetail\\\":\\\"SparkBatch\\\",\\\"ComputeResource\\\":\\\"dataexplore_test_sparkjob\\\",\\\"Url\\\":\\\"jdbc:dlc:dlc.internal.tencentcloudapi.com?task_type\\u003dBatchSQLTask\\u0026database_name\\u003dyauluo_test_addel\\u0026datasource_connection_name\\u003dDataLakeCatalog\\u0026region\\u003dap-beijing\\u0026data_engine_name\\u003ddataexplore_test_sparkjob\\\",\\\"Mapping\\\":null,\\\"EngineGeneration\\\":\\\"SuperSQL\\\",\\\"Resource\\\":null,\\\"EngineType\\\":null}]\",\"dlcJwtSecret\":\"*********\",\"password\":\"\",\"vpcTenantId\":\"1315051789\",\"regionAbbr\":\"bj\",\"region\":\"ap-beijing\",\"dlcGatewayUrl\":\"https://wedata-api-fusion-dev.cloud.tencent.com\",\"db\":\"yauluo_test_addel\",\"dlcRegion\":\"ap-beijing\"}",
        "ProjectName": "[调度dev验证项目_new2]",
        "Type": "DLC"
      },
      {
        "ProjectId": "1460947878944567296",
        "Category": "DB",
        "CreateTime": "2025-08-25 19:52:13",
        "CreateUser": "100028644302",
        "Description": null,
        "DevConProperties": null,
        "DisplayName": "standard_dlc",
        "Id": 62259,
        "ModifyTime": "2025-08-25 19:52:13",
        "ModifyUser": "100028644302",
        "Name": "standard_dlc",
        "ProdConProperties": "{\"newType\":0,\"datasourceConnectionName\":\"DataLakeCatalog\",\"connectType\":\"cdb\",\"cosBucketName\":\"wedata-fusion-dev-1257305158\",\"cosRegion\":\"ap-nanjing\",\"datasource_connection_name\":\"DataLakeCatalog\",\"type\":\"DLC\",\"authorityType\":\"true\",\"deployType\":\"INSTANCE\",\"url\":\"jdbc:dlc:dlc.internal.tencentcloudapi.com?task_type\\u003dSparkSQLTask\\u0026database_name\\u003dyauluo_test_addel\\u0026datasource_connection_name\\u003dDataLakeCatalog\\u0026region\\u003dap-beijing\\u0026data_engine_name\\u003dnew_dlc_ai_spark\",\"vurl\":\"jdbc:dlc:dlc.internal.tencentcloudapi.com?task_type\\u003dSparkSQLTask\\u0026database_name\\u003dyauluo_test_addel\\u0026datasource_connection_name\\u003dDataLakeCatalog\\u0026region\\u003dap-beijing\\u0026data_engine_name\\u003dnew_dlc_ai_spark\",\"dlcResources\":\"[{\\\"ComputeResourceType\\\":\\\"spark\\\",\\\"ComputeResourceTypeDetail\\\":\\\"StandardSpark\\\",\\\"ComputeResource\\\":\\\"new_dlc_ai_spark\\\",\\\"Url\\\":\\\"jdbc:dlc:dlc.internal.tencentcloudapi.com?task_type\\u003dSparkSQLTask\\u0026database_name\\u003dyauluo_test_addel\\u0026datasource_connection_name\\u003dDataLakeCatalog\\u0026region\\u003dap-beijing\\u0026data_engine_name\\u003dnew_dlc_ai_spark\\\",\\\"Mapping\\\":null,\\\"EngineGeneration\\\":\\\"Native\\\",\\\"Resource\\\":null,\\\"EngineType\\\":null}]\",\"dlcJwtSecret\":\"*********\",\"password\":\"\",\"vpcTenantId\":\"1315051789\",\"regionAbbr\":\"bj\",\"region\":\"ap-beijing\",\"dlcGatewayUrl\":\"https://wedata-api-fusion-dev.cloud.tencent.com\",\"db\":\"yauluo_test_addel\",\"dlcRegion\":\"ap-beijing\"}",
        "ProjectName": "[调度dev验证项目_new2]",
        "Type": "DLC"
      },
      {
        "ProjectId": "1460947878944567296",
        "Category": "DB",
        "CreateTime": "2025-07-25 16:05:43",
        "CreateUser": "100039182306",
        "Description": null,
        "DevConProperties": null,
        "DisplayName": "kyuubi_lhd_test",
        "Id": 62189,
        "ModifyTime": "2025-07-25 16:05:43",
        "ModifyUser": "100039182306",
        "Name": "kyuubi_lhd_test",
        "ProdConProperties": "{\"newType\":0,\"instance\":\"true\",\"connectType\":\"cdb\",\"clusterDeployType\":\"CVM\",\"type\":\"Kyuubi\",\"deployType\":\"INSTANCE\",\"vurl\":\"jdbc:hive2://30.46.228.10:15678,30.46.228.10:14731,30.46.228.10:12445,30.46.228.10:15723/wedata_test;\",\"UniqSubnetId\":\"subnet-kp6lkzlp\",\"password\":\"********\",\"vpcTenantId\":\"1315051789\",\"regionAbbr\":\"bj\",\"vpcId\":\"vpc-a2yxjvxq\",\"host\":\"172.16.0.162:10009,172.16.0.233:10009,172.16.0.251:10009,172.16.1.49:10009\",\"authentication\":\"none\",\"ip\":\"172.16.0.162\",\"cosBucketName\":\"wedata-fusion-dev-1257305158\",\"cosRegion\":\"ap-nanjing\",\"authorityType\":\"true\",\"url\":\"jdbc:hive2://172.16.0.162:10009,172.16.0.233:10009,172.16.0.251:10009,172.16.1.49:10009/wedata_test;\",\"VgwType\":\"0\",\"vhost\":\"30.46.228.10:15678,30.46.228.10:14731,30.46.228.10:12445,30.46.228.10:15723\",\"instanceid\":\"emr-dbcygrxq\",\"instancename\":\"测试专用_AUTOTEST_勿删\",\"port\":\"10009\",\"passwordEncrypt\":\"60c0fe5c0e357bf8aa0b4d1f6ebd973e\",\"region\":\"ap-beijing\",\"kyUrl\":\"jdbc:hive2://172.16.0.162:10009,172.16.0.233:10009,172.16.0.251:10009,172.16.1.49:10009/wedata_test;\",\"db\":\"wedata_test\",\"username\":\"wedata\"}",
        "ProjectName": "[调度dev验证项目_new2]",
        "Type": "Kyuubi"
      },
      {
        "ProjectId": "1460947878944567296",
        "Category": "DB",
        "CreateTime": "2025-07-22 21:51:51",
        "CreateUser": "100038739801",
        "Description": null,
        "DevConProperties": null,
        "DisplayName": "silen_mysql",
        "Id": 62175,
        "ModifyTime": "2025-07-22 21:51:51",
        "ModifyUser": "100038739801",
        "Name": "silen_mysql",
        "ProdConProperties": "{\"newType\":1,\"advanceParams\":[],\"vport\":\"63925\",\"connectType\":\"public\",\"ip\":\"43.137.113.95\",\"publicPort\":\"63925\",\"cosBucketName\":\"wedata-fusion-dev-1257305158\",\"cosRegion\":\"ap-nanjing\",\"publicIp\":\"43.137.113.95\",\"type\":\"MYSQL\",\"authorityType\":\"true\",\"deployType\":\"CONNSTR_PUBLICDB\",\"url\":\"jdbc:mysql://43.137.113.95:63925/wedataDB\",\"vurl\":\"jdbc:mysql://43.137.113.95:63925/wedataDB\",\"password\":\"********\",\"vpcTenantId\":\"1315051789\",\"port\":\"63925\",\"passwordEncrypt\":\"0b3b23b8affddfc907f66ff85afb5939\",\"publicUrl\":\"jdbc:mysql://43.137.113.95:63925/wedataDB\",\"vip\":\"43.137.113.95\",\"db\":\"wedataDB\",\"username\":\"wedata\"}",
        "ProjectName": "[调度dev验证项目_new2]",
        "Type": "MYSQL"
      },
      {
        "ProjectId": "1460947878944567296",
        "Category": "DB",
        "CreateTime": "2025-07-10 21:57:04",
        "CreateUser": "100041133436",
        "Description": null,
        "DevConProperties": null,
        "DisplayName": "starrocks-xzp",
        "Id": 62145,
        "ModifyTime": "2025-07-10 21:57:04",
        "ModifyUser": "100041133436",
        "Name": "starrocks-xzp",
        "ProdConProperties": "{\"newType\":0,\"vport\":\"18703\",\"connectType\":\"public\",\"ip\":\"172.16.7.233\",\"cosBucketName\":\"wedata-fusion-dev-1257305158\",\"cosRegion\":\"ap-nanjing\",\"type\":\"StarRocks\",\"authorityType\":\"true\",\"deployType\":\"CONNSTR_CVMDB\",\"url\":\"jdbc:mysql://172.16.7.233:9030/test\",\"vurl\":\"jdbc:mysql://30.46.228.10:18703/test\",\"password\":\"********\",\"vpcTenantId\":\"1315051789\",\"beUrls\":\"172.16.7.233:8030\",\"port\":\"9030\",\"regionAbbr\":\"bj\",\"vpcId\":\"vpc-a2yxjvxq\",\"passwordEncrypt\":\"d34baadacea36e76d4a54d603e071499\",\"region\":\"ap-beijing\",\"vip\":\"30.46.228.10\",\"db\":\"test\",\"username\":\"root\"}",
        "ProjectName": "[调度dev验证项目_new2]",
        "Type": "StarRocks"
      },
      {
        "ProjectId": "1460947878944567296",
        "Category": "DB",
        "CreateTime": "2025-07-02 22:23:51",
        "CreateUser": "100042282926",
        "Description": null,
        "DevConProperties": null,
        "DisplayName": "bbk_cdb_test2",
        "Id": 62142,
        "ModifyTime": "2025-07-02 22:23:51",
        "ModifyUser": "100042282926",
        "Name": "bbk_cdb_test2",
        "ProdConProperties": "{\"newType\":0,\"advanceParams\":[],\"instance\":\"true\",\"vport\":\"14836\",\"connectType\":\"cdb\",\"type\":\"TDSQLC\",\"deployType\":\"INSTANCE\",\"vurl\":\"jdbc:mysql://30.46.228.10:14836/bbk\",\"password\":\"********\",\"vpcTenantId\":\"1315051789\",\"regionAbbr\":\"bj\",\"vpcId\":\"vpc-a2yxjvxq\",\"vip\":\"30.46.228.10\",\"ip\":\"172.16.0.16\",\"cosBucketName\":\"wedata-fusion-dev-1257305158\",\"cosRegion\":\"ap-nanjing\",\"authorityType\":\"true\",\"version\":\"8.0\",\"url\":\"jdbc:mysql://172.16.0.16:3306/bbk\",\"VgwType\":\"0\",\"instanceid\":\"cynosdbmysql-ins-d6b01mhr\",\"instancename\":\"cynosdbmysql-ins-d6b01mhr\",\"port\":\"3306\",\"passwordEncrypt\":\"f428e1ed1fd4ea3402289ba32f80cbc6\",\"region\":\"ap-beijing\",\"db\":\"bbk\",\"username\":\"root\"}",
        "ProjectName": "[调度dev验证项目_new2]",
        "Type": "TDSQLC"
      }
    ]
  },
  {
    "name": "OpsAlarmRule",
    "id": {
      "name": "AlarmRuleId",
      "type": "uuid"
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateOpsAlarmRule",
      "id": [
        "Data",
        "AlarmRuleId"
      ],
      "answer": {
        "Data": {
          "AlarmRuleId": ""
        }
      }
    },
    "read": {
      "action": "GetOpsAlarmRule",
      "id": [
        "AlarmRuleId"
      ],
      "answer": {
        "Data": {
          "AlarmRuleId": "",
          "AlarmRuleName": "",
          "Description": "",
          "MonitorObjectType": 0,
          "MonitorObjectIds": [],
          "AlarmTypes": [],
          "Status": 0,
          "AlarmRuleDetail": {
            "Trigger": 0,
            "DataBackfillOrRerunTrigger": 0,
            "TimeOutExtInfo": [],
            "DataBackfillOrRerunTimeOutExtInfo": [],
            "ProjectInstanceStatisticsAlarmInfoList": [],
            "ReconciliationExtInfo": [],
            "MonitorWhiteTasks": [],
            "WorkflowCompletionTimeCycleExtInfo": [],
            "WorkflowExecutionTrigger": 0,
            "WorkflowExecutionFailureTrigger": 0,
            "WorkflowExecutionSuccessTrigger": 0
          },
          "AlarmLevel": 0,
          "OwnerUin": "",
          "BundleId": "",
          "BundleInfo": "",
          "AlarmGroups": []
        }
      }
    },
    "update": [
      {
        "action": "UpdateOpsAlarmRule",
        "id": [
          "AlarmRuleId"
        ]
      }
    ],
    "delete": {
      "action": "DeleteOpsAlarmRule",
      "id": [
        "AlarmRuleId"
      ]
    },
    "list": {
      "action": "ListOpsAlarmRules",
      "answer": {
        "Data": {
          "PageNumber": 0,
          "PageSize": 0,
          "TotalPageNumber": 0,
          "TotalCount": 0,
          "Items": []
        }
      },
      "item": {
        "AlarmRuleId": "",
        "AlarmRuleName": "",
        "Description": "",
        "MonitorObjectType": 0,
        "MonitorObjectIds": [],
        "AlarmTypes": [],
        "Status": 0,
        "AlarmRuleDetail": {
          "Trigger": 0,
          "DataBackfillOrRerunTrigger": 0,
          "TimeOutExtInfo": [],
          "DataBackfillOrRerunTimeOutExtInfo": [],
          "ProjectInstanceStatisticsAlarmInfoList": [],
          "ReconciliationExtInfo": [],
          "MonitorWhiteTasks": [],
          "WorkflowCompletionTimeCycleExtInfo": [],
          "WorkflowExecutionTrigger": 0,
          "WorkflowExecutionFailureTrigger": 0,
          "WorkflowExecutionSuccessTrigger": 0
        },
        "AlarmLevel": 0,
        "OwnerUin": "",
        "BundleId": "",
        "BundleInfo": "",
        "AlarmGroups": []
      }
    },
    "seeds": [
      {
        "ProjectId": "1460947878944567296",
        "AlarmRuleId": "d736b8ba-b6d9-4a21-824a-84bdda3d9731"
      },
      {
        "ProjectId": "1460947878944567296",
        "AlarmRuleId": "01b38b0a-6102-4b96-ac61-cfabb7f22552"
      },
      {
        "ProjectId": "1460***296",
        "AlarmRuleId": "ac11ae****c30cd9db4"
      },
      {
        "ProjectId": "1460947878944567296",
        "AlarmGroups": [
          {
            "AlarmEscalationInterval": 0,
            "AlarmEscalationRecipientIds": [],
            "AlarmRecipientIds": [],
            "AlarmRecipientType": 2,
            "AlarmWays": [
              "1"
            ],
            "NotificationFatigue": {
              "NotifyCount": 1,
              "NotifyInterval": 5,
              "QuietIntervals": []
            },
            "WebHooks": []
          }
        ],
        "AlarmLevel": 1,
        "AlarmRuleDetail": {
          "DataBackfillOrRerunTimeOutExtInfo": null,
          "DataBackfillOrRerunTrigger": 1,
          "ProjectInstanceStatisticsAlarmInfoList": null,
          "ReconciliationExtInfo": null,
          "TimeOutExtInfo": [
            {
              "Hour": null,
              "Min": 1,
              "RuleType": 1,
              "ScheduleTimeZone": null,
              "Type": 1
            }
          ],
          "Trigger": 2
        },
        "AlarmRuleId": "4453641b-3051-4c66-9ff9-a73734c1d1c5",
        "AlarmRuleName": "ruleName111",
        "AlarmTypes": [
          "failure"
        ],
        "BundleId": "",
        "BundleInfo": "",
        "Description": "",
        "MonitorObjectIds": [
          "832b83ea-d285-43bd-b4bb-5a268aa8cb50"
        ],
        "MonitorObjectType": 2,
        "Status": 1
      }
    ]
  },
  {
    "name": "Project",
    "id": {
      "name": "ProjectId",
      "type": "digits",
      "length": 19
    },
    "scope": [],
    "create": {
      "action": "CreateProject",
      "id": [
        "Data",
        "ProjectId"
      ],
      "answer": {
        "Data": {
          "ProjectId": ""
        }
      }
    },
    "read": {
      "action": "GetProject",
      "id": [
        "ProjectId"
      ],
      "answer": {
        "Data": {
          "ProjectId": "",
          "ProjectName": "",
          "DisplayName": "",
          "Description": "",
          "CreateTime": "",
          "CreatorUin": "",
          "ProjectOwnerUin": "",
          "Status": 0,
          "ProjectModel": ""
        }
      }
    },
    "update": [
      {
        "action": "UpdateProject",
        "id": [
          "ProjectId"
        ]
      }
    ],
    "delete": {
      "action": "DeleteProject",
      "id": [
        "ProjectId"
      ]
    },
    "related": [
      {
        "action": "EnableProject",
        "id": [
          "ProjectId"
        ]
      },
      {
        "action": "DisableProject",
        "id": [
          "ProjectId"
        ]
      }
    ],
    "list": {
      "action": "ListProjects",
      "answer": {
        "Data": {
          "PageNumber": 0,
          "PageSize": 0,
          "Items": [],
          "TotalCount": 0,
          "TotalPageNumber": 0
        }
      },
      "item": {
        "ProjectId": "",
        "ProjectName": "",
        "DisplayName": "",
        "Description": "",
        "CreateTime": "",
        "CreatorUin": "",
        "ProjectOwnerUin": "",
        "Status": 0,
        "ProjectModel": ""
      }
    },
    "seeds": [
      {
        "ProjectId": "2916098084817846272"
      },
      {
        "ProjectId": "3024901836648656896"
      },
      {
        "ProjectId": "2566793142789074944"
      },
      {
        "CreateTime": "2025-08-28T17:23:10+08:00",
        "CreatorUin": "100028579606",
        "Description": "default",
        "DisplayName": "jian_pro1",
        "ProjectId": "2916098084817846272",
        "ProjectModel": "SIMPLE",
        "ProjectName": "jian_pro1",
        "ProjectOwnerUin": null,
        "Status": 1
      }
    ]
  },
  {
    "name": "ResourceFile",
    "id": {
      "name": "ResourceId",
      "type": "uuid"
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateResourceFile",
      "id": [
        "Data",
        "ResourceId"
      ],
      "answer": {
        "Data": {
          "ResourceId": ""
        }
      }
    },
    "read": {
      "action": "GetResourceFile",
      "id": [
        "ResourceId"
      ],
      "answer": {
        "Data": {
          "ProjectId": "",
          "ResourceId": "",
          "ResourceName": "",
          "LocalPath": "",
          "RemotePath": "",
          "FileExtensionType": "",
          "Size": "",
          "CreatorUserUin": "",
          "CreatorUserName": "",
          "UpdateUserName": "",
          "UpdateUserUin": "",
          "BucketName": "",
          "CosRegion": "",
          "ResourceSourceMode": "",
          "BundleId": "",
          "BundleInfo": ""
        }
      }
    },
    "update": [
      {
        "action": "UpdateResourceFile",
        "id": [
          "ResourceId"
        ]
      }
    ],
    "delete": {
      "action": "DeleteResourceFile",
      "id": [
        "ResourceId"
      ]
    },
    "list": {
      "action": "ListResourceFiles",
      "answer": {
        "Data": {
          "Items": [],
          "TotalPageNumber": 0,
          "TotalCount": 0,
          "PageNumber": 0,
          "PageSize": 0
        }
      },
      "item": {
        "ResourceId": "",
        "ResourceName": "",
        "FileExtensionType": "",
        "LocalPath": ""
      }
    },
    "seeds": [
      {
        "ProjectId": "1460947878944597296",
        "ResourceId": "07446b6d-28c5-45a4-9330-4e739849d814"
      },
      {
        "ProjectId": "1460947xxxxxxxxx6",
        "ResourceId": "5851e178-19c8-4ccf-9719-fda1e6b0b8eb"
      },
      {
        "ProjectId": "146094787xxxx7296",
        "FileExtensionType": "",
        "ResourceId": "3b119eee-8c78-4921-b8d6-acce32dfcd19",
        "ResourceName": "wedata_a"
      }
    ]
  },
  {
    "name": "ResourceFolder",
    "id": {
      "name": "FolderId",
      "type": "uuid"
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateResourceFolder",
      "id": [
        "Data",
        "FolderId"
      ],
      "answer": {
        "Data": {
          "FolderId": ""
        }
      }
    },
    "read": {
      "action": "GetResourceFolder",
      "id": [
        "FolderId"
      ],
      "answer": {
        "Data": {
          "FolderId": "",
          "CreateUserUin": "",
          "CreateUserName": "",
          "FolderPath": "",
          "FolderName": "",
          "ParentFolderPath": "",
          "ProjectId": ""
        }
      }
    },
    "update": [
      {
        "action": "UpdateResourceFolder",
        "id": [
          "FolderId"
        ]
      }
    ],
    "delete": {
      "action": "DeleteResourceFolder",
      "id": [
        "FolderId"
      ]
    },
    "list": {
      "action": "ListResourceFolders",
      "answer": {
        "Data": {
          "Items": [],
          "TotalPageNumber": 0,
          "TotalCount": 0,
          "PageNumber": 0,
          "PageSize": 0
        }
      },
      "item": {
        "FolderId": "",
        "CreateUserUin": "",
        "CreateUserName": "",
        "FolderPath": "",
        "FolderName": ""
      }
    },
    "seeds": [
      {
        "ProjectId": "1460947878944567296",
        "FolderId": "35dcd49b-52d2-4b8f-944e-425312435f10"
      },
      {
        "ProjectId": "1460947***597296",
        "FolderId": "09d8a328-2b0***15fcb1898614"
      },
      {
        "ProjectId": "2153380290671734784",
        "FolderId": "3d7ba119-d302-43af-9791-e3751636af86"
      },
      {
        "ProjectId": "2153380***734784",
        "CreateUserName": "qmi**iu",
        "CreateUserUin": "1000***8885",
        "FolderId": "c39ef029-590***d9ae972dbdff",
        "FolderName": "ascvb",
        "FolderPath": "/datastud***ce/ascvb"
      }
    ]
  },
  {
    "name": "ResourceGroup",
    "id": {
      "name": "Id",
      "alias": "ResourceGroupId",
      "type": "digits",
      "length": 20
    },
    "scope": [],
    "create": {
      "action": "CreateResourceGroup",
      "id": [
        "Data",
        "ResourceGroupId"
      ],
      "answer": {
        "Data": {
          "Status": false,
          "ResourceGroupId": ""
        }
      }
    },
    "update": [
      {
        "action": "UpdateResourceGroup",
        "id": [
          "Id"
        ]
      }
    ],
    "delete": {
      "action": "DeleteResourceGroup",
      "id": [
        "Id"
      ]
    },
    "list": {
      "action": "ListResourceGroups",
      "answer": {
        "Data": {
          "Items": [],
          "TotalCount": 0,
          "PageNumber": 0,
          "PageSize": 0,
          "TotalPageNumber": 0
        }
      },
      "item": {
        "Id": "",
        "Name": "",
        "Description": "",
        "ResourceGroupType": "",
        "AssociateProjects": [],
        "Region": "",
        "VpcId": "",
        "SubNet": "",
        "AutoRenewEnabled": false
      }
    },
    "seeds": [
      {
        "Id": "20250906152310415788"
      },
      {
        "Id": "13579"
      },
      {
        "AssociateProjects": [
          {
            "ProjectDisplayName": "数据探索_notebook验证",
            "ProjectId": "2153380290671734784",
            "ProjectName": null
          }
        ],
        "Description": "开发调度资源组-notebook专用",
        "Id": "20240401132517098618",
        "Name": "sche_group_notebook_1",
        "Region": "上海",
        "ResourceGroupType": "Schedule",
        "SubNet": "subnet-ecs42j4h",
        "VpcId": "vpc-s1p37c5i"
      }
    ]
  },
  {
    "name": "SQLFolder",
    "id": {
      "name": "FolderId",
      "type": "uuid"
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateSQLFolder",
      "id": [
        "Data",
        "FolderId"
      ],
      "answer": {
        "Data": {
          "FolderId": ""
        }
      }
    },
    "read": {
      "action": "GetSQLFolder",
      "id": [
        "FolderId"
      ],
      "answer": {
        "Data": {
          "Id": "",
          "Name": "",
          "Type": "",
          "ParentFolderPath": "",
          "IsLeaf": false,
          "Params": "",
          "AccessScope": "",
          "Path": "",
          "CreateUserUin": "",
          "NodePermission": "",
          "Children": [],
          "OwnerUin": ""
        }
      }
    },
    "update": [
      {
        "action": "UpdateSQLFolder",
        "id": [
          "FolderId"
        ]
      }
    ],
    "delete": {
      "action": "DeleteSQLFolder",
      "id": [
        "FolderId"
      ]
    },
    "seeds": [
      {
        "ProjectId": "1464962169590902784",
        "FolderId": "8b6d64db-98a5-492b-9a39-6bab69ebca5c"
      },
      {
        "ProjectId": "2917455276892352512",
        "FolderId": "b757d015-da6c-41ba-8f5b-50f6da8f5a2d"
      },
      {
        "ProjectId": "2917455276892352512",
        "FolderId": "fa1bdb1e-8b04-4543-8a0b-7ce353aa4eab"
      }
    ]
  },
  {
    "name": "SQLScript",
    "id": {
      "name": "ScriptId",
      "type": "uuid"
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateSQLScript",
      "id": [
        "Data",
        "ScriptId"
      ],
      "answer": {
        "Data": {
          "ScriptId": "",
          "ScriptName": "",
          "OwnerUin": "",
          "ParentFolderPath": "",
          "ScriptConfig": {
            "DatasourceId": "",
            "DatasourceEnv": "",
            "ComputeResource": "",
            "ExecutorGroupId": "",
            "Params": "",
            "AdvanceConfig": ""
          },
          "ScriptContent": "",
          "UpdateUserUin": "",
          "ProjectId": "",
          "UpdateTime": "",
          "CreateTime": "",
          "AccessScope": "",
          "Path": ""
        }
      }
    },
    "read": {
      "action": "GetSQLScript",
      "id": [
        "ScriptId"
      ],
      "answer": {
        "Data": {
          "ScriptId": "",
          "ScriptName": "",
          "OwnerUin": "",
          "ParentFolderPath": "",
          "ScriptConfig": {
            "DatasourceId": "",
            "DatasourceEnv": "",
            "ComputeResource": "",
            "ExecutorGroupId": "",
            "Params": "",
            "AdvanceConfig": ""
          },
          "ScriptContent": "",
          "UpdateUserUin": "",
          "ProjectId": "",
          "UpdateTime": "",
          "CreateTime": "",
          "AccessScope": "",
          "Path": ""
        }
      }
    },
    "update": [
      {
        "action": "UpdateSQLScript",
        "id": [
          "ScriptId"
        ]
      }
    ],
    "delete": {
      "action": "DeleteSQLScript",
      "id": [
        "ScriptId"
      ]
    },
    "seeds": [
      {
        "ProjectId": "1460947878944567296",
        "ScriptId": "971c1520-836f-41be-b13f-7a6c637317c8"
      }
    ]
  },
  {
    "name": "Task",
    "id": {
      "name": "TaskId",
      "type": "digits",
      "length": 17
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateTask",
      "id": [
        "Data",
        "TaskId"
      ],
      "answer": {
        "Data": {
          "TaskId": ""
        }
      }
    },
    "read": {
      "action": "GetTask",
      "id": [
        "TaskId"
      ],
      "answer": {
        "Data": {
          "TaskBaseAttribute": {
            "TaskId": "",
            "TaskTypeId": 0,
            "WorkflowId": "",
            "TaskName": "",
            "TaskLatestVersionNo": "",
            "TaskLatestSubmitVersionNo": "",
            "WorkflowName": "",
            "Status": "",
            "Submit": false,
            "CreateTime": "",
            "LastUpdateTime": "",
            "LastUpdateUserName": "",
            "LastOpsTime": "",
            "LastOpsUserName": "",
            "OwnerUin": "",
            "TaskDescription": "",
            "UpdateUserUin": "",
            "CreateUserUin": "",
            "TaskFolderPath": ""
          },
          "TaskConfiguration": {
            "CodeContent": "",
            "TaskExtConfigurationList": [],
            "DataCluster": "",
            "BrokerIp": "",
            "YarnQueue": "",
            "SourceServiceId": "",
            "SourceServiceType": "",
            "SourceServiceName": "",
            "TargetServiceId": "",
            "TargetServiceType": "",
            "TargetServiceName": "",
            "ResourceGroup": "",
            "ResourceGroupName": "",
            "TaskSchedulingParameterList": [],
            "BundleId": "",
            "BundleInfo": ""
          },
          "TaskSchedulerConfiguration": {
            "CycleType": "",
            "ScheduleTimeZone": "",
            "CrontabExpression": "",
            "StartTime": "",
            "EndTime": "",
            "ExecutionStartTime": "",
            "ExecutionEndTime": "",
            "CalendarOpen": "",
            "CalendarId": "",
            "CalendarName": "",
            "SelfDepend": "",
            "UpstreamDependencyConfigList": [],
            "DownstreamDependencyConfigList": [],
            "EventListenerList": [],
            "AllowRedoType": "",
            "ParamTaskOutList": [],
            "ParamTaskInList": [],
            "TaskOutputRegistryList": [],
            "InitStrategy": "",
            "ScheduleType": 0,
            "RunPriorityType": 0,
            "RetryWaitMinute": 0,
            "MaxRetryNumber": 0,
            "ExecutionTTLMinute": 0,
            "WaitExecutionTotalTTLMinute": 0,
            "DependencyTriggerPolicy": "",
            "AllowDownstreamDependency": 0
          }
        }
      }
    },
    "update": [
      {
        "action": "UpdateTask",
        "id": [
          "TaskId"
        ]
      },
      {
        "action": "UpdateTaskPartially",
        "id": [
          "TaskId"
        ]
      }
    ],
    "delete": {
      "action": "DeleteTask",
      "id": [
        "TaskId"
      ]
    },
    "related": [
      {
        "action": "SubmitTask",
        "id": [
          "TaskId"
        ]
      }
    ],
    "list": {
      "action": "ListTasks",
      "answer": {
        "Data": {
          "Items": [],
          "PageNumber": 0,
          "PageSize": 0,
          "TotalCount": 0,
          "TotalPageNumber": 0
        }
      },
      "item": {
        "TaskId": "",
        "TaskTypeId": 0,
        "WorkflowId": "",
        "TaskName": "",
        "TaskLatestVersionNo": "",
        "TaskLatestSubmitVersionNo": "",
        "WorkflowName": "",
        "Status": "",
        "Submit": false,
        "CreateTime": "",
        "LastUpdateTime": "",
        "LastUpdateUserName": "",
        "LastOpsTime": "",
        "LastOpsUserName": "",
        "OwnerUin": "",
        "TaskDescription": "",
        "UpdateUserUin": "",
        "CreateUserUin": "",
        "TaskFolderPath": ""
      }
    },
    "seeds": [
      {
        "ProjectId": "2417334454903762944",
        "TaskId": "20250908225847483"
      },
      {
        "ProjectId": "1460947878944567296",
        "TaskId": "20251009170834756"
      },
      {
        "ProjectId": "1464962169590902784",
        "TaskId": "20250827143324825"
      },
      {
        "ProjectId": "1464962169590902784",
        "TaskId": "20250724155107573"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2025-07-02 11:06:30",
        "CreateUserUin": "100042571125",
        "LastOpsTime": null,
        "LastOpsUserName": null,
        "LastUpdateTime": "2025-07-22 11:06:39",
        "LastUpdateUserName": null,
        "OwnerUin": "100042571125",
        "Status": "N",
        "Submit": false,
        "TaskDescription": "",
        "TaskId": "20250701160626727",
        "TaskLatestSubmitVersionNo": "",
        "TaskLatestVersionNo": "V29",
        "TaskName": "01sh_delete",
        "TaskTypeId": 35,
        "UpdateUserUin": "100028649379",
        "WorkflowId": "a603bf20-6757-4401-85ee-3b1da69a4cbf",
        "WorkflowName": "0001delete"
      }
    ]
  },
  {
    "name": "TaskFolder",
    "id": {
      "name": "TaskFolderId",
      "type": "uuid"
    },
    "scope": [
      "ProjectId",
      "WorkflowId"
    ],
    "create": {
      "action": "CreateTaskFolder",
      "id": [
        "Data",
        "TaskFolderId"
      ],
      "answer": {
        "Data": {
          "TaskFolderId": ""
        }
      }
    },
    "read": {
      "action": "GetTaskFolder",
      "id": [
        "TaskFolderId"
      ],
      "answer": {
        "Data": {
          "ProjectId": "",
          "TaskFolderId": "",
          "TaskFolderPath": "",
          "CreateUserUin": "",
          "ParentTaskFolderPath": "",
          "TaskFolderName": "",
          "WorkflowId": "",
          "TaskFolderType": ""
        }
      }
    },
    "update": [
      {
        "action": "UpdateTaskFolder",
        "id": [
          "TaskFolderId"
        ]
      }
    ],
    "delete": {
      "action": "DeleteTaskFolder",
      "id": [
        "TaskFolderId"
      ]
    },
    "list": {
      "action": "ListTaskFolders",
      "answer": {
        "Data": {
          "PageNumber": 0,
          "PageSize": 0,
          "TotalCount": 0,
          "TotalPageNumber": 0,
          "Items": []
        }
      },
      "item": {
        "ProjectId": "",
        "TaskFolderId": "",
        "TaskFolderPath": "",
        "CreateUserUin": ""
      }
    },
    "seeds": [
      {
        "ProjectId": "1486804694126882816",
        "WorkflowId": "1eb20625-48fa-44db-a9bd-0d203750285f",
        "TaskFolderId": "e96662ab-ac31-47ab-9028-49ba2922ba78"
      },
      {
        "ProjectId": "1486804694126882816",
        "WorkflowId": "ca0f324e-6a45-4da2-9332-174222c6162a",
        "TaskFolderId": "575cef14-af74-40ae-b90d-714ca018fb88"
      },
      {
        "ProjectId": "1486804694126882816",
        "WorkflowId": "1eb20625-48fa-44db-a9bd-0d203750285f",
        "CreateUserUin": "100028579896",
        "TaskFolderId": "e96662ab-ac31-47ab-9028-49ba2922ba78",
        "TaskFolderPath": "/test_task_folder_01"
      },
      {
        "ProjectId": "1486804694126882816",
        "WorkflowId": "1eb20625-48fa-44db-a9bd-0d203750285f",
        "CreateUserUin": "100028579896",
        "TaskFolderId": "f1f9c1c0-7869-4696-948e-a57d732be296",
        "TaskFolderPath": "/tf_01"
      }
    ]
  },
  {
    "name": "TriggerTask",
    "id": {
      "name": "TaskId",
      "type": "digits",
      "length": 17
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateTriggerTask",
      "id": [
        "Data",
        "TaskId"
      ],
      "answer": {
        "Data": {
          "TaskId": ""
        }
      }
    },
    "read": {
      "action": "GetTriggerTask",
      "id": [
        "TaskId"
      ],
      "answer": {
        "Data": {
          "TriggerTaskBaseAttribute": {
            "TaskId": "",
            "TaskTypeId": 0,
            "WorkflowId": "",
            "TaskName": "",
            "TaskLatestVersionNo": "",
            "TaskLatestSubmitVersionNo": "",
            "WorkflowName": "",
            "Status": "",
            "Submit": false,
            "CreateTime": "",
            "LastUpdateTime": "",
            "LastUpdateUserName": "",
            "LastOpsTime": "",
            "LastOpsUserName": "",
            "OwnerUin": "",
            "TaskDescription": "",
            "UpdateUserUin": "",
            "CreateUserUin": "",
            "TaskFolderPath": ""
          },
          "TriggerTaskConfiguration": {
            "CodeContent": "",
            "TaskExtConfigurationList": [],
            "DataCluster": "",
            "BrokerIp": "",
            "YarnQueue": "",
            "SourceServiceId": "",
            "SourceServiceType": "",
            "SourceServiceName": "",
            "TargetServiceId": "",
            "TargetServiceType": "",
            "TargetServiceName": "",
            "ResourceGroup": "",
            "ResourceGroupName": "",
            "TaskSchedulingParameterList": [],
            "BundleId": "",
            "BundleInfo": ""
          },
          "TriggerTaskSchedulerConfiguration": {
            "UpstreamDependencyConfigList": [],
            "RunPriorityType": 0,
            "RetryWaitMinute": 0,
            "MaxRetryNumber": 0,
            "ExecutionTTLMinute": 0,
            "WaitExecutionTotalTTLMinute": 0,
            "AllowRedoType": "",
            "ParamTaskOutList": [],
            "ParamTaskInList": [],
            "TaskOutputRegistryList": [],
            "DependencyTriggerPolicy": "",
            "AllowDownstreamDependency": 0,
            "ScheduleType": 0
          }
        }
      }
    },
    "update": [
      {
        "action": "UpdateTriggerTask",
        "id": [
          "TaskId"
        ]
      },
      {
        "action": "UpdateTriggerTaskPartially",
        "id": [
          "TaskId"
        ]
      }
    ],
    "delete": {
      "action": "DeleteTriggerTask",
      "id": [
        "TaskId"
      ]
    },
    "related": [
      {
        "action": "SubmitTriggerTask",
        "id": [
          "TaskId"
        ]
      }
    ],
    "list": {
      "action": "ListTriggerTasks",
      "answer": {
        "Data": {
          "Items": [],
          "PageNumber": 0,
          "PageSize": 0,
          "TotalCount": 0,
          "TotalPageNumber": 0
        }
      },
      "item": {
        "TaskId": "",
        "TaskTypeId": 0,
        "WorkflowId": "",
        "TaskName": "",
        "TaskLatestVersionNo": "",
        "TaskLatestSubmitVersionNo": "",
        "WorkflowName": "",
        "Status": "",
        "Submit": false,
        "CreateTime": "",
        "LastUpdateTime": "",
        "LastUpdateUserName": "",
        "LastOpsTime": "",
        "LastOpsUserName": "",
        "OwnerUin": "",
        "TaskDescription": "",
        "UpdateUserUin": "",
        "CreateUserUin": "",
        "TaskFolderPath": ""
      }
    },
    "seeds": [
      {
        "ProjectId": "1460947878944567296",
        "TaskId": "20251124113217312"
      },
      {
        "ProjectId": "1460947878944567296",
        "TaskId": "20251121160447036"
      },
      {
        "ProjectId": "1460947878944567296",
        "TaskId": "20251121163138956"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2025-09-16 15:43:21",
        "CreateUserUin": "100043952936",
        "LastOpsTime": null,
        "LastOpsUserName": null,
        "LastUpdateTime": "2025-09-16 15:44:22",
        "LastUpdateUserName": null,
        "OwnerUin": "100043952936",
        "Status": "N",
        "Submit": false,
        "TaskDescription": "",
        "TaskFolderPath": "/",
        "TaskId": "20250916154321218",
        "TaskLatestSubmitVersionNo": "",
        "TaskLatestVersionNo": "V1",
        "TaskName": "0",
        "TaskTypeId": 35,
        "UpdateUserUin": "100043952936",
        "WorkflowId": "7ee89ffe-fc5c-4da5-aa59-065b0561560c",
        "WorkflowName": "legend_1"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2025-07-02 11:06:30",
        "CreateUserUin": "100042571125",
        "LastOpsTime": null,
        "LastOpsUserName": null,
        "LastUpdateTime": "2025-09-23 12:15:54",
        "LastUpdateUserName": null,
        "OwnerUin": "100042571125",
        "Status": "N",
        "Submit": false,
        "TaskDescription": "",
        "TaskFolderPath": "/",
        "TaskId": "20250701160626727",
        "TaskLatestSubmitVersionNo": "V57",
        "TaskLatestVersionNo": "V76",
        "TaskName": "01sh_delete",
        "TaskTypeId": 35,
        "UpdateUserUin": "100043952936",
        "WorkflowId": "a603bf20-6757-4401-85ee-3b1da69a4cbf",
        "WorkflowName": "0001delete"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2025-07-02 14:12:20",
        "CreateUserUin": "100042571125",
        "LastOpsTime": null,
        "LastOpsUserName": null,
        "LastUpdateTime": "2025-07-02 14:12:20",
        "LastUpdateUserName": null,
        "OwnerUin": "100042571125",
        "Status": "N",
        "Submit": false,
        "TaskDescription": null,
        "TaskFolderPath": "/",
        "TaskId": "20250702140856508",
        "TaskLatestSubmitVersionNo": "",
        "TaskLatestVersionNo": "",
        "TaskName": "01test_delete_sh",
        "TaskTypeId": 35,
        "UpdateUserUin": "100042571125",
        "WorkflowId": "42771ec2-7262-4923-b8ea-647188b7f5a9",
        "WorkflowName": "01test_delete_workflow"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2025-03-26 09:44:44",
        "CreateUserUin": "100032522354",
        "LastOpsTime": null,
        "LastOpsUserName": null,
        "LastUpdateTime": "2025-03-26 09:45:33",
        "LastUpdateUserName": null,
        "OwnerUin": "100032522354",
        "Status": "N",
        "Submit": false,
        "TaskDescription": "",
        "TaskFolderPath": "/",
        "TaskId": "20250326094444615",
        "TaskLatestSubmitVersionNo": "",
        "TaskLatestVersionNo": "V1",
        "TaskName": "0326_dq_dylan_test",
        "TaskTypeId": 43,
        "UpdateUserUin": "100032522354",
        "WorkflowId": "27eb63bc-3e5a-4bf3-ad9a-7216e5a09a71",
        "WorkflowName": "dq_test"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2025-06-23 14:29:59",
        "CreateUserUin": "100028650295",
        "LastOpsTime": null,
        "LastOpsUserName": null,
        "LastUpdateTime": "2025-06-23 14:31:34",
        "LastUpdateUserName": null,
        "OwnerUin": "100028650295",
        "Status": "N",
        "Submit": false,
        "TaskDescription": "",
        "TaskFolderPath": "/",
        "TaskId": "20250623142959095",
        "TaskLatestSubmitVersionNo": "",
        "TaskLatestVersionNo": "V1",
        "TaskName": "0623test66",
        "TaskTypeId": 34,
        "UpdateUserUin": "100028650295",
        "WorkflowId": "ddd7258d-c419-40e7-b412-351dc1baa09b",
        "WorkflowName": "test0226"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2024-07-29 11:24:11",
        "CreateUserUin": "100037649037",
        "LastOpsTime": null,
        "LastOpsUserName": null,
        "LastUpdateTime": "2024-07-29 11:24:04",
        "LastUpdateUserName": null,
        "OwnerUin": "100037649037",
        "Status": "N",
        "Submit": false,
        "TaskDescription": null,
        "TaskFolderPath": "/",
        "TaskId": "20240729112411519",
        "TaskLatestSubmitVersionNo": "",
        "TaskLatestVersionNo": "",
        "TaskName": "0703hive1",
        "TaskTypeId": 32,
        "UpdateUserUin": "100037649037",
        "WorkflowId": "876df364-c7cd-4c27-8261-cdf114c27481",
        "WorkflowName": "1231313231"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2023-07-28 10:56:53",
        "CreateUserUin": "100028581067",
        "LastOpsTime": null,
        "LastOpsUserName": null,
        "LastUpdateTime": "2023-11-06 14:49:11",
        "LastUpdateUserName": null,
        "OwnerUin": "100028581067",
        "Status": "O",
        "Submit": false,
        "TaskDescription": "",
        "TaskFolderPath": "/",
        "TaskId": "20230728105653355",
        "TaskLatestSubmitVersionNo": "",
        "TaskLatestVersionNo": "",
        "TaskName": "0728tri",
        "TaskTypeId": 48,
        "UpdateUserUin": "100028578837",
        "WorkflowId": "e36dadbf-ebb3-11ed-8909-bc97e105ba60",
        "WorkflowName": "quinnzhu_wf"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2023-08-04 12:19:36",
        "CreateUserUin": "100028581067",
        "LastOpsTime": null,
        "LastOpsUserName": null,
        "LastUpdateTime": "2023-08-07 14:16:29",
        "LastUpdateUserName": null,
        "OwnerUin": "100028581067",
        "Status": "O",
        "Submit": false,
        "TaskDescription": "",
        "TaskFolderPath": "/",
        "TaskId": "20230804121936196",
        "TaskLatestSubmitVersionNo": "",
        "TaskLatestVersionNo": "",
        "TaskName": "0804sparkk",
        "TaskTypeId": 36,
        "UpdateUserUin": "100028579606",
        "WorkflowId": "e36dadbf-ebb3-11ed-8909-bc97e105ba60",
        "WorkflowName": "quinnzhu_wf"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2025-09-23 12:27:32",
        "CreateUserUin": "100043952936",
        "LastOpsTime": null,
        "LastOpsUserName": null,
        "LastUpdateTime": "2025-09-24 15:21:15",
        "LastUpdateUserName": null,
        "OwnerUin": "100043952936",
        "Status": "N",
        "Submit": false,
        "TaskDescription": "",
        "TaskFolderPath": "/",
        "TaskId": "20250923122732491",
        "TaskLatestSubmitVersionNo": "",
        "TaskLatestVersionNo": "V17",
        "TaskName": "0test",
        "TaskTypeId": 40,
        "UpdateUserUin": "100043952936",
        "WorkflowId": "a603bf20-6757-4401-85ee-3b1da69a4cbf",
        "WorkflowName": "0001delete"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2024-02-23 11:53:06",
        "CreateUserUin": "100029682766",
        "LastOpsTime": null,
        "LastOpsUserName": null,
        "LastUpdateTime": "2024-02-23 14:03:39",
        "LastUpdateUserName": null,
        "OwnerUin": "100029682766",
        "Status": "F",
        "Submit": true,
        "TaskDescription": "",
        "TaskFolderPath": "/",
        "TaskId": "20240223115306920",
        "TaskLatestSubmitVersionNo": "V1",
        "TaskLatestVersionNo": "V1",
        "TaskName": "1",
        "TaskTypeId": 35,
        "UpdateUserUin": "100029682766",
        "WorkflowId": "59ad3de9-f2d2-11ed-8909-bc97e105ba60",
        "WorkflowName": "harugeng"
      }
    ]
  },
  {
    "name": "TriggerWorkflow",
    "id": {
      "name": "WorkflowId",
      "type": "uuid"
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateTriggerWorkflow",
      "id": [
        "Data",
        "WorkflowId"
      ],
      "answer": {
        "Data": {
          "WorkflowId": ""
        }
      }
    },
    "read": {
      "action": "GetTriggerWorkflow",
      "id": [
        "WorkflowId"
      ],
      "answer": {
        "Data": {
          "WorkflowName": "",
          "OwnerUin": "",
          "CreateUserUin": "",
          "WorkflowParams": [],
          "TriggerWorkflowSchedulerConfigurations": [],
          "WorkflowDesc": "",
          "Path": "",
          "BundleId": "",
          "BundleInfo": "",
          "GeneralTaskParams": [],
          "SchedulerStatus": "",
          "TriggerWorkflowRunConfiguration": {
            "MaxConcurrentNum": 0,
            "QueuingMode": 0
          },
          "TriggerMode": "",
          "ExecuteUserUin": ""
        }
      }
    },
    "update": [
      {
        "action": "UpdateTriggerWorkflow",
        "id": [
          "WorkflowId"
        ]
      },
      {
        "action": "UpdateTriggerWorkflowPartially",
        "id": [
          "WorkflowId"
        ]
      }
    ],
    "delete": {
      "action": "DeleteTriggerWorkflow",
      "id": [
        "WorkflowId"
      ]
    },
    "list": {
      "action": "ListTriggerWorkflows",
      "answer": {
        "Data": {
          "Items": [],
          "TotalPageNumber": 0,
          "PageNumber": 0,
          "PageSize": 0,
          "TotalCount": 0
        }
      },
      "item": {
        "WorkflowId": "",
        "WorkflowName": "",
        "OwnerUin": "",
        "CreateTime": "",
        "ModifyTime": "",
        "UpdateUserUin": "",
        "WorkflowDesc": "",
        "CreateUserUin": "",
        "ExecuteUserUin": ""
      }
    },
    "seeds": [
      {
        "ProjectId": "1460947878944567296",
        "WorkflowId": "c6df7416-ee03-405e-adf1-094d26b8c98b"
      },
      {
        "ProjectId": "31*6203***********0",
        "WorkflowId": "90d110b4-79b4-4617-87f4-eee91a821fad"
      },
      {
        "ProjectId": "3310733480531783680",
        "WorkflowId": "2248eb04-d812-4041-b3cb-2d20a602fc79"
      },
      {
        "ProjectId": "1460947878944567296",
        "WorkflowId": "1263b515-77cc-11ee-8909-bc97e105ba60"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2025-07-02 10:56:59",
        "CreateUserUin": null,
        "ModifyTime": "2025-09-24 15:19:48",
        "OwnerUin": "100042571125",
        "UpdateUserUin": "100043952936",
        "WorkflowDesc": "",
        "WorkflowId": "a603bf20-6757-4401-85ee-3b1da69a4cbf",
        "WorkflowName": "0001delete"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2025-07-03 11:44:04",
        "CreateUserUin": null,
        "ModifyTime": "2025-07-03 16:00:28",
        "OwnerUin": "100042571125",
        "UpdateUserUin": "100042571125",
        "WorkflowDesc": "",
        "WorkflowId": "5eb65550-6a1f-4643-9fd0-9fa2a6475e50",
        "WorkflowName": "001deleteworkflow"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2025-07-02 14:51:31",
        "CreateUserUin": null,
        "ModifyTime": "2025-07-03 16:00:28",
        "OwnerUin": "100042571125",
        "UpdateUserUin": "100042571125",
        "WorkflowDesc": "",
        "WorkflowId": "4c8f22e7-a06d-465a-8845-86f491f02e9c",
        "WorkflowName": "001testworkflow"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2025-07-02 14:11:38",
        "CreateUserUin": null,
        "ModifyTime": "2025-07-03 16:00:28",
        "OwnerUin": "100042571125",
        "UpdateUserUin": "100042571125",
        "WorkflowDesc": "",
        "WorkflowId": "42771ec2-7262-4923-b8ea-647188b7f5a9",
        "WorkflowName": "01test_delete_workflow"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2025-07-02 16:16:21",
        "CreateUserUin": null,
        "ModifyTime": "2025-07-03 16:00:28",
        "OwnerUin": "100042571125",
        "UpdateUserUin": "100042571125",
        "WorkflowDesc": "",
        "WorkflowId": "e85383dc-7da3-4843-abaa-02bc2abfb022",
        "WorkflowName": "01workflow_test"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2025-03-05 10:05:12",
        "CreateUserUin": null,
        "ModifyTime": "2025-07-03 16:00:28",
        "OwnerUin": "100028578763",
        "UpdateUserUin": null,
        "WorkflowDesc": "",
        "WorkflowId": "ca9c3020-7018-401e-8f3b-e15e2ba19dc7",
        "WorkflowName": "0createtask1"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2025-11-12 10:41:12",
        "CreateUserUin": "100043952922",
        "ModifyTime": "2025-11-12 11:00:05",
        "OwnerUin": "100043952922",
        "UpdateUserUin": "100043952922",
        "WorkflowDesc": "",
        "WorkflowId": "49e2197f-957b-43c1-bc8f-162e6ffe9432",
        "WorkflowName": "0_klayy"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2024-06-09 16:38:48",
        "CreateUserUin": null,
        "ModifyTime": "2025-07-03 16:00:28",
        "OwnerUin": "100028694266",
        "UpdateUserUin": null,
        "WorkflowDesc": "",
        "WorkflowId": "b0febe75-263b-11ef-8ec8-b8599f277de5",
        "WorkflowName": "1"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2025-08-11 14:00:49",
        "CreateUserUin": null,
        "ModifyTime": "2025-08-11 14:20:00",
        "OwnerUin": "100029411056",
        "UpdateUserUin": "100029411056",
        "WorkflowDesc": "",
        "WorkflowId": "9e8ffcb3-27a9-4c43-b481-24561d6147ce",
        "WorkflowName": "111调度11"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2025-08-11 14:01:55",
        "CreateUserUin": null,
        "ModifyTime": "2025-08-11 14:20:00",
        "OwnerUin": "100029411056",
        "UpdateUserUin": "100029411056",
        "WorkflowDesc": "",
        "WorkflowId": "47e97cb2-6e82-4762-9468-00edf0bea319",
        "WorkflowName": "11德维尔11123213"
      }
    ]
  },
  {
    "name": "TriggerWorkflowRun",
    "id": {
      "name": "WorkflowExecutionId",
      "type": "uuid",
      "also": [
        "ExecutionId"
      ]
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateTriggerWorkflowRun",
      "id": [
        "Data",
        "WorkflowExecutionId"
      ],
      "answer": {
        "Data": {
          "WorkflowExecutionId": ""
        }
      }
    },
    "read": {
      "action": "GetTriggerWorkflowRun",
      "id": [
        "WorkflowExecutionId"
      ],
      "answer": {
        "Data": {
          "TriggerWorkflowRun": {
            "AppId": "",
            "ProjectId": "",
            "WorkflowName": "",
            "WorkflowId": "",
            "ExecutionId": "",
            "TriggerId": "",
            "TriggerType": "",
            "CreateTime": "",
            "ScheduleTime": "",
            "ExecutionStartTime": "",
            "ExecutionEndTime": "",
            "ExecutionCostTime": "",
            "QueueCostTime": "",
            "PendingCostTime": "",
            "ExecutionState": "",
            "ExecuteUserUin": "",
            "ExecuteUserName": "",
            "ErrorCodeStr": "",
            "WorkflowParams": "",
            "WorkflowVersionId": "",
            "SupportRerun": false,
            "RerunTimes": 0,
            "SelectedTaskIds": [],
            "PendingStartTime": "",
            "QueueStartTime": "",
            "EndTime": "",
            "FolderId": "",
            "FolderName": "",
            "PlannedSchedulingTime": "",
            "CycleType": "",
            "UserNameInCharge": "",
            "UserUinInCharge": "",
            "AssociatedEntityExist": false,
            "ParentWorkflowExecutionId": "",
            "ParentTaskExecutionId": "",
            "ParentTaskExecutionName": ""
          },
          "TriggerTaskRuns": [],
          "BizStateEnumInfos": []
        }
      }
    },
    "update": [],
    "list": {
      "action": "ListTriggerWorkflowRuns",
      "answer": {
        "Data": {
          "TotalCount": 0,
          "TotalPageNumber": 0,
          "PageNumber": 0,
          "PageSize": 0,
          "Items": []
        }
      },
      "item": {
        "AppId": "",
        "ProjectId": "",
        "WorkflowName": "",
        "WorkflowId": "",
        "ExecutionId": "",
        "TriggerId": "",
        "TriggerType": "",
        "CreateTime": "",
        "ScheduleTime": "",
        "ExecutionStartTime": "",
        "ExecutionEndTime": "",
        "ExecutionCostTime": "",
        "QueueCostTime": "",
        "PendingCostTime": "",
        "ExecutionState": "",
        "ExecuteUserUin": "",
        "ExecuteUserName": "",
        "ErrorCodeStr": "",
        "WorkflowParams": "",
        "WorkflowVersionId": "",
        "SupportRerun": false,
        "RerunTimes": 0,
        "SelectedTaskIds": [],
        "PendingStartTime": "",
        "QueueStartTime": "",
        "EndTime": "",
        "FolderId": "",
        "FolderName": "",
        "PlannedSchedulingTime": "",
        "CycleType": "",
        "UserNameInCharge": "",
        "UserUinInCharge": "",
        "AssociatedEntityExist": false,
        "ParentWorkflowExecutionId": "",
        "ParentTaskExecutionId": "",
        "ParentTaskExecutionName": ""
      }
    },
    "seeds": [
      {
        "ProjectId": "1460947878944567296",
        "WorkflowExecutionId": "d0bf2249-3eb2-4ccf-9646-5de0a4b8cf54"
      }
    ]
  },
  {
    "name": "Workflow",
    "id": {
      "name": "WorkflowId",
      "type": "uuid"
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateWorkflow",
      "id": [
        "Data",
        "WorkflowId"
      ],
      "answer": {
        "Data": {
          "WorkflowId": ""
        }
      }
    },
    "read": {
      "action": "GetWorkflow",
      "id": [
        "WorkflowId"
      ],
      "answer": {
        "Data": {
          "WorkflowName": "",
          "OwnerUin": "",
          "CreateUserUin": "",
          "WorkflowType": "",
          "WorkflowParams": [],
          "WorkflowSchedulerConfiguration": {
            "ScheduleTimeZone": "",
            "CycleType": "",
            "SelfDepend": "",
            "StartTime": "",
            "EndTime": "",
            "DependencyWorkflow": "",
            "ExecutionStartTime": "",
            "ExecutionEndTime": "",
            "CrontabExpression": "",
            "CalendarOpen": "",
            "CalendarName": "",
            "CalendarId": ""
          },
          "WorkflowDesc": "",
          "Path": "",
          "BundleId": "",
          "BundleInfo": ""
        }
      }
    },
    "update": [
      {
        "action": "UpdateWorkflow",
        "id": [
          "WorkflowId"
        ]
      }
    ],
    "delete": {
      "action": "DeleteWorkflow",
      "id": [
        "WorkflowId"
      ]
    },
    "list": {
      "action": "ListWorkflows",
      "answer": {
        "Data": {
          "Items": [],
          "TotalPageNumber": 0,
          "PageNumber": 0,
          "PageSize": 0,
          "TotalCount": 0
        }
      },
      "item": {
        "WorkflowId": "",
        "WorkflowName": "",
        "WorkflowType": "",
        "OwnerUin": "",
        "CreateTime": "",
        "ModifyTime": "",
        "UpdateUserUin": "",
        "WorkflowDesc": "",
        "CreateUserUin": ""
      }
    },
    "seeds": [
      {
        "ProjectId": "1486804694126882816",
        "WorkflowId": "0b785b8d-bd8e-4513-be65-36f989bc8a64"
      },
      {
        "ProjectId": "2417334454903762944",
        "WorkflowId": "012a5404-4bb9-46c3-aa7c-0d353ca971bf"
      },
      {
        "ProjectId": "1486804694126882816",
        "WorkflowId": "08b98816-0a80-4cda-b926-d9976ae95f49"
      },
      {
        "ProjectId": "1470547050521227264",
        "CreateTime": "2025-07-02 10:56:59",
        "CreateUserUin": null,
        "ModifyTime": "2025-08-20 14:15:31",
        "OwnerUin": "100042571125",
        "UpdateUserUin": "100042571125",
        "WorkflowDesc": "",
        "WorkflowId": "a603bf20-6757-4401-85ee-3b1da69a4cbf",
        "WorkflowName": "0001delete",
        "WorkflowType": "cycle"
      }
    ]
  },
  {
    "name": "WorkflowFolder",
    "id": {
      "name": "FolderId",
      "type": "uuid"
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateWorkflowFolder",
      "id": [
        "Data",
        "FolderId"
      ],
      "answer": {
        "Data": {
          "FolderId": ""
        }
      }
    },
    "read": {
      "action": "GetWorkflowFolder",
      "id": [
        "FolderId"
      ],
      "answer": {
        "Data": {
          "ProjectId": "",
          "FolderId": "",
          "FolderPath": "",
          "CreateUserUin": "",
          "ParentFolderPath": "",
          "FolderName": ""
        }
      }
    },
    "update": [
      {
        "action": "UpdateWorkflowFolder",
        "id": [
          "FolderId"
        ]
      }
    ],
    "delete": {
      "action": "DeleteWorkflowFolder",
      "id": [
        "FolderId"
      ]
    },
    "list": {
      "action": "ListWorkflowFolders",
      "answer": {
        "Data": {
          "PageNumber": 0,
          "PageSize": 0,
          "TotalCount": 0,
          "TotalPageNumber": 0,
          "Items": []
        }
      },
      "item": {
        "ProjectId": "",
        "FolderId": "",
        "FolderPath": "",
        "CreateUserUin": ""
      }
    },
    "seeds": [
      {
        "ProjectId": "1460947878944567296",
        "FolderId": "b6fa5e4c-a8d7-11f0-9366-7c8c09fca71c"
      },
      {
        "ProjectId": "1464962169590902784",
        "FolderId": "f526424c-81b8-11f0-9366-7c8c09fca71c"
      },
      {
        "ProjectId": "1464962169590902784",
        "CreateUserUin": null,
        "FolderId": "be1c40fa-0cd3-436f-a3c0-6ff9ff473705",
        "FolderPath": "/u9ed8u8ba4u6587u4ef6u5939/copy_wf_case"
      }
    ]
  }
];
