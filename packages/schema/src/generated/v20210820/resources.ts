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
        "Data": ""
      }
    },
    "read": {
      "action": "DescribeCodeTemplateDetail",
      "id": [
        "CodeTemplateId"
      ],
      "answer": {
        "Data": {
          "ProjectId": "",
          "CodeTemplateName": "",
          "TaskType": 0,
          "CodeTemplateDesc": "",
          "FolderId": "",
          "FolderName": "",
          "InCharge": "",
          "InChargeId": "",
          "Ext": {
            "TaskId": "",
            "Properties": [],
            "DryRunExtAttributes": [],
            "DryRunParameter": []
          },
          "CodeTemplateId": "",
          "LastUpdateTime": "",
          "UpdateUser": "",
          "UpdateUserId": "",
          "BrokerIp": "",
          "ResourceGroup": "",
          "Submit": false,
          "ScriptChange": false,
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
        "FunctionId": "",
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
        "Data": ""
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
        "Data": ""
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
        "Id": "",
        "TaskId": ""
      }
    },
    "read": {
      "action": "DescribeIntegrationNode",
      "id": [
        "Id"
      ],
      "answer": {
        "NodeInfo": {
          "Id": "",
          "TaskId": "",
          "Name": "",
          "NodeType": "",
          "DataSourceType": "",
          "Description": "",
          "DatasourceId": "",
          "Config": [],
          "ExtConfig": [],
          "Schema": [],
          "NodeMapping": {
            "SourceId": "",
            "SinkId": "",
            "SourceSchema": [],
            "SchemaMappings": [],
            "ExtConfig": []
          },
          "AppId": "",
          "ProjectId": "",
          "CreatorUin": "",
          "OperatorUin": "",
          "OwnerUin": "",
          "CreateTime": "",
          "UpdateTime": ""
        },
        "SourceCheckFlag": false
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
        "TaskId": ""
      }
    },
    "read": {
      "action": "DescribeIntegrationTask",
      "id": [
        "TaskId"
      ],
      "answer": {
        "TaskInfo": {
          "TaskName": "",
          "Description": "",
          "SyncType": 0,
          "TaskType": 0,
          "WorkflowId": "",
          "TaskId": "",
          "ScheduleTaskId": "",
          "TaskGroupId": "",
          "ProjectId": "",
          "CreatorUin": "",
          "OperatorUin": "",
          "OwnerUin": "",
          "AppId": "",
          "Status": 0,
          "Nodes": [],
          "ExecutorId": "",
          "Config": [],
          "ExtConfig": [],
          "ExecuteContext": [],
          "Mappings": [],
          "TaskMode": "",
          "Incharge": "",
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
          "InputDatasourceType": "",
          "OutputDatasourceType": "",
          "NumRecordsIn": 0,
          "NumRecordsOut": 0,
          "ReaderDelay": 0,
          "NumRestarts": 0,
          "CreateTime": "",
          "UpdateTime": "",
          "LastRunTime": "",
          "StopTime": "",
          "HasVersion": false,
          "Locked": false,
          "Locker": "",
          "RunningCu": 0,
          "TaskAlarmRegularList": [],
          "SwitchResource": 0,
          "ReadPhase": 0,
          "InstanceVersion": 0,
          "ArrangeSpaceTaskId": "",
          "OfflineTaskStatus": 0,
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
        "TaskVersionList": []
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
        "TaskInfoSet": [],
        "TotalCount": 0
      },
      "item": {
        "TaskName": "",
        "Description": "",
        "SyncType": 0,
        "TaskType": 0,
        "WorkflowId": "",
        "TaskId": "",
        "ScheduleTaskId": "",
        "TaskGroupId": "",
        "ProjectId": "",
        "CreatorUin": "",
        "OperatorUin": "",
        "OwnerUin": "",
        "AppId": "",
        "Status": 0,
        "Nodes": [],
        "ExecutorId": "",
        "Config": [],
        "ExtConfig": [],
        "ExecuteContext": [],
        "Mappings": [],
        "TaskMode": "",
        "Incharge": "",
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
        "InputDatasourceType": "",
        "OutputDatasourceType": "",
        "NumRecordsIn": 0,
        "NumRecordsOut": 0,
        "ReaderDelay": 0,
        "NumRestarts": 0,
        "CreateTime": "",
        "UpdateTime": "",
        "LastRunTime": "",
        "StopTime": "",
        "HasVersion": false,
        "Locked": false,
        "Locker": "",
        "RunningCu": 0,
        "TaskAlarmRegularList": [],
        "SwitchResource": 0,
        "ReadPhase": 0,
        "InstanceVersion": 0,
        "ArrangeSpaceTaskId": "",
        "OfflineTaskStatus": 0,
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
        "TaskId": "",
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
          "RuleId": 0,
          "RuleGroupId": 0,
          "TableId": "",
          "Name": "",
          "Type": 0,
          "RuleTemplateId": 0,
          "RuleTemplateContent": "",
          "QualityDim": 0,
          "SourceObjectType": 0,
          "SourceObjectDataType": 0,
          "SourceObjectDataTypeName": "",
          "SourceObjectValue": "",
          "ConditionType": 0,
          "ConditionExpression": "",
          "CustomSql": "",
          "CompareRule": {
            "Items": [],
            "CycleStep": 0,
            "ComputeExpression": ""
          },
          "AlarmLevel": 0,
          "Description": "",
          "Operator": "",
          "TargetDatabaseId": "",
          "TargetDatabaseName": "",
          "TargetTableId": "",
          "TargetTableName": "",
          "TargetConditionExpr": "",
          "RelConditionExpr": "",
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
          "SourceEngineTypes": [],
          "TableName": "",
          "TableOwnerName": "",
          "ExecStrategy": {
            "RuleGroupId": 0,
            "MonitorType": 0,
            "ExecQueue": "",
            "ExecutorGroupId": "",
            "ExecutorGroupName": "",
            "Tasks": [],
            "StartTime": "",
            "EndTime": "",
            "CycleType": "",
            "DelayTime": 0,
            "CycleStep": 0,
            "TaskAction": "",
            "ExecEngineType": "",
            "ExecPlan": "",
            "RuleId": 0,
            "RuleName": "",
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
            "Receivers": [],
            "SubscribeType": [],
            "WebHooks": [],
            "RuleId": 0,
            "RuleName": "",
            "AlarmMessageRule": ""
          },
          "CreateTime": "",
          "DatasourceId": 0,
          "DatabaseId": "",
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
          "RuleId": 0,
          "RuleGroupId": 0,
          "TableId": "",
          "Name": "",
          "Type": 0,
          "RuleTemplateId": 0,
          "RuleTemplateContent": "",
          "QualityDim": 0,
          "SourceObjectType": 0,
          "SourceObjectDataType": 0,
          "SourceObjectDataTypeName": "",
          "SourceObjectValue": "",
          "ConditionType": 0,
          "ConditionExpression": "",
          "CustomSql": "",
          "CompareRule": {
            "Items": [],
            "CycleStep": 0,
            "ComputeExpression": ""
          },
          "AlarmLevel": 0,
          "Description": "",
          "Operator": "",
          "TargetDatabaseId": "",
          "TargetDatabaseName": "",
          "TargetTableId": "",
          "TargetTableName": "",
          "TargetConditionExpr": "",
          "RelConditionExpr": "",
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
          "SourceEngineTypes": [],
          "TableName": "",
          "TableOwnerName": "",
          "ExecStrategy": {
            "RuleGroupId": 0,
            "MonitorType": 0,
            "ExecQueue": "",
            "ExecutorGroupId": "",
            "ExecutorGroupName": "",
            "Tasks": [],
            "StartTime": "",
            "EndTime": "",
            "CycleType": "",
            "DelayTime": 0,
            "CycleStep": 0,
            "TaskAction": "",
            "ExecEngineType": "",
            "ExecPlan": "",
            "RuleId": 0,
            "RuleName": "",
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
            "Receivers": [],
            "SubscribeType": [],
            "WebHooks": [],
            "RuleId": 0,
            "RuleName": "",
            "AlarmMessageRule": ""
          },
          "CreateTime": "",
          "DatasourceId": 0,
          "DatabaseId": "",
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
        "Data": 0
      }
    },
    "read": {
      "action": "DescribeRuleTemplate",
      "id": [
        "TemplateId"
      ],
      "answer": {
        "Data": {
          "RuleTemplateId": 0,
          "Name": "",
          "Description": "",
          "Type": 0,
          "SourceObjectType": 0,
          "SourceObjectDataType": 0,
          "SourceContent": "",
          "SourceEngineTypes": [],
          "QualityDim": 0,
          "CompareType": 0,
          "CitationCount": 0,
          "UserId": 0,
          "UserName": "",
          "UpdateTime": "",
          "WhereFlag": false,
          "MultiSourceFlag": false,
          "SqlExpression": "",
          "SubQualityDim": 0,
          "ResolvedSqlExpression": {
            "TableExpressions": [],
            "ParamExpressions": [],
            "SystemTemplateExpressions": []
          },
          "DatasourceTypes": [],
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
        "AlarmId": 0
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
        "Data": ""
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
