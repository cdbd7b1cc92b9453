// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ResourceFamily } from "../../resources.js";

/**
 * The resource families of this version: the actions on one noun, the id they share, the members that
 * scope it and answer templates (inferred from the spec; `x-tc-resource` in the overlay corrects it).
 */
export const resources: readonly ResourceFamily[] = [
  {
    "name": "CodeTemplate",
    "id": {
      "name": "CodeTemplateId",
      "type": "digits",
      "length": 17
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateCodeTemplate",
      "id": [
        "Data"
      ],
      "answer": {
        "Data": "20250319120202893"
      }
    },
    "read": {
      "action": "DescribeCodeTemplateDetail",
      "id": [
        "CodeTemplateId"
      ],
      "answer": {
        "Data": {
          "ProjectId": "1470547050521227264",
          "CodeTemplateName": "copy11",
          "TaskType": 30,
          "CodeTemplateDesc": "",
          "FolderId": "",
          "FolderName": "",
          "InCharge": "kevinnie",
          "InChargeId": "100028578763",
          "Ext": {
            "TaskId": "20250311155509313",
            "Properties": [
              {
                "ParamKey": "bucket",
                "ParamValue": "wedata-fusion-dev-1257305158"
              },
              {
                "ParamKey": "ftp.file.name",
                "ParamValue": "/datastudio/codeTemplate/1470547050521227264/copy11.py"
              },
              {
                "ParamKey": "region",
                "ParamValue": "ap-nanjing"
              }
            ],
            "DryRunExtAttributes": [],
            "DryRunParameter": []
          },
          "CodeTemplateId": "20250311155509313",
          "LastUpdateTime": "2025-03-11 15:55:09",
          "UpdateUser": "kevinnie",
          "UpdateUserId": "100028578763",
          "BrokerIp": "any",
          "ResourceGroup": "",
          "Submit": false,
          "ScriptChange": true,
          "Content": ""
        }
      }
    },
    "update": [
      {
        "action": "UpdateCodeTemplate",
        "id": [
          "CodeTemplateId"
        ]
      }
    ],
    "delete": {
      "action": "DeleteCodeTemplate",
      "id": [
        "CodeTemplateId"
      ]
    },
    "seeds": [
      {
        "ProjectId": "1470547050521227264",
        "CodeTemplateId": "20250311155509313"
      },
      {
        "ProjectId": "1470547050521227264",
        "CodeTemplateId": "20250319120202893"
      }
    ]
  },
  {
    "name": "CustomFunction",
    "id": {
      "name": "FunctionId",
      "type": "uuid"
    },
    "scope": [],
    "create": {
      "action": "CreateCustomFunction",
      "id": [
        "FunctionId"
      ],
      "answer": {
        "FunctionId": "217377ce-bcc0-446e-afd9-64ef4b707391",
        "ErrorMessage": ""
      }
    },
    "update": [],
    "delete": {
      "action": "DeleteCustomFunction",
      "id": [
        "FunctionId"
      ]
    },
    "related": [
      {
        "action": "SubmitCustomFunction",
        "id": [
          "FunctionId"
        ]
      }
    ],
    "seeds": [
      {
        "FunctionId": "4ecf0901-66ff-4fee-8ad4-b628605d0ff8"
      },
      {
        "FunctionId": "d65df5af-28b4-4171-9a24-ce96fc4e83fa"
      }
    ]
  },
  {
    "name": "DataModel",
    "id": {
      "name": "DataModelId",
      "type": "uuid"
    },
    "scope": [
      "CloudappId",
      "UserId"
    ],
    "create": {
      "action": "CreateDataModel",
      "id": [
        "Data"
      ],
      "answer": {
        "Data": "fd91ff2e-ea72-414a-8772-6edaa61a07f6"
      }
    },
    "update": [],
    "delete": {
      "action": "DeleteDataModel",
      "id": [
        "DataModelId"
      ]
    },
    "seeds": [
      {
        "CloudappId": "cloudapp-x3hadra3",
        "UserId": "123456",
        "DataModelId": "cc2db8c1-4485-4ae2-85ef-57c6396c9836"
      }
    ]
  },
  {
    "name": "DsFolder",
    "id": {
      "name": "FolderId",
      "type": "uuid"
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateDsFolder",
      "id": [
        "Data"
      ],
      "answer": {
        "Data": "0168a285-c764-7dad-0018-7315f30f4699"
      }
    },
    "update": [
      {
        "action": "ModifyDsFolder",
        "id": [
          "FolderId"
        ]
      }
    ],
    "delete": {
      "action": "DeleteDsFolder",
      "id": [
        "FolderId"
      ]
    },
    "seeds": [
      {
        "ProjectId": "1464962169590902784",
        "FolderId": "5b9cc89a-7838-11f0-9366-7c8c09fca71c"
      },
      {
        "ProjectId": "1460947878944567296",
        "FolderId": "d1962251-b6b9-4b9f-9039-e6456697cecf"
      }
    ]
  },
  {
    "name": "IntegrationNode",
    "id": {
      "name": "Id",
      "type": "digits",
      "length": 5
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateIntegrationNode",
      "id": [
        "Id"
      ],
      "answer": {
        "Id": "134321",
        "TaskId": "015235-2adc2d-372dasd-5274"
      }
    },
    "read": {
      "action": "DescribeIntegrationNode",
      "id": [
        "Id"
      ],
      "answer": {
        "NodeInfo": {
          "Id": "1",
          "TaskId": "20220331184313320",
          "Name": "1",
          "NodeType": "INPUT",
          "DataSourceType": "MYSQL",
          "Description": "NULL",
          "DatasourceId": "72036",
          "Config": [
            {
              "Name": "isClean",
              "Value": "0"
            },
            {
              "Name": "fieldDelimiter",
              "Value": ","
            },
            {
              "Name": "encoding",
              "Value": "utf-8"
            },
            {
              "Name": "Database",
              "Value": "auto_test_db"
            },
            {
              "Name": "TableNames",
              "Value": "auto_mysql_table_1"
            },
            {
              "Name": "SiblingNodes",
              "Value": "[test]"
            }
          ],
          "ExtConfig": [
            {
              "Name": "testx",
              "Value": "280"
            },
            {
              "Name": "testy",
              "Value": "150"
            },
            {
              "Name": "iconPosition",
              "Value": "left"
            },
            {
              "Name": "size",
              "Value": "m"
            },
            {
              "Name": "imgHref",
              "Value": "https://imgcache.qq.com/qcloud/tcloud_dtc/static/We_Data/72b24f22-a090-4052-9452-b0b9f38565e3.svg"
            },
            {
              "Name": "disType",
              "Value": "MySQL"
            }
          ],
          "Schema": [
            {
              "Id": "517902752",
              "Name": "col1",
              "Value": null,
              "Type": "int(11)",
              "Properties": [
                {
                  "Name": "12231",
                  "Value": "ab23123c"
                }
              ],
              "Alias": "132",
              "Comment": "132"
            }
          ],
          "NodeMapping": {
            "SourceId": "3041",
            "SinkId": "3042",
            "SourceSchema": [],
            "SchemaMappings": [],
            "ExtConfig": [
              {
                "Name": "fromNode",
                "Value": "node_3041"
              },
              {
                "Name": "toNode",
                "Value": "node_3042"
              },
              {
                "Name": "fromNodeAnchor",
                "Value": "bottom"
              },
              {
                "Name": "toNodeAnchor",
                "Value": "top"
              }
            ]
          },
          "AppId": "1257305158",
          "ProjectId": "1",
          "CreatorUin": "100022744352",
          "OperatorUin": "100022744352",
          "OwnerUin": "100006908545",
          "CreateTime": "2022-03-31 18:43:24",
          "UpdateTime": "2023-03-31 18:43:24"
        },
        "SourceCheckFlag": true
      }
    },
    "update": [
      {
        "action": "ModifyIntegrationNode",
        "id": [
          "NodeInfo",
          "Id"
        ]
      }
    ],
    "delete": {
      "action": "DeleteIntegrationNode",
      "id": [
        "Id"
      ]
    },
    "seeds": [
      {
        "ProjectId": "11022568003970304",
        "Id": "14342"
      },
      {
        "ProjectId": "11022568003970304",
        "Id": "3039"
      },
      {
        "ProjectId": "11022568003970304",
        "Id": "231231"
      }
    ]
  },
  {
    "name": "IntegrationTask",
    "id": {
      "name": "TaskId",
      "type": "text"
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateIntegrationTask",
      "id": [
        "TaskId"
      ],
      "answer": {
        "TaskId": "015235-2adc2d-372dasd-5274"
      }
    },
    "read": {
      "action": "DescribeIntegrationTask",
      "id": [
        "TaskId"
      ],
      "answer": {
        "TaskInfo": {
          "TaskName": "test_cheneiwang2",
          "Description": "",
          "SyncType": 1,
          "TaskType": 201,
          "WorkflowId": "-1",
          "TaskId": "r8f71567c-90eb-4452-98ee-432b7d516053",
          "ScheduleTaskId": "",
          "TaskGroupId": "-1",
          "ProjectId": "2804706451775033344",
          "CreatorUin": "700001601851",
          "OperatorUin": "700001601851",
          "OwnerUin": "700001601851",
          "AppId": "1300298608",
          "Status": 6,
          "Nodes": [
            {
              "AppId": "1300298608",
              "Config": [
                {
                  "Name": "StartupMode",
                  "Value": "INIT"
                }
              ],
              "CreateTime": null,
              "CreatorUin": null,
              "DataSourceType": "MYSQL",
              "DatasourceId": "65614",
              "Description": null,
              "ExtConfig": null,
              "Id": "1",
              "Name": "mysql_menghuiyu",
              "NodeMapping": null,
              "NodeType": "INPUT",
              "OperatorUin": null,
              "OwnerUin": "700001601851",
              "ProjectId": "2804706451775033344",
              "Schema": null,
              "TaskId": "r8f71567c-90eb-4452-98ee-432b7d516053",
              "UpdateTime": null
            }
          ],
          "ExecutorId": "20260604232305097989",
          "Config": [
            {
              "Name": "TableType",
              "Value": "in"
            }
          ],
          "ExtConfig": [],
          "ExecuteContext": [],
          "Mappings": [],
          "TaskMode": "",
          "Incharge": "700001815122",
          "OfflineTaskAddEntity": {
            "WorkflowName": "",
            "DependencyWorkflow": "",
            "StartTime": "",
            "EndTime": "",
            "CycleType": 0,
            "CycleStep": 0,
            "DelayTime": 0,
            "CrontabExpression": "",
            "RetryWait": 0,
            "Retriable": 0,
            "TryLimit": 0,
            "RunPriority": 0,
            "ProductName": "",
            "SelfDepend": 0,
            "TaskAction": "",
            "ExecutionEndTime": "",
            "ExecutionStartTime": "",
            "TaskAutoSubmit": false,
            "InstanceInitStrategy": ""
          },
          "ExecutorGroupName": "",
          "InLongManagerUrl": "",
          "InLongStreamId": "",
          "InLongManagerVersion": "",
          "DataProxyUrl": [],
          "Submit": false,
          "InputDatasourceType": "MYSQL",
          "OutputDatasourceType": "DLC",
          "NumRecordsIn": -1,
          "NumRecordsOut": -1,
          "ReaderDelay": -1,
          "NumRestarts": -1,
          "CreateTime": "2026-07-27 16:18:27",
          "UpdateTime": "2026-08-17 19:28:10",
          "LastRunTime": "",
          "StopTime": "",
          "HasVersion": true,
          "Locked": true,
          "Locker": "700001601851",
          "RunningCu": 0,
          "TaskAlarmRegularList": [],
          "SwitchResource": 0,
          "ReadPhase": 0,
          "InstanceVersion": 3,
          "ArrangeSpaceTaskId": "",
          "OfflineTaskStatus": 1,
          "TaskImportInfo": {
            "IsImport": false,
            "IsNewWorkFlow": false,
            "WorkFlowFolderId": "",
            "WorkFlowFolderName": "",
            "WorkFlowId": "",
            "WorkFlowName": "",
            "TaskNameExistMode": 0,
            "WorkFlowFolderPath": ""
          },
          "BusinessLatency": 0,
          "CurrentSyncPosition": 0,
          "TagList": [],
          "ErrorMessage": "",
          "TaskSubType": 0,
          "NotExistsCheckPoint": 0,
          "SavePointId": "",
          "SavePointPath": "",
          "LastOperateInfo": {
            "TaskEvent": "STOP",
            "OperateId": "df73c92c-052c-4024-b7d6-dfe2a7095f1a",
            "ErrorMsg": "",
            "CreatedTime": "2026-08-17 19:27:54",
            "UpdatedTime": "2026-08-17 19:28:09"
          }
        },
        "AgentStatus": {
          "Running": 0,
          "Abnormal": 0,
          "InOperation": 0
        },
        "TaskVersion": {
          "InstanceVersion": 0,
          "VersionDesc": "",
          "ChangeType": 0,
          "SubmitterUin": "",
          "InstanceDate": "",
          "InstanceStatus": 0
        },
        "TaskVersionList": [
          {
            "InstanceDate": "2026-08-13 17:11:35",
            "RunningOrderId": 1
          }
        ]
      }
    },
    "update": [
      {
        "action": "ModifyIntegrationTask",
        "id": [
          "TaskInfo",
          "TaskId"
        ]
      }
    ],
    "delete": {
      "action": "DeleteIntegrationTask",
      "id": [
        "TaskId"
      ]
    },
    "related": [
      {
        "action": "StartIntegrationTask",
        "id": [
          "TaskId"
        ]
      },
      {
        "action": "StopIntegrationTask",
        "id": [
          "TaskId"
        ]
      },
      {
        "action": "ResumeIntegrationTask",
        "id": [
          "TaskId"
        ]
      }
    ],
    "list": {
      "action": "DescribeIntegrationTasks",
      "answer": {
        "TaskInfoSet": [
          {
            "TaskName": "testtaskname",
            "Description": "testdesc",
            "SyncType": 2,
            "TaskType": 202,
            "WorkflowId": "",
            "TaskId": "n11a6d01c-0ec6-4efc-bd14-97a921d01d3f",
            "ScheduleTaskId": "cql-hjlx38yl",
            "TaskGroupId": "a5d814828-452c-46f6-b128-19c1a3249bf0",
            "ProjectId": "1486446569620893696",
            "CreatorUin": "100022187073",
            "OperatorUin": "100022187073",
            "OwnerUin": "100022187073",
            "AppId": "1257305888",
            "Status": 3,
            "Nodes": [
              {
                "Id": "130973",
                "TaskId": "n11a6d01c-0ec6-4efc-bd14-97a921d01d3f",
                "Name": "nodeTestName",
                "NodeType": "INPUT",
                "DataSourceType": "MYSQL",
                "Description": "testdesc",
                "DatasourceId": "914840",
                "Config": [
                  {
                    "Name": "Type",
                    "Value": "MYSQL"
                  },
                  {
                    "Name": "splitPk",
                    "Value": "id"
                  },
                  {
                    "Name": "Database",
                    "Value": "databasetestname"
                  },
                  {
                    "Name": "TableNames",
                    "Value": "tabletestname"
                  },
                  {
                    "Name": "PrimaryKey",
                    "Value": "id"
                  },
                  {
                    "Name": "isNew",
                    "Value": "true"
                  },
                  {
                    "Name": "PrimaryKey_INPUT_SYMBOL",
                    "Value": "input"
                  },
                  {
                    "Name": "splitPk_INPUT_SYMBOL",
                    "Value": "input"
                  },
                  {
                    "Name": "isClean",
                    "Value": "0"
                  },
                  {
                    "Name": "encoding",
                    "Value": "utf-8"
                  }
                ],
                "ExtConfig": [
                  {
                    "Name": "12123",
                    "Value": "300"
                  },
                  {
                    "Name": "y123131",
                    "Value": "260"
                  },
                  {
                    "Name": "iconPosition",
                    "Value": "left"
                  },
                  {
                    "Name": "size",
                    "Value": "m"
                  }
                ],
                "Schema": [
                  {
                    "Type": "String",
                    "Alias": "name",
                    "Comment": "名字",
                    "Id": "616042880",
                    "Name": "name",
                    "Value": "nihao",
                    "Properties": [
                      {
                        "Name": "exttestname",
                        "Value": "exttestvalue"
                      }
                    ]
                  }
                ],
                "NodeMapping": {
                  "SourceId": "130973",
                  "SinkId": "130972",
                  "SourceSchema": [
                    {
                      "Id": "597853056",
                      "Name": "name",
                      "Value": "test",
                      "Type": "String",
                      "Alias": "name",
                      "Comment": "名称",
                      "Properties": [
                        {
                          "Name": "exttestname",
                          "Value": "exttestvalue"
                        }
                      ]
                    }
                  ],
                  "SchemaMappings": [
                    {
                      "SourceSchemaId": "597853056",
                      "SinkSchemaId": "616042880"
                    }
                  ],
                  "ExtConfig": [
                    {
                      "Name": "Type",
                      "Value": "MYSQL"
                    }
                  ]
                },
                "AppId": "1315051999",
                "ProjectId": "1486446569620893696",
                "CreatorUin": "100028644005",
                "OperatorUin": "100028644005",
                "OwnerUin": "100028644005",
                "CreateTime": "2022-05-07 10:13:21",
                "UpdateTime": "2022-05-07 10:13:21"
              }
            ],
            "ExecutorId": "20220331190555092303",
            "Mappings": [
              {
                "SourceId": "130973",
                "SinkId": "130972",
                "SourceSchema": [
                  {
                    "Id": "597853056",
                    "Name": "name",
                    "Value": "test",
                    "Type": "String",
                    "Alias": "name",
                    "Comment": "名称",
                    "Properties": [
                      {
                        "Name": "exttestname",
                        "Value": "exttestvalue"
                      }
                    ]
                  }
                ],
                "SchemaMappings": [
                  {
                    "SourceSchemaId": "597853056",
                    "SinkSchemaId": "616042880"
                  }
                ],
                "ExtConfig": [
                  {
                    "Name": "ext key name",
                    "Value": "ext key value"
                  }
                ]
              }
            ],
            "TaskMode": "1",
            "Incharge": "100028625403",
            "OfflineTaskAddEntity": {
              "WorkflowName": "",
              "DependencyWorkflow": "",
              "StartTime": "2024-04-10 00:00:00",
              "EndTime": "2099-12-31 00:00:00",
              "CycleType": 1,
              "CycleStep": 5,
              "DelayTime": 0,
              "CrontabExpression": "",
              "RetryWait": 3,
              "Retriable": 1,
              "TryLimit": 3,
              "RunPriority": 6,
              "ProductName": "DATA_INTEGRATION",
              "SelfDepend": 3,
              "TaskAction": "",
              "ExecutionEndTime": "23:59",
              "ExecutionStartTime": "00:00",
              "TaskAutoSubmit": true,
              "InstanceInitStrategy": "T+0"
            },
            "ExecutorGroupName": "资源组01",
            "InLongManagerUrl": "172.16.64.68:8083",
            "InLongStreamId": "f8317843e-68f9-4373-914f-241d7200a9a4",
            "InLongManagerVersion": "v17",
            "DataProxyUrl": [
              "172.16.64.68:8086"
            ],
            "Submit": true,
            "InputDatasourceType": "MYSQL",
            "OutputDatasourceType": "DLC",
            "NumRecordsIn": 1000,
            "NumRecordsOut": 1000,
            "ReaderDelay": 5,
            "NumRestarts": 2,
            "CreateTime": "2022-05-07 10:13:21",
            "UpdateTime": "2022-05-07 10:13:21",
            "LastRunTime": "2022-05-07 10:13:21",
            "StopTime": "2022-05-07 10:13:21",
            "HasVersion": true,
            "Locked": true,
            "Locker": "100022187073",
            "RunningCu": 2,
            "TaskAlarmRegularList": [
              "1769,1768"
            ],
            "SwitchResource": 1,
            "ReadPhase": 0,
            "InstanceVersion": 12,
            "ArrangeSpaceTaskId": "20230112170349643",
            "OfflineTaskStatus": 1,
            "Config": [
              {
                "Name": "ext key name",
                "Value": "ext key value"
              }
            ],
            "ExtConfig": [
              {
                "Name": "ext key name",
                "Value": "ext key value"
              }
            ],
            "ExecuteContext": [
              {
                "Name": "ext key name",
                "Value": "ext key value"
              }
            ]
          }
        ],
        "TotalCount": 10
      },
      "item": {
        "TaskName": "testtaskname",
        "Description": "testdesc",
        "SyncType": 2,
        "TaskType": 202,
        "WorkflowId": "",
        "TaskId": "n11a6d01c-0ec6-4efc-bd14-97a921d01d3f",
        "ScheduleTaskId": "cql-hjlx38yl",
        "TaskGroupId": "a5d814828-452c-46f6-b128-19c1a3249bf0",
        "ProjectId": "1486446569620893696",
        "CreatorUin": "100022187073",
        "OperatorUin": "100022187073",
        "OwnerUin": "100022187073",
        "AppId": "1257305888",
        "Status": 3,
        "Nodes": [
          {
            "Id": "130973",
            "TaskId": "n11a6d01c-0ec6-4efc-bd14-97a921d01d3f",
            "Name": "nodeTestName",
            "NodeType": "INPUT",
            "DataSourceType": "MYSQL",
            "Description": "testdesc",
            "DatasourceId": "914840",
            "Config": [
              {
                "Name": "Type",
                "Value": "MYSQL"
              },
              {
                "Name": "splitPk",
                "Value": "id"
              },
              {
                "Name": "Database",
                "Value": "databasetestname"
              },
              {
                "Name": "TableNames",
                "Value": "tabletestname"
              },
              {
                "Name": "PrimaryKey",
                "Value": "id"
              },
              {
                "Name": "isNew",
                "Value": "true"
              },
              {
                "Name": "PrimaryKey_INPUT_SYMBOL",
                "Value": "input"
              },
              {
                "Name": "splitPk_INPUT_SYMBOL",
                "Value": "input"
              },
              {
                "Name": "isClean",
                "Value": "0"
              },
              {
                "Name": "encoding",
                "Value": "utf-8"
              }
            ],
            "ExtConfig": [
              {
                "Name": "12123",
                "Value": "300"
              },
              {
                "Name": "y123131",
                "Value": "260"
              },
              {
                "Name": "iconPosition",
                "Value": "left"
              },
              {
                "Name": "size",
                "Value": "m"
              }
            ],
            "Schema": [
              {
                "Type": "String",
                "Alias": "name",
                "Comment": "名字",
                "Id": "616042880",
                "Name": "name",
                "Value": "nihao",
                "Properties": [
                  {
                    "Name": "exttestname",
                    "Value": "exttestvalue"
                  }
                ]
              }
            ],
            "NodeMapping": {
              "SourceId": "130973",
              "SinkId": "130972",
              "SourceSchema": [
                {
                  "Id": "597853056",
                  "Name": "name",
                  "Value": "test",
                  "Type": "String",
                  "Alias": "name",
                  "Comment": "名称",
                  "Properties": [
                    {
                      "Name": "exttestname",
                      "Value": "exttestvalue"
                    }
                  ]
                }
              ],
              "SchemaMappings": [
                {
                  "SourceSchemaId": "597853056",
                  "SinkSchemaId": "616042880"
                }
              ],
              "ExtConfig": [
                {
                  "Name": "Type",
                  "Value": "MYSQL"
                }
              ]
            },
            "AppId": "1315051999",
            "ProjectId": "1486446569620893696",
            "CreatorUin": "100028644005",
            "OperatorUin": "100028644005",
            "OwnerUin": "100028644005",
            "CreateTime": "2022-05-07 10:13:21",
            "UpdateTime": "2022-05-07 10:13:21"
          }
        ],
        "ExecutorId": "20220331190555092303",
        "Config": [
          {
            "Name": "ext key name",
            "Value": "ext key value"
          }
        ],
        "ExtConfig": [
          {
            "Name": "ext key name",
            "Value": "ext key value"
          }
        ],
        "ExecuteContext": [
          {
            "Name": "ext key name",
            "Value": "ext key value"
          }
        ],
        "Mappings": [
          {
            "SourceId": "130973",
            "SinkId": "130972",
            "SourceSchema": [
              {
                "Id": "597853056",
                "Name": "name",
                "Value": "test",
                "Type": "String",
                "Alias": "name",
                "Comment": "名称",
                "Properties": [
                  {
                    "Name": "exttestname",
                    "Value": "exttestvalue"
                  }
                ]
              }
            ],
            "SchemaMappings": [
              {
                "SourceSchemaId": "597853056",
                "SinkSchemaId": "616042880"
              }
            ],
            "ExtConfig": [
              {
                "Name": "ext key name",
                "Value": "ext key value"
              }
            ]
          }
        ],
        "TaskMode": "1",
        "Incharge": "100028625403",
        "OfflineTaskAddEntity": {
          "WorkflowName": "",
          "DependencyWorkflow": "",
          "StartTime": "2024-04-10 00:00:00",
          "EndTime": "2099-12-31 00:00:00",
          "CycleType": 1,
          "CycleStep": 5,
          "DelayTime": 0,
          "CrontabExpression": "",
          "RetryWait": 3,
          "Retriable": 1,
          "TryLimit": 3,
          "RunPriority": 6,
          "ProductName": "DATA_INTEGRATION",
          "SelfDepend": 3,
          "TaskAction": "",
          "ExecutionEndTime": "23:59",
          "ExecutionStartTime": "00:00",
          "TaskAutoSubmit": true,
          "InstanceInitStrategy": "T+0"
        },
        "ExecutorGroupName": "资源组01",
        "InLongManagerUrl": "172.16.64.68:8083",
        "InLongStreamId": "f8317843e-68f9-4373-914f-241d7200a9a4",
        "InLongManagerVersion": "v17",
        "DataProxyUrl": [
          "172.16.64.68:8086"
        ],
        "Submit": true,
        "InputDatasourceType": "MYSQL",
        "OutputDatasourceType": "DLC",
        "NumRecordsIn": 1000,
        "NumRecordsOut": 1000,
        "ReaderDelay": 5,
        "NumRestarts": 2,
        "CreateTime": "2022-05-07 10:13:21",
        "UpdateTime": "2022-05-07 10:13:21",
        "LastRunTime": "2022-05-07 10:13:21",
        "StopTime": "2022-05-07 10:13:21",
        "HasVersion": true,
        "Locked": true,
        "Locker": "100022187073",
        "RunningCu": 2,
        "TaskAlarmRegularList": [
          "1769,1768"
        ],
        "SwitchResource": 1,
        "ReadPhase": 0,
        "InstanceVersion": 12,
        "ArrangeSpaceTaskId": "20230112170349643",
        "OfflineTaskStatus": 1,
        "TaskImportInfo": {
          "IsImport": false,
          "IsNewWorkFlow": false,
          "WorkFlowFolderId": "",
          "WorkFlowFolderName": "",
          "WorkFlowId": "",
          "WorkFlowName": "",
          "TaskNameExistMode": 0,
          "WorkFlowFolderPath": ""
        },
        "BusinessLatency": 0,
        "CurrentSyncPosition": 0,
        "TagList": [],
        "ErrorMessage": "",
        "TaskSubType": 0,
        "NotExistsCheckPoint": 0,
        "SavePointId": "",
        "SavePointPath": "",
        "LastOperateInfo": {
          "TaskEvent": "",
          "OperateId": "",
          "ErrorMsg": "",
          "CreatedTime": "",
          "UpdatedTime": ""
        }
      }
    },
    "seeds": [
      {
        "ProjectId": "2804706451775033344",
        "TaskId": "r8f71567c-90eb-4452-98ee-432b7d516053"
      },
      {
        "ProjectId": "1486446569620893696",
        "TaskId": "n11a6d01c-0ec6-4efc-bd14-97a921d01d3f"
      },
      {
        "ProjectId": "11022568003970304",
        "TaskId": "20220506145218687"
      },
      {
        "ProjectId": "1486446569620893696",
        "TaskId": "4c187b4a-394b-4eb7-b9b0-948ca0552378"
      },
      {
        "ProjectId": "1102250839773970304",
        "TaskId": "f00vb100e8264c67a3442mffd53ac2"
      },
      {
        "ProjectId": "1486446569620893696",
        "TaskName": "testtaskname",
        "Description": "testdesc",
        "SyncType": 2,
        "TaskType": 202,
        "WorkflowId": "",
        "TaskId": "n11a6d01c-0ec6-4efc-bd14-97a921d01d3f",
        "ScheduleTaskId": "cql-hjlx38yl",
        "TaskGroupId": "a5d814828-452c-46f6-b128-19c1a3249bf0",
        "CreatorUin": "100022187073",
        "OperatorUin": "100022187073",
        "OwnerUin": "100022187073",
        "AppId": "1257305888",
        "Status": 3,
        "Nodes": [
          {
            "Id": "130973",
            "TaskId": "n11a6d01c-0ec6-4efc-bd14-97a921d01d3f",
            "Name": "nodeTestName",
            "NodeType": "INPUT",
            "DataSourceType": "MYSQL",
            "Description": "testdesc",
            "DatasourceId": "914840",
            "Config": [
              {
                "Name": "Type",
                "Value": "MYSQL"
              },
              {
                "Name": "splitPk",
                "Value": "id"
              },
              {
                "Name": "Database",
                "Value": "databasetestname"
              },
              {
                "Name": "TableNames",
                "Value": "tabletestname"
              },
              {
                "Name": "PrimaryKey",
                "Value": "id"
              },
              {
                "Name": "isNew",
                "Value": "true"
              },
              {
                "Name": "PrimaryKey_INPUT_SYMBOL",
                "Value": "input"
              },
              {
                "Name": "splitPk_INPUT_SYMBOL",
                "Value": "input"
              },
              {
                "Name": "isClean",
                "Value": "0"
              },
              {
                "Name": "encoding",
                "Value": "utf-8"
              }
            ],
            "ExtConfig": [
              {
                "Name": "12123",
                "Value": "300"
              },
              {
                "Name": "y123131",
                "Value": "260"
              },
              {
                "Name": "iconPosition",
                "Value": "left"
              },
              {
                "Name": "size",
                "Value": "m"
              }
            ],
            "Schema": [
              {
                "Type": "String",
                "Alias": "name",
                "Comment": "名字",
                "Id": "616042880",
                "Name": "name",
                "Value": "nihao",
                "Properties": [
                  {
                    "Name": "exttestname",
                    "Value": "exttestvalue"
                  }
                ]
              }
            ],
            "NodeMapping": {
              "SourceId": "130973",
              "SinkId": "130972",
              "SourceSchema": [
                {
                  "Id": "597853056",
                  "Name": "name",
                  "Value": "test",
                  "Type": "String",
                  "Alias": "name",
                  "Comment": "名称",
                  "Properties": [
                    {
                      "Name": "exttestname",
                      "Value": "exttestvalue"
                    }
                  ]
                }
              ],
              "SchemaMappings": [
                {
                  "SourceSchemaId": "597853056",
                  "SinkSchemaId": "616042880"
                }
              ],
              "ExtConfig": [
                {
                  "Name": "Type",
                  "Value": "MYSQL"
                }
              ]
            },
            "AppId": "1315051999",
            "ProjectId": "1486446569620893696",
            "CreatorUin": "100028644005",
            "OperatorUin": "100028644005",
            "OwnerUin": "100028644005",
            "CreateTime": "2022-05-07 10:13:21",
            "UpdateTime": "2022-05-07 10:13:21"
          }
        ],
        "ExecutorId": "20220331190555092303",
        "Mappings": [
          {
            "SourceId": "130973",
            "SinkId": "130972",
            "SourceSchema": [
              {
                "Id": "597853056",
                "Name": "name",
                "Value": "test",
                "Type": "String",
                "Alias": "name",
                "Comment": "名称",
                "Properties": [
                  {
                    "Name": "exttestname",
                    "Value": "exttestvalue"
                  }
                ]
              }
            ],
            "SchemaMappings": [
              {
                "SourceSchemaId": "597853056",
                "SinkSchemaId": "616042880"
              }
            ],
            "ExtConfig": [
              {
                "Name": "ext key name",
                "Value": "ext key value"
              }
            ]
          }
        ],
        "TaskMode": "1",
        "Incharge": "100028625403",
        "OfflineTaskAddEntity": {
          "WorkflowName": "",
          "DependencyWorkflow": "",
          "StartTime": "2024-04-10 00:00:00",
          "EndTime": "2099-12-31 00:00:00",
          "CycleType": 1,
          "CycleStep": 5,
          "DelayTime": 0,
          "CrontabExpression": "",
          "RetryWait": 3,
          "Retriable": 1,
          "TryLimit": 3,
          "RunPriority": 6,
          "ProductName": "DATA_INTEGRATION",
          "SelfDepend": 3,
          "TaskAction": "",
          "ExecutionEndTime": "23:59",
          "ExecutionStartTime": "00:00",
          "TaskAutoSubmit": true,
          "InstanceInitStrategy": "T+0"
        },
        "ExecutorGroupName": "资源组01",
        "InLongManagerUrl": "172.16.64.68:8083",
        "InLongStreamId": "f8317843e-68f9-4373-914f-241d7200a9a4",
        "InLongManagerVersion": "v17",
        "DataProxyUrl": [
          "172.16.64.68:8086"
        ],
        "Submit": true,
        "InputDatasourceType": "MYSQL",
        "OutputDatasourceType": "DLC",
        "NumRecordsIn": 1000,
        "NumRecordsOut": 1000,
        "ReaderDelay": 5,
        "NumRestarts": 2,
        "CreateTime": "2022-05-07 10:13:21",
        "UpdateTime": "2022-05-07 10:13:21",
        "LastRunTime": "2022-05-07 10:13:21",
        "StopTime": "2022-05-07 10:13:21",
        "HasVersion": true,
        "Locked": true,
        "Locker": "100022187073",
        "RunningCu": 2,
        "TaskAlarmRegularList": [
          "1769,1768"
        ],
        "SwitchResource": 1,
        "ReadPhase": 0,
        "InstanceVersion": 12,
        "ArrangeSpaceTaskId": "20230112170349643",
        "OfflineTaskStatus": 1,
        "Config": [
          {
            "Name": "ext key name",
            "Value": "ext key value"
          }
        ],
        "ExtConfig": [
          {
            "Name": "ext key name",
            "Value": "ext key value"
          }
        ],
        "ExecuteContext": [
          {
            "Name": "ext key name",
            "Value": "ext key value"
          }
        ]
      }
    ]
  },
  {
    "name": "OfflineTask",
    "id": {
      "name": "TaskId",
      "type": "uuid"
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateOfflineTask",
      "id": [
        "TaskId"
      ],
      "answer": {
        "TaskId": "20220411181355382",
        "ArrangeSpaceTaskId": "",
        "Data": ""
      }
    },
    "update": [],
    "delete": {
      "action": "DeleteOfflineTask",
      "id": [
        "TaskId"
      ]
    },
    "seeds": [
      {
        "ProjectId": "11022568003970304",
        "TaskId": "40c442b0-3a33-4a95-ae7f-452eb5fdfa50"
      }
    ]
  },
  {
    "name": "Rule",
    "id": {
      "name": "RuleId",
      "type": "integer"
    },
    "scope": [],
    "create": {
      "action": "CreateRule",
      "id": [
        "Data",
        "RuleId"
      ],
      "answer": {
        "Data": {
          "RuleId": 1,
          "RuleGroupId": 1,
          "TableId": "E-UEBWsQB-XRjERluUg",
          "Name": "rule1",
          "Type": 1,
          "RuleTemplateId": 1,
          "RuleTemplateContent": "规则",
          "QualityDim": 1,
          "SourceObjectType": 1,
          "SourceObjectDataType": 1,
          "SourceObjectDataTypeName": "int",
          "SourceObjectValue": "age",
          "ConditionType": 1,
          "ConditionExpression": "pt=substring('${yyyyMMddHHmmss-1H}',1,10)",
          "CustomSql": "SELECT id,name FROM `at_hive_bj`.`at_hive_22`;",
          "CompareRule": {
            "Items": [
              {
                "CompareType": 1,
                "Operator": ">",
                "ValueComputeType": 1,
                "ValueList": [
                  {
                    "ValueType": 3,
                    "Value": "0"
                  }
                ]
              }
            ],
            "CycleStep": 1,
            "ComputeExpression": ""
          },
          "AlarmLevel": 2,
          "Description": "规则",
          "Operator": "zhangsan",
          "TargetDatabaseId": "6788897uigygh967q23e",
          "TargetDatabaseName": "db",
          "TargetTableId": "y8o97hufe378qygfvbqd",
          "TargetTableName": "dq",
          "TargetConditionExpr": "ct='${yyyy-mm-dd-1}'",
          "RelConditionExpr": "sourceTable.id=targetTable.id",
          "FieldConfig": {
            "WhereConfig": [
              {
                "FieldKey": "param_1",
                "FieldDataType": "int",
                "FieldValue": "id"
              }
            ],
            "TableConfig": [
              {
                "DatabaseId": "NW0VL_YYPESvi8w",
                "DatabaseName": "default",
                "TableId": "EHdPET2IKQ2KBhGw",
                "TableName": "dq_student",
                "TableKey": "table_1",
                "FieldConfig": [
                  {
                    "FieldKey": "table_1.column_1",
                    "FieldDataType": "int",
                    "FieldValue": "id"
                  }
                ]
              }
            ]
          },
          "MultiSourceFlag": true,
          "WhereFlag": true,
          "TemplateSql": "select count(${table_1.column_1}) from ${table_1}",
          "SubQualityDim": 1,
          "TargetObjectType": 1,
          "TargetObjectDataType": 1,
          "TargetObjectDataTypeName": "name",
          "TargetObjectValue": "value",
          "SourceEngineTypes": [
            2,
            4,
            16
          ],
          "TableName": "dq",
          "TableOwnerName": "AUTO_TEST",
          "ExecStrategy": {
            "RuleGroupId": 0,
            "MonitorType": 2,
            "ExecQueue": "",
            "ExecutorGroupId": "",
            "ExecutorGroupName": "",
            "Tasks": [
              {
                "TaskId": "20240205135835",
                "TaskName": "at_qualire_task_1708606293AquG",
                "WorkflowId": "1c2a85c6-d181-11eeb-b8cef68a6637"
              }
            ],
            "StartTime": "",
            "EndTime": "",
            "CycleType": "",
            "DelayTime": 0,
            "CycleStep": 0,
            "TaskAction": "",
            "ExecEngineType": "",
            "ExecPlan": "",
            "RuleId": 1263,
            "RuleName": "field_minimum_trigger_fail",
            "TriggerTypes": [],
            "DlcGroupName": "",
            "RuleGroupName": "",
            "DatabaseName": "",
            "SchemaName": "",
            "TableName": "",
            "DatasourceId": "",
            "Description": "",
            "ScheduleTimeZone": "",
            "GroupConfig": {
              "AnalysisType": "",
              "ModelMonitorType": "",
              "PredictColumn": "",
              "PredictColumnType": "",
              "LabelColumn": "",
              "LabelColumnType": "",
              "ModelIdColumn": "",
              "ModelIdColumnType": "",
              "TimestampColumn": "",
              "TimestampColumnType": "",
              "Granularity": 0,
              "GranularityType": "",
              "BaseTable": "",
              "BaseDb": "",
              "ComparisonColumn": "",
              "ComparisonColumnType": "",
              "ProtectionValue": "",
              "PositiveValue": "",
              "FeatureColumn": "",
              "CategoricalFeatureColumn": "",
              "BaseCatalog": ""
            },
            "EngineParam": "",
            "CatalogName": "",
            "ExecFailBlock": 0
          },
          "Subscription": {
            "RuleGroupId": 0,
            "Receivers": [
              {
                "ReceiverName": "yukzhang",
                "ReceiverUserId": 100581064
              }
            ],
            "SubscribeType": [
              1
            ],
            "WebHooks": [],
            "RuleId": 125,
            "RuleName": "",
            "AlarmMessageRule": ""
          },
          "CreateTime": "2024-02-22 21:49:55",
          "DatasourceId": 6789789,
          "DatabaseId": "roeqgaBtT4m22RyjnMQ",
          "MonitorStatus": 0,
          "TriggerCondition": "",
          "DsEnvType": 0,
          "DatasourceType": 0,
          "SchemaName": "",
          "TargetSchemaName": "",
          "ProjectId": "",
          "ProjectName": "",
          "UpdateTime": "",
          "DatasourceName": "",
          "DatabaseName": "",
          "FailMsg": "",
          "GroupType": "",
          "AspectTaskId": "",
          "CatalogName": "",
          "TargetCatalogName": ""
        }
      }
    },
    "read": {
      "action": "DescribeRule",
      "id": [
        "RuleId"
      ],
      "answer": {
        "Data": {
          "RuleId": 1293,
          "RuleGroupId": 371,
          "TableId": "O34kNIp-70pmT10q4vQ",
          "Name": "表记录数小于10",
          "Type": 1,
          "RuleTemplateId": 1,
          "RuleTemplateContent": "准确性: 表行数",
          "QualityDim": 1,
          "SourceObjectType": 2,
          "SourceObjectDataType": 3,
          "SourceObjectDataTypeName": "table",
          "SourceObjectValue": "表",
          "ConditionType": 1,
          "ConditionExpression": "pt=substring('${yyyyMMddHHmmss-1H}',1,10)",
          "CustomSql": "SELECT id,name FROM `at_hive_bj`.`at_hive_22`;",
          "CompareRule": {
            "Items": [
              {
                "CompareType": 1,
                "Operator": ">",
                "ValueComputeType": 1,
                "ValueList": [
                  {
                    "Value": "10",
                    "ValueType": 3
                  }
                ]
              }
            ],
            "CycleStep": 1,
            "ComputeExpression": "0"
          },
          "AlarmLevel": 2,
          "Description": "",
          "Operator": "dylandlwu",
          "TargetDatabaseId": "",
          "TargetDatabaseName": "",
          "TargetTableId": "",
          "TargetTableName": "",
          "TargetConditionExpr": "",
          "RelConditionExpr": "sourceTable.id=targetTable.id",
          "FieldConfig": {
            "WhereConfig": [],
            "TableConfig": []
          },
          "MultiSourceFlag": false,
          "WhereFlag": false,
          "TemplateSql": "",
          "SubQualityDim": 0,
          "TargetObjectType": 0,
          "TargetObjectDataType": 0,
          "TargetObjectDataTypeName": "",
          "TargetObjectValue": "",
          "SourceEngineTypes": [
            2,
            4,
            16
          ],
          "TableName": "",
          "TableOwnerName": "",
          "ExecStrategy": {
            "RuleGroupId": 0,
            "MonitorType": 3,
            "ExecQueue": "default",
            "ExecutorGroupId": "20240307193015743960",
            "ExecutorGroupName": "wedata-test-use-sch-sh",
            "Tasks": [
              {
                "TaskId": "20240205135835",
                "TaskName": "at_qualire_task_1708606293AquG",
                "WorkflowId": "1c2a85c6-d181-11eeb-b8cef68a6637"
              }
            ],
            "StartTime": "2024-03-07 00:00:00",
            "EndTime": "2099-12-31 23:59:59",
            "CycleType": "I",
            "DelayTime": 0,
            "CycleStep": 10,
            "TaskAction": "",
            "ExecEngineType": "HIVE",
            "ExecPlan": "2024-03-07 00:00:00 ~ 2099-12-31 23:59:59，每间隔10分钟执行一次",
            "RuleId": 1293,
            "RuleName": "表记录数小于10",
            "TriggerTypes": [],
            "DlcGroupName": "",
            "RuleGroupName": "",
            "DatabaseName": "",
            "SchemaName": "",
            "TableName": "",
            "DatasourceId": "",
            "Description": "",
            "ScheduleTimeZone": "",
            "GroupConfig": {
              "AnalysisType": "",
              "ModelMonitorType": "",
              "PredictColumn": "",
              "PredictColumnType": "",
              "LabelColumn": "",
              "LabelColumnType": "",
              "ModelIdColumn": "",
              "ModelIdColumnType": "",
              "TimestampColumn": "",
              "TimestampColumnType": "",
              "Granularity": 0,
              "GranularityType": "",
              "BaseTable": "",
              "BaseDb": "",
              "ComparisonColumn": "",
              "ComparisonColumnType": "",
              "ProtectionValue": "",
              "PositiveValue": "",
              "FeatureColumn": "",
              "CategoricalFeatureColumn": "",
              "BaseCatalog": ""
            },
            "EngineParam": "",
            "CatalogName": "",
            "ExecFailBlock": 0
          },
          "Subscription": {
            "RuleGroupId": 0,
            "Receivers": [
              {
                "ReceiverName": "solondeng",
                "ReceiverUserId": 100596846
              }
            ],
            "SubscribeType": [
              1,
              2,
              5
            ],
            "WebHooks": [
              {
                "HookAddress": "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=2477c-5a80-43f7-bb6b-6c606420e",
                "HookType": "qywx"
              }
            ],
            "RuleId": 1293,
            "RuleName": "",
            "AlarmMessageRule": ""
          },
          "CreateTime": "2024-02-22 21:49:55",
          "DatasourceId": 0,
          "DatabaseId": "roeqgaBtT4m22RyjnMQ",
          "MonitorStatus": 0,
          "TriggerCondition": "固定值大于10",
          "DsEnvType": 0,
          "DatasourceType": 0,
          "SchemaName": "",
          "TargetSchemaName": "",
          "ProjectId": "",
          "ProjectName": "",
          "UpdateTime": "",
          "DatasourceName": "",
          "DatabaseName": "",
          "FailMsg": "",
          "GroupType": "",
          "AspectTaskId": "",
          "CatalogName": "",
          "TargetCatalogName": ""
        }
      }
    },
    "update": [
      {
        "action": "ModifyRule",
        "id": [
          "RuleId"
        ]
      }
    ],
    "delete": {
      "action": "DeleteRule",
      "id": [
        "RuleId"
      ]
    },
    "seeds": [
      {
        "RuleId": 1
      }
    ]
  },
  {
    "name": "RuleTemplate",
    "id": {
      "name": "TemplateId",
      "type": "integer"
    },
    "scope": [],
    "create": {
      "action": "CreateRuleTemplate",
      "id": [
        "Data"
      ],
      "answer": {
        "Data": 1
      }
    },
    "read": {
      "action": "DescribeRuleTemplate",
      "id": [
        "TemplateId"
      ],
      "answer": {
        "Data": {
          "RuleTemplateId": 1,
          "Name": "表行数",
          "Description": "描述",
          "Type": 1,
          "SourceObjectType": 1,
          "SourceObjectDataType": 1,
          "SourceContent": "",
          "SourceEngineTypes": [
            2
          ],
          "QualityDim": 1,
          "CompareType": 1,
          "CitationCount": 1,
          "UserId": 1,
          "UserName": "zahgnsan",
          "UpdateTime": "2023-10-01",
          "WhereFlag": true,
          "MultiSourceFlag": true,
          "SqlExpression": "select count(*) from table",
          "SubQualityDim": 1,
          "ResolvedSqlExpression": {
            "TableExpressions": [
              {
                "TableExpression": "table_2.column_2",
                "ColumnExpression": [
                  "column_1"
                ]
              }
            ],
            "ParamExpressions": [
              "param_1"
            ],
            "SystemTemplateExpressions": []
          },
          "DatasourceTypes": [
            2
          ],
          "UserIdStr": ""
        }
      }
    },
    "update": [
      {
        "action": "ModifyRuleTemplate",
        "id": [
          "TemplateId"
        ]
      }
    ],
    "seeds": [
      {
        "TemplateId": 1
      }
    ]
  },
  {
    "name": "TaskAlarmRegular",
    "id": {
      "name": "Id",
      "alias": "AlarmId",
      "type": "digits",
      "length": 4
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateTaskAlarmRegular",
      "id": [
        "AlarmId"
      ],
      "answer": {
        "AlarmId": 312
      }
    },
    "update": [
      {
        "action": "ModifyTaskAlarmRegular",
        "id": [
          "Id"
        ]
      }
    ],
    "delete": {
      "action": "DeleteTaskAlarmRegular",
      "id": [
        "Id"
      ]
    },
    "seeds": [
      {
        "ProjectId": "1486446569620893696",
        "Id": "1769"
      },
      {
        "ProjectId": "11022568003970304",
        "Id": "14324234"
      }
    ]
  },
  {
    "name": "WorkflowDs",
    "id": {
      "name": "WorkflowId",
      "type": "uuid"
    },
    "scope": [
      "ProjectId"
    ],
    "create": {
      "action": "CreateWorkflowDs",
      "id": [
        "Data"
      ],
      "answer": {
        "Data": "1d4977d8-ed50-11ed-8909-bc97e105ba60"
      }
    },
    "update": [],
    "delete": {
      "action": "RemoveWorkflowDs",
      "id": [
        "WorkflowId"
      ]
    },
    "seeds": [
      {
        "ProjectId": "1464962169590902784",
        "WorkflowId": "5b11a2b6-86a1-434f-a6fc-5ab314f92f4f"
      },
      {
        "ProjectId": "1460947878944567296",
        "WorkflowId": "a09dac50-ed66-11ed-8909-bc97e105ba60"
      }
    ]
  }
];
