// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionParameters } from "@wedata-openapi/schema-core";
import type { operations } from "@wedata-openapi/schema-core/v20210820";

/**
 * Each action's summary and request members, as the spec describes them (for command lines and forms).
 * Typed by shape, not as literals: the declaration stays one line however many actions there are.
 */
export const parameters: Readonly<Record<keyof operations, ActionParameters>> = {
  "AddProjectUserRole": {
    "summary": "Add a project user role",
    "description": "This API is used to add a user role to a project.",
    "zh": {
      "summary": "添加项目用户角色",
      "description": "添加项目用户角色"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "UserIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "User UIN",
        "zh": "用户uin"
      },
      {
        "name": "RoleIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Role ID",
        "zh": "角色id"
      }
    ]
  },
  "BatchCreateIntegrationTaskAlarms": {
    "summary": "Bulk Create Task Alert Rules",
    "description": "Bulk Create Task Alert Rules",
    "zh": {
      "summary": "批量创建任务告警规则",
      "description": "批量创建任务告警规则"
    },
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task ID.",
        "zh": "任务id"
      },
      {
        "name": "TaskAlarmInfo",
        "type": "object",
        "required": true,
        "description": "Alert Configuration Information",
        "zh": "告警配置信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "BatchCreateTaskVersionAsync": {
    "summary": "Async batch create task versions",
    "description": "This API is used to asynchronously create task versions in batches.",
    "zh": {
      "summary": "异步批量创建任务版本",
      "description": "异步批量创建任务版本"
    },
    "members": [
      {
        "name": "Tasks",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Task information",
        "zh": "<p>任务信息</p>"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "<p>项目ID</p>"
      },
      {
        "name": "AutoRun",
        "type": "boolean",
        "required": false,
        "description": "Specifies whether to run automatically",
        "zh": "<p>是否自动运行</p>"
      },
      {
        "name": "AlarmWays",
        "type": "string",
        "required": false,
        "description": "Alert method: email-email; sms-sms; wecom-wecom",
        "zh": "<p>告警方式:email-邮件;sms-短信;wecom-企业微信</p>"
      },
      {
        "name": "AlarmRecipientTypes",
        "type": "string",
        "required": false,
        "description": "Alarm object: 1. Project Administrator. 2. Task Owner",
        "zh": "<p>告警对象:1-项目管理员，2-任务责任人</p>"
      },
      {
        "name": "NeedCheckParentSubmitted",
        "type": "boolean",
        "required": false,
        "description": "Whether validation is required to check if the parent task has been submitted to scheduling",
        "zh": "<p>是否需要校验父任务已经提交到调度</p>"
      },
      {
        "name": "EnableMakeUp",
        "type": "boolean",
        "required": false,
        "description": "<p>是否需要补录中间实例</p>"
      },
      {
        "name": "AssignApprovalList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "<p>指定审批人列表</p>"
      },
      {
        "name": "PerTaskMissingInstanceStrategy",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "<p>任务缺失实例处理策略</p><p>MAKEUP:补录缺失的实例;FORCE_SUCCESS:将缺失的实例置成功;SKIP:不处理，忽略缺失的实例</p>"
      }
    ]
  },
  "BatchDeleteIntegrationTasks": {
    "summary": "Batch Delete Integration Tasks",
    "description": "Batch Delete Integration Tasks.",
    "zh": {
      "summary": "批量删除集成任务",
      "description": "批量删除集成任务"
    },
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type, 201 for real-time tasks, 202 for offline tasks",
        "zh": "任务类型，201为实时任务，202为离线任务"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "DeleteKFFlag",
        "type": "integer",
        "required": false,
        "description": "Whether to delete development state tasks. By default, development state is not deleted, 0 means do not delete, 1 means delete",
        "zh": "是否删除开发态任务。默认不删除开发态，为 0 不删除 , 为 1 删除"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Operation Name",
        "zh": "操作名称"
      },
      {
        "name": "TaskNames",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "This batch operation involves tasks for auditing",
        "zh": "本次批量操作涉及任务，用于审计"
      }
    ]
  },
  "BatchDeleteOpsTasks": {
    "summary": "Task Operation and Maintenance - Batch Delete Tasks",
    "description": "Task Operation and Maintenance - Batch Delete Tasks",
    "zh": {
      "summary": "任务运维-批量删除任务",
      "description": "任务运维-批量删除任务"
    },
    "members": [
      {
        "name": "TaskIdList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Batch Deleted Task TaskId",
        "zh": "批量删除的任务TaskId"
      },
      {
        "name": "DeleteMode",
        "type": "boolean",
        "required": true,
        "description": "true: After deletion, downstream tasks can run normally\nfalse: After deletion, downstream tasks cannot run",
        "zh": "true : 删除后下游任务可正常运行\nfalse：删除后下游任务不可运行"
      },
      {
        "name": "EnableNotify",
        "type": "boolean",
        "required": true,
        "description": "true: Notify Downstream Task Responsible Persons\nfalse: Do Not Notify Downstream Task Responsible Persons",
        "zh": "true：通知下游任务责任人\nfalse:  不通知下游任务责任人"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "DeleteScript",
        "type": "boolean",
        "required": false,
        "description": "删除任务时是否删除脚本文件"
      }
    ]
  },
  "BatchForceSuccessIntegrationTaskInstances": {
    "summary": "Batch set successful integration task instances",
    "description": "Batch set successful integration task instances",
    "zh": {
      "summary": "批量置成功集成任务实例",
      "description": "批量置成功集成任务实例"
    },
    "members": [
      {
        "name": "Instances",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Instance Information",
        "zh": "实例信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "BatchKillIntegrationTaskInstances": {
    "summary": "Batch Terminate Integration Task Instances",
    "description": "Batch Terminate Integration Task Instances",
    "zh": {
      "summary": "批量终止集成任务实例",
      "description": "批量终止集成任务实例"
    },
    "members": [
      {
        "name": "Instances",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Instance Information",
        "zh": "实例信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "BatchMakeUpIntegrationTasks": {
    "summary": "Bulk Data Supplement",
    "description": "Perform Batch Data Supplement Operation on Integrated Offline Tasks",
    "zh": {
      "summary": "批量补数据",
      "description": "对集成离线任务执行批量补数据操作"
    },
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type, 201 for Real-time Task, 202 for Offline Task",
        "zh": "任务类型，201为实时任务，202为离线任务"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": true,
        "description": "Data Supplement Start Time",
        "zh": "补数据开始时间"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": true,
        "description": "Data Supplement End Time",
        "zh": "补数据结束时间"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "BatchModifyOpsOwners": {
    "summary": "Task Operation and Maintenance-Batch Modify Task Assignee",
    "description": "Batch Modify Task Assignee",
    "zh": {
      "summary": "任务运维-批量修改任务责任人",
      "description": "批量修改任务责任人"
    },
    "members": [
      {
        "name": "TaskIdList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "TaskId Array that Needs Updated Responsible Person",
        "zh": "需要更新责任人的TaskId数组"
      },
      {
        "name": "Owners",
        "type": "string",
        "required": true,
        "description": "Responsible User Id Information that Needs Updating, Connect Multiple Persons in Charge with ;",
        "zh": "需要更新的责任人userId信息，多个责任人用;连接"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      }
    ]
  },
  "BatchRerunIntegrationTaskInstances": {
    "summary": "Batch Rerun Integration Task Instances",
    "description": "Batch Rerun Integration Task Instances",
    "zh": {
      "summary": "批量重跑集成任务实例",
      "description": "批量重跑集成任务实例"
    },
    "members": [
      {
        "name": "Instances",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Instance Information",
        "zh": "实例信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "BatchResumeIntegrationTasks": {
    "summary": "Batch Continue Execution of Integration Tasks",
    "description": "Batch Continue Execution of Integrated Real-time Tasks",
    "zh": {
      "summary": "批量继续执行集成任务",
      "description": "批量继续执行集成实时任务"
    },
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type, 201 for Real-time Task, 202 for Offline Task",
        "zh": "任务类型, 201为实时任务，202为离线任务"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "BatchRunOpsTask": {
    "summary": "Task Operation and Maintenance - Batch Startup Tasks",
    "description": "Task Operation and Maintenance - Task List Batch Startup",
    "zh": {
      "summary": "任务运维-批量启动任务",
      "description": "任务运维-任务列表 批量启动"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "EnableMakeUp",
        "type": "integer",
        "required": true,
        "description": "Whether to Supplement Intermediate Instances, 0 for not supplementing; 1 for supplementing",
        "zh": "是否补录中间实例,0不补录;1补录"
      },
      {
        "name": "Tasks",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task ID list",
        "zh": "任务id列表"
      }
    ]
  },
  "BatchStartIntegrationTasks": {
    "summary": "Batch Run Integration Tasks",
    "description": "Batch Run Integration Tasks",
    "zh": {
      "summary": "批量运行集成任务",
      "description": "批量运行集成任务"
    },
    "members": [
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type, 201 for real-time tasks, 202 for offline tasks",
        "zh": "任务类型，201为实时任务，202为离线任务"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "StartTaskInfoSet",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Batch run integration tasks, currently only used in real-time integration",
        "zh": "批量运行集成任务，目前仅实时集成用到了这个参数"
      }
    ]
  },
  "BatchStopIntegrationTasks": {
    "summary": "Batch Stop Integration Tasks",
    "description": "Batch Stop Integration Tasks",
    "zh": {
      "summary": "批量停止集成任务",
      "description": "批量停止集成任务"
    },
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type, 201 for real-time tasks, 202 for offline tasks",
        "zh": "任务类型，201为实时任务，202为离线任务"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "BatchStopOpsTasks": {
    "summary": "Task Operation and Maintenance - Batch Stop Tasks",
    "description": "Only valid for tasks in \"Scheduling In Progress\" and \"Paused\" statuses, terminate the task instances of the selected tasks, and stop scheduling",
    "zh": {
      "summary": "任务运维-批量停止任务",
      "description": "仅对任务状态为”调度中“和”已暂停“有效，对所选任务的任务实例进行终止，并停止调度"
    },
    "members": [
      {
        "name": "TaskIdList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "TaskId for batch stop tasks",
        "zh": "批量停止任务的TaskId"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "KillInstance",
        "type": "boolean",
        "required": false,
        "description": "Whether to terminate the generated instance",
        "zh": "是否终止已生成的实例"
      },
      {
        "name": "AsyncMode",
        "type": "boolean",
        "required": false,
        "description": "是否异步模式"
      }
    ]
  },
  "BatchStopWorkflowsByIds": {
    "summary": "Batch Stop Workflow",
    "description": "Batch Stop Workflow",
    "zh": {
      "summary": "批量停止工作流",
      "description": "批量停止工作流"
    },
    "members": [
      {
        "name": "WorkflowIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Workflow ID List",
        "zh": "工作流id列表"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "KillInstance",
        "type": "boolean",
        "required": false,
        "description": "Whether to terminate the generated instance",
        "zh": "是否终止已生成的实例"
      },
      {
        "name": "AsyncMode",
        "type": "boolean",
        "required": false,
        "description": "是否异步模式"
      }
    ]
  },
  "BatchSuspendIntegrationTasks": {
    "summary": "Batch pause integration tasks",
    "description": "Batch pause integration tasks",
    "zh": {
      "summary": "批量暂停集成任务",
      "description": "批量暂停集成任务"
    },
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type, 201 for real-time tasks, 202 for offline tasks",
        "zh": "任务类型，201为实时任务，202为离线任务"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "Event",
        "type": "string",
        "required": false,
        "description": "Event Type (START, STOP, SUSPEND, SUSPEND_WITHOUT_SP, RESUME, COMMIT, TIMESTAMP)",
        "zh": "事件类型(START, STOP, SUSPEND, SUSPEND_WITHOUT_SP,RESUME, COMMIT, TIMESTAMP)"
      },
      {
        "name": "TaskNames",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "This batch operation involves tasks for auditing",
        "zh": "本次批量操作涉及任务，用于审计"
      }
    ]
  },
  "BatchUpdateIntegrationTasks": {
    "summary": "Bulk Update Integration Tasks",
    "description": "Bulk Update Integration Tasks (Currently only supports bulk updating of the person in charge)",
    "zh": {
      "summary": "批量更新集成任务",
      "description": "批量更新集成任务（暂时仅支持批量更新责任人）"
    },
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "Incharge",
        "type": "string",
        "required": true,
        "description": "Person in Charge (separate multiple persons in charge with a lowercase semicolon; offline tasks use the account name, real-time tasks use the account ID)",
        "zh": "责任人（多个责任人用小写分号隔开；离线任务传入的是账号名，实时任务传入的是账号id）"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type",
        "zh": "任务类型"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "InchargeIds",
        "type": "string",
        "required": false,
        "description": "Responsible Person ID (separate multiple persons in charge with a lowercase semicolon)",
        "zh": "责任人Id（多个责任人用小写分号隔开）"
      },
      {
        "name": "TaskNames",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "This batch operation involves tasks for auditing",
        "zh": "本次批量操作涉及任务，用于审计"
      }
    ]
  },
  "BindProjectExecutorResource": {
    "summary": "执行资源组-资源包绑定项目",
    "description": "商业化版本：执行资源组-资源包绑定项目",
    "members": [
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": true,
        "description": "执行资源组id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      },
      {
        "name": "ExecutorResourcePackageIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "需要绑定项目的资源包id集合，为空则绑定整个资源组"
      },
      {
        "name": "ProjectIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "可选: 需要绑定的多个项目id, 若申明将带上ProjectId一起绑定"
      }
    ]
  },
  "CheckAlarmRegularNameExist": {
    "summary": "Check for Duplicate Alert Rule Names",
    "description": "Check for Duplicate Alert Rule Names",
    "zh": {
      "summary": "判断告警规则重名",
      "description": "判断告警规则重名"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project name",
        "zh": "项目名称"
      },
      {
        "name": "AlarmRegularName",
        "type": "string",
        "required": true,
        "description": "Rule name",
        "zh": "规则名称"
      },
      {
        "name": "Id",
        "type": "string",
        "required": false,
        "description": "Primary key ID",
        "zh": "主键ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Task type: 201.Real-time, 202.Offline",
        "zh": "任务类型:201.实时,202.离线"
      },
      {
        "name": "MonitorType",
        "type": "integer",
        "required": false,
        "description": "Monitored Object Type (1: All Tasks, 2: Assigned Task, 3: Designated Responsible Person, 4: Specified Resource Group)",
        "zh": "监控对象类型(1:所有任务,2:指定任务,3:指定责任人,4:指定资源组)"
      }
    ]
  },
  "CheckIntegrationNodeNameExists": {
    "summary": "Determining if the name of the integrated node exists",
    "description": "Determining if the name of the integrated node exists",
    "zh": {
      "summary": "判断集成节点名称是否存在",
      "description": "判断集成节点名称是否存在"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务ID"
      },
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "Node name",
        "zh": "节点名称"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "Id",
        "type": "integer",
        "required": false,
        "description": "Node ID",
        "zh": "节点ID"
      }
    ]
  },
  "CheckIntegrationTaskNameExists": {
    "summary": "Check if Integration Task Name Exists",
    "description": "Check if Integration Task Name Exists",
    "zh": {
      "summary": "判断集成任务名称是否存在",
      "description": "判断集成任务名称是否存在"
    },
    "members": [
      {
        "name": "TaskName",
        "type": "string",
        "required": true,
        "description": "Task Name",
        "zh": "任务名称"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "Task ID",
        "zh": "任务ID"
      },
      {
        "name": "SyncType",
        "type": "integer",
        "required": false,
        "description": "Synchronization Type 1. Single Table Synchronization, 2. Solution",
        "zh": "同步类型1.单表同步，2.解决方案"
      }
    ]
  },
  "CheckTaskNameExist": {
    "summary": "Offline Task Renaming Verification",
    "description": "Offline Task Renaming Verification",
    "zh": {
      "summary": "离线任务重名校验",
      "description": "离线任务重名校验"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID/Workspace ID.",
        "zh": "项目id/工作空间id"
      },
      {
        "name": "TypeId",
        "type": "integer",
        "required": true,
        "description": "Task Type (consistent with scheduling parameters).",
        "zh": "任务类型（跟调度传参保持一致27）"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": true,
        "description": "Task Name.",
        "zh": "任务名"
      }
    ]
  },
  "CommitIntegrationTask": {
    "summary": "Submit integration task",
    "description": "Submit integration task",
    "zh": {
      "summary": "提交集成任务",
      "description": "提交集成任务"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "<p>任务id</p>"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "<p>项目id</p>"
      },
      {
        "name": "CommitType",
        "type": "integer",
        "required": false,
        "description": "0. Only submit, 1. Start immediately, 2. Stop online jobs, discard job state data, restart, 3. Pause online jobs, keep job state data, continue running, 4. Keep job state data, continue running",
        "zh": "<p>0.仅提交，1.立即启动，2.停止线上作业，丢弃作业状态数据，重新启动运行，3.暂停线上作业，保留作业状态数据，继续运行，4.保留作业状态数据，继续运行</p>"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Real-time task 201 Offline task 202 Default is real-time task",
        "zh": "<p>实时任务 201   离线任务 202  默认实时任务</p>"
      },
      {
        "name": "ExtConfig",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Additional parameters",
        "zh": "<p>额外参数</p>"
      },
      {
        "name": "VersionDesc",
        "type": "string",
        "required": false,
        "description": "Submit version description",
        "zh": "<p>提交版本描述</p>"
      },
      {
        "name": "InstanceVersion",
        "type": "integer",
        "required": false,
        "description": "Submit version number",
        "zh": "<p>提交版本号</p>"
      },
      {
        "name": "EventDesc",
        "type": "string",
        "required": false,
        "description": "Describe the type of front-end operation",
        "zh": "<p>前端操作类型描述</p>"
      },
      {
        "name": "CurrentStatus",
        "type": "integer",
        "required": false,
        "description": "<p>提交时任务状态</p><p>枚举值：</p><ul><li>3： 运行中</li></ul>"
      }
    ]
  },
  "CommitRuleGroupTask": {
    "summary": "Submit Rule Group to Run Task Interface",
    "description": "Submit Rule Group to Run Task Interface",
    "zh": {
      "summary": "提交规则组运行任务接口",
      "description": "提交规则组运行任务接口"
    },
    "members": [
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "Rule Group ID",
        "zh": "规则组ID"
      },
      {
        "name": "TriggerType",
        "type": "integer",
        "required": false,
        "description": "Trigger Type 1. Manual Trigger 2. In-process Scheduling Trigger 3. Periodic Scheduling Trigger",
        "zh": "触发类型：1-手动触发，2-调度事件触发，3-周期调度触发"
      },
      {
        "name": "ExecRuleConfig",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Rule Configuration List",
        "zh": "规则配置列表"
      },
      {
        "name": "ExecConfig",
        "type": "object",
        "required": false,
        "description": "Execution configuration",
        "zh": "执行配置"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "EngineType",
        "type": "string",
        "required": false,
        "description": "The execution engine that this rule runs. If this parameter is not passed, the default execution engine under this data source will be requested.",
        "zh": "执行引擎类型，可选值：MYSQL, HIVE, SPARK, LIVY, DLC, GBASE, CDW_PG, TCHouse-P, DORIS, TCHouse-D"
      }
    ]
  },
  "CountOpsInstanceState": {
    "summary": "Smart Ops - Statistics on task instance status",
    "description": "Statistics on task instance status",
    "zh": {
      "summary": "智能运维-统计任务实例状态",
      "description": "统计任务实例状态"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      }
    ]
  },
  "CreateBaseProject": {
    "summary": "创建项目本身",
    "description": "创建项目 仅项目本身，不包含集群等信息",
    "members": [
      {
        "name": "Project",
        "type": "object",
        "required": true,
        "description": "项目信息"
      }
    ]
  },
  "CreateCodeTemplate": {
    "summary": "创建代码模版",
    "description": "创建代码模版",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "CodeTemplateName",
        "type": "string",
        "required": true,
        "description": "模版名"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "30Python，32DLC，50 DLC-PySpark"
      },
      {
        "name": "CodeTemplateDesc",
        "type": "string",
        "required": false,
        "description": "模版描述"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": false,
        "description": "文件夹ID"
      },
      {
        "name": "Content",
        "type": "string",
        "required": false,
        "description": "Base64转化的脚本内容"
      },
      {
        "name": "ProductName",
        "type": "string",
        "required": false,
        "description": "代码模板类型"
      }
    ]
  },
  "CreateCodeTemplateVersion": {
    "summary": "提交模版版本",
    "description": "提交代码模版",
    "members": [
      {
        "name": "CodeTemplateId",
        "type": "string",
        "required": true,
        "description": "模版Id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "Tasks",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "模版关联的任务以及调度参数设置"
      },
      {
        "name": "OriginalParams",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "代码模本脚本内置参数"
      },
      {
        "name": "VersionRemark",
        "type": "string",
        "required": false,
        "description": "提交描述"
      },
      {
        "name": "NeedSubmitScheduleForTemplate",
        "type": "boolean",
        "required": false,
        "description": "true表示：针对新建、已下线状态的任务仅生成开发态保存版本，您可在任务中自行提交到生产。针对调度中、已暂停、已失效的任务生成开发态保存版本并提交到生产（即本次代码模板的改动在调度中生效）； \nfalse表示：针对所有状态的任务均仅生成开发态保存版本。"
      },
      {
        "name": "AssignApprovalList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "指定审批人列表"
      }
    ]
  },
  "CreateCustomFunction": {
    "summary": "Create User-Defined Function",
    "description": "Create User-Defined Function",
    "zh": {
      "summary": "创建用户自定义函数",
      "description": "创建用户自定义函数"
    },
    "members": [
      {
        "name": "Type",
        "type": "string",
        "required": true,
        "description": "Enumerated values: HIVE, SPARK, DLC",
        "zh": "枚举值：HIVE、SPARK、DLC"
      },
      {
        "name": "Kind",
        "type": "string",
        "required": true,
        "description": "Enumerated values: ANALYSIS (function), ENCRYPTION (encryption function), AGGREGATE (aggregate function), LOGIC (logic function), DATE_AND_TIME (date and time function), MATH (math function), CONVERSION (conversion function), STRING (string function), IP_AND_DOMAIN (IP and domain function), WINDOW (window function), OTHER (other function)",
        "zh": "枚举值：ANALYSIS(函数)、ENCRYPTION(加密函数)、AGGREGATE(聚合函数)、LOGIC(逻辑函数)、DATE_AND_TIME(日期与时间函数)、MATH(数学函数)、CONVERSION(转换函数)、STRING(字符串函数)、IP_AND_DOMAIN(IP和域名函数)、WINDOW(窗口函数)、OTHER(其他函数)"
      },
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "Function Name",
        "zh": "函数名称"
      },
      {
        "name": "ClusterIdentifier",
        "type": "string",
        "required": true,
        "description": "Cluster Instance Engine ID",
        "zh": "集群实例引擎 ID"
      },
      {
        "name": "DbName",
        "type": "string",
        "required": false,
        "description": "Database name",
        "zh": "数据库名称"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "FunctionResourceFileType",
        "type": "string",
        "required": false,
        "description": "函数资源文件类型"
      }
    ]
  },
  "CreateDataModel": {
    "summary": "（仅公有云）创建数据建模，提供给云应用使用，实现\"Wedata数据建模\"的下单发货",
    "description": "创建数据建模，提供给云应用使用，实现“Wedata数据建模”的下单发货",
    "members": [
      {
        "name": "CloudappId",
        "type": "string",
        "required": true,
        "description": "云应用的实例id"
      },
      {
        "name": "UserId",
        "type": "string",
        "required": true,
        "description": "用户的子账号id"
      },
      {
        "name": "TimeUnit",
        "type": "string",
        "required": false,
        "description": "Wedata数据建模购买参数，包年包月类型单位，年：y，月：m，默认m"
      },
      {
        "name": "TimeSpan",
        "type": "integer",
        "required": false,
        "description": "Wedata数据建模购买参数，购买时长，默认1"
      },
      {
        "name": "AutoRenewFlag",
        "type": "integer",
        "required": false,
        "description": "Wedata数据建模购买参数，是否自动续费，是：1，否：0，默认0"
      },
      {
        "name": "DataModelVersion",
        "type": "string",
        "required": false,
        "description": "Wedata数据建模购买参数，标准版：DATA_MODEL_STANDARD，企业版：DATA_MODEL_PRO，默认DATA_MODEL_STANDARD"
      }
    ]
  },
  "CreateDataSource": {
    "summary": "Data Source Management - Create Data Source",
    "description": "Create Data Source",
    "zh": {
      "summary": "数据源管理-创建数据源",
      "description": "创建数据源"
    },
    "members": [
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "Data Source Name, cannot be empty under the same SpaceName",
        "zh": "数据源名称，在相同SpaceName下，数据源名称不能为空"
      },
      {
        "name": "Category",
        "type": "string",
        "required": true,
        "description": "Data Source Category: Binding Engine, Binding Database",
        "zh": "数据源类别：绑定引擎、绑定数据库"
      },
      {
        "name": "Type",
        "type": "string",
        "required": true,
        "description": "Data Source Type: enumerated values",
        "zh": "数据源类型:枚举值"
      },
      {
        "name": "OwnerProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "归属项目ID"
      },
      {
        "name": "OwnerProjectName",
        "type": "string",
        "required": true,
        "description": "Project Name",
        "zh": "归属项目Name"
      },
      {
        "name": "OwnerProjectIdent",
        "type": "string",
        "required": true,
        "description": "Project Name (Chinese)",
        "zh": "归属项目Name中文"
      },
      {
        "name": "BizParams",
        "type": "string",
        "required": false,
        "description": "Configuration Information Extension of Business Data Source",
        "zh": "业务侧数据源的配置信息扩展"
      },
      {
        "name": "Params",
        "type": "string",
        "required": false,
        "description": "Data source configuration information, stored as JSON KV. The KV storage information varies according to the data source type",
        "zh": "数据源的配置信息，以JSON KV存储，根据每个数据源类型不同，而KV存储信息不同"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Data source description information",
        "zh": "数据源描述信息"
      },
      {
        "name": "Display",
        "type": "string",
        "required": false,
        "description": "Data Source Display Name, for visual inspection",
        "zh": "数据源展示名，为了可视化查看"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": false,
        "description": "If the data source list is bound to a database, then it is the database name",
        "zh": "若数据源列表为绑定数据库，则为db名称"
      },
      {
        "name": "Instance",
        "type": "string",
        "required": false,
        "description": "Instance ID of the data source engine, e.g., CDB Instance ID",
        "zh": "数据源引擎的实例ID，如CDB实例ID"
      },
      {
        "name": "Status",
        "type": "integer",
        "required": false,
        "description": "Visibility of the data source, where 1 is visible and 0 is not visible. Default is 1",
        "zh": "数据源数据源的可见性，1为可见、0为不可见。默认为1"
      },
      {
        "name": "ClusterId",
        "type": "string",
        "required": false,
        "description": "Name of the business space to which the data source belongs",
        "zh": "数据源所属的业务空间名称"
      },
      {
        "name": "Collect",
        "type": "string",
        "required": false,
        "description": "Collection Status",
        "zh": "是否采集"
      },
      {
        "name": "COSBucket",
        "type": "string",
        "required": false,
        "description": "COS Bucket Information",
        "zh": "cos桶信息"
      },
      {
        "name": "COSRegion",
        "type": "string",
        "required": false,
        "description": "cos region"
      },
      {
        "name": "ConnectResult",
        "type": "string",
        "required": false,
        "description": "Connection Test Result",
        "zh": "连接测试结果"
      },
      {
        "name": "DevelopmentParams",
        "type": "string",
        "required": false,
        "description": "Development Environment Data Source Configuration",
        "zh": "开发环境数据源配置"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "新建数据源的项目ID"
      }
    ]
  },
  "CreateDsFolder": {
    "summary": "Folder creation",
    "description": "Orchestration Space - Create Folder",
    "zh": {
      "summary": "创建文件夹",
      "description": "编排空间-创建文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "Folder Name",
        "zh": "文件夹名称"
      },
      {
        "name": "ParentsFolderId",
        "type": "string",
        "required": false,
        "description": "Parent Folder ID",
        "zh": "父文件夹ID"
      },
      {
        "name": "FolderForm",
        "type": "string",
        "required": false,
        "description": "文件夹来源 template管理，orchestrationSpace 编排空间"
      }
    ]
  },
  "CreateHiveTable": {
    "summary": "Create Hive Table",
    "description": "Create Hive Table",
    "zh": {
      "summary": "建hive表",
      "description": "建hive表"
    },
    "members": [
      {
        "name": "DatasourceId",
        "type": "string",
        "required": true,
        "description": "Data source ID",
        "zh": "数据源id"
      },
      {
        "name": "Database",
        "type": "string",
        "required": true,
        "description": "Database name",
        "zh": "数据库名称"
      },
      {
        "name": "DDLSql",
        "type": "string",
        "required": true,
        "description": "Base64-encoded Table Creation Statement",
        "zh": "base64转码之后的建表语句"
      },
      {
        "name": "Privilege",
        "type": "integer",
        "required": true,
        "description": "Table permissions, default is 0: Project share; 1: Individual and administrator only",
        "zh": "表权限 ，默认为0:项目共享;1:仅个人与管理员"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "Type",
        "type": "string",
        "required": false,
        "description": "数据库类型"
      },
      {
        "name": "Incharge",
        "type": "string",
        "required": false,
        "description": "Person in Charge",
        "zh": "责任人"
      },
      {
        "name": "DataOptimizationResource",
        "type": "string",
        "required": false,
        "description": "数据优化引擎"
      },
      {
        "name": "SmartOptimizerWritten",
        "type": "string",
        "required": false,
        "description": "是否开启数据优化"
      },
      {
        "name": "TableName",
        "type": "string",
        "required": false,
        "description": "数据优化针对的表"
      },
      {
        "name": "ResourceGroupName",
        "type": "string",
        "required": false,
        "description": "数据优化资源组"
      }
    ]
  },
  "CreateHiveTableByDDL": {
    "summary": "Create Hive table",
    "description": "Create Hive table and return table name",
    "zh": {
      "summary": "创建hive表",
      "description": "创建hive表，返回表名称"
    },
    "members": [
      {
        "name": "DatasourceId",
        "type": "string",
        "required": true,
        "description": "Data Source ID",
        "zh": "数据源ID"
      },
      {
        "name": "Database",
        "type": "string",
        "required": true,
        "description": "Database",
        "zh": "数据库"
      },
      {
        "name": "DDLSql",
        "type": "string",
        "required": true,
        "description": "Create Hive Table DDL",
        "zh": "建hive表ddl的base64编码"
      },
      {
        "name": "Privilege",
        "type": "integer",
        "required": true,
        "description": "Table permissions, default is 0: Project share; 1: Individual and administrator only",
        "zh": "表权限 ，默认为0:项目共享;1:仅个人与管理员"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "Type",
        "type": "string",
        "required": true,
        "description": "Target Table Type (HIVE or GBASE)",
        "zh": "目标表类型(HIVE或GBASE)"
      },
      {
        "name": "Incharge",
        "type": "string",
        "required": false,
        "description": "Person in Charge",
        "zh": "责任人"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": false,
        "description": "Schema Name",
        "zh": "schema名称"
      },
      {
        "name": "Async",
        "type": "boolean",
        "required": false,
        "description": "是否异步建表"
      },
      {
        "name": "DataOptimizationResource",
        "type": "string",
        "required": false,
        "description": "数据优化使用的资源"
      },
      {
        "name": "SmartOptimizerWritten",
        "type": "string",
        "required": false,
        "description": "是否开启数据优化"
      },
      {
        "name": "TableName",
        "type": "string",
        "required": false,
        "description": "数据优化表名"
      },
      {
        "name": "ResourceGroupName",
        "type": "string",
        "required": false,
        "description": "数据优化资源组"
      }
    ]
  },
  "CreateIntegrationNode": {
    "summary": "Create Integration Node",
    "description": "Create Integration Node",
    "zh": {
      "summary": "创建集成节点",
      "description": "创建集成节点"
    },
    "members": [
      {
        "name": "NodeInfo",
        "type": "object",
        "required": true,
        "description": "Integrated Node Information",
        "zh": "集成节点信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Task Type, 201 for real-time tasks, 202 for offline tasks",
        "zh": "任务类型，201为实时任务，202为离线任务"
      }
    ]
  },
  "CreateIntegrationTask": {
    "summary": "Create Integration Task",
    "description": "Create Integration Task",
    "zh": {
      "summary": "创建集成任务",
      "description": "创建集成任务"
    },
    "members": [
      {
        "name": "TaskInfo",
        "type": "object",
        "required": true,
        "description": "Task Information",
        "zh": "任务信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "CreateOfflineTask": {
    "summary": "Create Offline Task",
    "description": "Create Offline Task",
    "zh": {
      "summary": "创建离线任务",
      "description": "创建离线任务"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "CycleStep",
        "type": "integer",
        "required": true,
        "description": "Interval, optional, default is 1. Not null. Default is 1",
        "zh": "间隔，可选，默认1。非空。默认 1"
      },
      {
        "name": "DelayTime",
        "type": "integer",
        "required": true,
        "description": "Delayed Execution Time, in minutes",
        "zh": "延时执行时间，单位分钟"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": true,
        "description": "Task End Data Time. Not Empty. Default to Current Time",
        "zh": "任务结束数据时间。非空。默认当前时间"
      },
      {
        "name": "Notes",
        "type": "string",
        "required": true,
        "description": "Remarks",
        "zh": "备注"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": true,
        "description": "Current date",
        "zh": "当前日期"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": true,
        "description": "Task Name",
        "zh": "任务名称"
      },
      {
        "name": "TypeId",
        "type": "integer",
        "required": true,
        "description": "Keep it consistent with the previous call to the scheduling interface 27",
        "zh": "跟之前调用调度接口保持一致27"
      },
      {
        "name": "TaskAction",
        "type": "string",
        "required": true,
        "description": "Time Specification, for monthly tasks specify days like 1,3, then enter 1,3. Not Empty. Default \"\" Monthly Task: For specific days like \"1,3\", specifying the end of the month cannot be combined with specific dates, can only be \"L\"",
        "zh": "时间指定，如月任务指定1，3号，则填入 1，3。非空。默认 \"\" 月任务：如具体1，3号则写 \"1,3\"，指定月末不可和具体号数一起输入，仅能为 \"L\""
      },
      {
        "name": "TaskMode",
        "type": "string",
        "required": true,
        "description": "Distinguish between canvas and form",
        "zh": "区分画布和表单"
      },
      {
        "name": "TaskImportInfo",
        "type": "object",
        "required": false,
        "description": "导入编排空间配置"
      }
    ]
  },
  "CreateOpsMakePlan": {
    "summary": "Task Operation and Maintenance - Bulk Data Supplement (Create Supplementary Entry Plan)",
    "description": "Bulk Data Supplement (Create Supplementary Entry Task)",
    "zh": {
      "summary": "任务运维-批量补数据（创建补录计划）",
      "description": "批量补数据（创建补录任务）"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "MakeName",
        "type": "string",
        "required": true,
        "description": "Supplemental Plan Name",
        "zh": "补录计划名称"
      },
      {
        "name": "TaskIdList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Supplementary Task Collection",
        "zh": "补录任务集合"
      },
      {
        "name": "MakeDatetimeList",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Supplementary Plan Date Range",
        "zh": "补录计划日期范围"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "Project Identifier",
        "zh": "项目标识"
      },
      {
        "name": "CheckParent",
        "type": "boolean",
        "required": false,
        "description": "Check Parent Task Status for Supplement, default is not to check. Not recommended for use, will be deprecated, recommend using CheckParentType.",
        "zh": "补录是否检查父任务状态，默认不检查。不推荐使用，后续会废弃，推荐使用 CheckParentType。"
      },
      {
        "name": "CheckParentType",
        "type": "string",
        "required": false,
        "description": "Check Parent Task Type for Supplementary. Value range:\n<li> NONE: Do not check any </li>\n<li> ALL: Check all upstream parent tasks </li>\n<li> MAKE_SCOPE: Check only within the selected tasks of (the current supplementary plan) </li>",
        "zh": "补录检查父任务类型。取值范围：\n<li> NONE: 全部不检查 </li>\n<li> ALL: 检查全部上游父任务 </li>\n<li> MAKE_SCOPE: 只在（当前补录计划）选中任务中检查 </li>"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "Project name",
        "zh": "项目名称"
      },
      {
        "name": "SelfDependence",
        "type": "string",
        "required": false,
        "description": "Deprecated. Task Self-Dependency Type: parallel, serial (unordered parallel), orderly (ordered serial)",
        "zh": "已弃用。任务自依赖类型：parallel（并行），serial（无序串行），orderly（有序串行）"
      },
      {
        "name": "ParallelNum",
        "type": "integer",
        "required": false,
        "description": "Parallelism",
        "zh": "并行度"
      },
      {
        "name": "SameCycle",
        "type": "boolean",
        "required": false,
        "description": "Is the generation cycle of the supplementary instance the same as the original cycle, default is true",
        "zh": "补录实例生成周期是否和原周期相同，默认为true"
      },
      {
        "name": "TargetTaskCycle",
        "type": "string",
        "required": false,
        "description": "Supplementary Instance Target Cycle Type",
        "zh": "补录实例目标周期类型"
      },
      {
        "name": "TargetTaskAction",
        "type": "integer",
        "required": false,
        "description": "Specified Time for Supplementary Instance Target Cycle Type",
        "zh": "补录实例目标周期类型指定时间"
      },
      {
        "name": "MapParamList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Custom Parameters for Supplement Instance",
        "zh": "补录实例自定义参数"
      },
      {
        "name": "CreatorId",
        "type": "string",
        "required": false,
        "description": "Creator ID",
        "zh": "创建人id"
      },
      {
        "name": "Creator",
        "type": "string",
        "required": false,
        "description": "Creator",
        "zh": "创建人"
      },
      {
        "name": "Remark",
        "type": "string",
        "required": false,
        "description": "Supplementary Plan Description",
        "zh": "补录计划说明"
      },
      {
        "name": "SameSelfDependType",
        "type": "boolean",
        "required": false,
        "description": "Use Original Self-Dependency Configuration of Task, default is true",
        "zh": "是否使用任务原有自依赖配置，默认为true"
      },
      {
        "name": "SourceTaskCycle",
        "type": "string",
        "required": false,
        "description": "Supplementary Instance Original Cycle Type",
        "zh": "补录实例原始周期类型"
      },
      {
        "name": "SchedulerResourceGroup",
        "type": "string",
        "required": false,
        "description": "If no specified scheduling resource group (ID) is provided, the original task scheduling execution resource group will be used",
        "zh": "补录指定的调度资源组（ID） 为空则表示使用任务原有调度执行资源组"
      },
      {
        "name": "IntegrationResourceGroup",
        "type": "string",
        "required": false,
        "description": "If no specified integration resource group (ID) is provided, the original task integration execution resource group will be used",
        "zh": "补录指定的集成资源组（ID） 为空则表示使用任务原有集成执行资源组"
      },
      {
        "name": "SchedulerResourceGroupName",
        "type": "string",
        "required": false,
        "description": "If no specified scheduling resource group name is provided, the original task scheduling execution resource group will be used",
        "zh": "补录指定的调度资源组名称 为空则表示使用任务原有调度执行资源组"
      },
      {
        "name": "IntegrationResourceGroupName",
        "type": "string",
        "required": false,
        "description": "If no specified integration resource group name is provided, the original task integration execution resource group will be used",
        "zh": "补录指定的集成资源组名称 为空则表示使用任务原有集成执行资源组"
      },
      {
        "name": "MakeExtList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "补录扩展属性"
      },
      {
        "name": "SameSelfWorkflowDependType",
        "type": "boolean",
        "required": false,
        "description": "补录扩展属性"
      },
      {
        "name": "SelfWorkflowDependency",
        "type": "string",
        "required": false,
        "description": "补录扩展属性"
      },
      {
        "name": "MakeType",
        "type": "string",
        "required": false,
        "description": "任务 TASK； 项目： PROJECT"
      },
      {
        "name": "StatusList",
        "type": "string",
        "required": false,
        "description": "任务状态"
      },
      {
        "name": "MakeCheckEventType",
        "type": "string",
        "required": false,
        "description": "补录是否跳过事件检查"
      }
    ]
  },
  "CreateRule": {
    "summary": "Create quality rule interface",
    "description": "Create quality rule interface",
    "zh": {
      "summary": "创建质量规则接口",
      "description": "创建质量规则接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "Rule Group ID",
        "zh": "规则组Id"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Rule name",
        "zh": "规则名称"
      },
      {
        "name": "TableId",
        "type": "string",
        "required": false,
        "description": "Data Table ID",
        "zh": "数据表ID"
      },
      {
        "name": "RuleTemplateId",
        "type": "integer",
        "required": false,
        "description": "Rule Template List",
        "zh": "规则模板列表"
      },
      {
        "name": "Type",
        "type": "integer",
        "required": false,
        "description": "Rule type 1.System Template, 2.Custom Definition Template, 3.Custom Definition SQL",
        "zh": "规则类型：1-系统模版，2-自定义模版，3-自定义SQL"
      },
      {
        "name": "QualityDim",
        "type": "integer",
        "required": false,
        "description": "Quality Dimension of Rule (1: Accuracy, 2: Uniqueness, 3: Integrity, 4: Consistency, 5: Timeliness, 6: Validity)",
        "zh": "质量维度：1-准确性，2-唯一性，3-完整性，4-一致性，5-及时性，6-有效性"
      },
      {
        "name": "SourceObjectDataTypeName",
        "type": "string",
        "required": false,
        "description": "Source Field Detailed Type, int, string",
        "zh": "源字段详细类型，int、string"
      },
      {
        "name": "SourceObjectValue",
        "type": "string",
        "required": false,
        "description": "Source Field Name",
        "zh": "源字段名称"
      },
      {
        "name": "ConditionType",
        "type": "integer",
        "required": false,
        "description": "Detection Range 1.Whole Table 2.Conditional Scan",
        "zh": "检测范围类型：1-全表，2-条件扫描"
      },
      {
        "name": "ConditionExpression",
        "type": "string",
        "required": false,
        "description": "Conditional Scan WHERE Condition Expression",
        "zh": "条件扫描WHERE条件表达式"
      },
      {
        "name": "CustomSql",
        "type": "string",
        "required": false,
        "description": "Custom Definition SQL",
        "zh": "自定义SQL"
      },
      {
        "name": "CompareRule",
        "type": "object",
        "required": false,
        "description": "Alert Trigger Condition",
        "zh": "报警触发条件"
      },
      {
        "name": "AlarmLevel",
        "type": "integer",
        "required": false,
        "description": "Alert Trigger Level 1.Low, 2.Medium, 3.High",
        "zh": "告警级别：1-低，2-中，3-高"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Rule Description",
        "zh": "规则描述"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "Data Source ID",
        "zh": "数据源Id"
      },
      {
        "name": "DatabaseId",
        "type": "string",
        "required": false,
        "description": "Database ID",
        "zh": "数据库Id"
      },
      {
        "name": "TargetDatabaseId",
        "type": "string",
        "required": false,
        "description": "Target Database Id",
        "zh": "目标库Id"
      },
      {
        "name": "TargetTableId",
        "type": "string",
        "required": false,
        "description": "Target Table Id",
        "zh": "目标表Id"
      },
      {
        "name": "TargetConditionExpr",
        "type": "string",
        "required": false,
        "description": "Target Filter Condition Expression",
        "zh": "目标过滤条件表达式"
      },
      {
        "name": "RelConditionExpr",
        "type": "string",
        "required": false,
        "description": "Source Field and Target Field Association Condition ON Expression",
        "zh": "源字段与目标字段关联条件on表达式"
      },
      {
        "name": "FieldConfig",
        "type": "object",
        "required": false,
        "description": "Custom Definition Template SQL Expression Field Replacement Parameter",
        "zh": "自定义模版sql表达式字段替换参数"
      },
      {
        "name": "TargetObjectValue",
        "type": "string",
        "required": false,
        "description": "Target Field Name CITY",
        "zh": "目标字段名称  CITY"
      },
      {
        "name": "SourceEngineTypes",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "Supported Execution Engine List for the Rule",
        "zh": "执行引擎多选（位运算数组）：2-HIVE，4-SPARK，8-LIVY，16-DLC，64-TCHouse-P，128-DORIS，256-TCHouse-D，512-EMR-StarRocks，1024-TCHouse-X"
      }
    ]
  },
  "CreateRuleTemplate": {
    "summary": "Create Rule Template",
    "description": "Create Rule Template",
    "zh": {
      "summary": "创建规则模板",
      "description": "创建规则模板"
    },
    "members": [
      {
        "name": "Type",
        "type": "integer",
        "required": false,
        "description": "Template Type 1. System Template 2. Custom Definition Template",
        "zh": "模版类型：1-系统模版，2-用户自定义模版"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Template Name",
        "zh": "模板名称"
      },
      {
        "name": "QualityDim",
        "type": "integer",
        "required": false,
        "description": "Quality Inspection Dimension 1. Accuracy 2. Uniqueness 3. Integrity 4. Consistency 5. Timeliness 6. Validity",
        "zh": "质量维度：1-准确性，2-唯一性，3-完整性，4-一致性，5-及时性，6-有效性"
      },
      {
        "name": "SourceObjectType",
        "type": "integer",
        "required": false,
        "description": "Source Data Object Type 1. Constant 2. Offline Table Level 2. Offline Field Level",
        "zh": "源数据对象类型：1-常量，2-离线表级，3-离线字段级别"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Template Description",
        "zh": "模板描述"
      },
      {
        "name": "SourceEngineTypes",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "Corresponding Engine Type of the Source",
        "zh": "执行引擎多选（位运算数组）：2-HIVE，4-SPARK，8-LIVY，16-DLC，64-TCHouse-P，128-DORIS，256-TCHouse-D，512-EMR-StarRocks，1024-TCHouse-X"
      },
      {
        "name": "MultiSourceFlag",
        "type": "boolean",
        "required": false,
        "description": "Whether to Associate with Other Databases and Tables",
        "zh": "是否关联其它库表"
      },
      {
        "name": "SqlExpression",
        "type": "string",
        "required": false,
        "description": "SQL Expression",
        "zh": "SQL 表达式"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "WhereFlag",
        "type": "boolean",
        "required": false,
        "description": "Whether to add where parameter",
        "zh": "是否添加where参数"
      }
    ]
  },
  "CreateTask": {
    "summary": "Create a task (Deprecated)",
    "description": "This API is used to create a task. This API is deprecated. Use the CreateTaskNew API.",
    "zh": {
      "summary": "创建任务（废弃）",
      "description": "创建任务。本接口已废弃，请使用接口CreateTaskNew。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID",
        "zh": "工作流id"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": true,
        "description": "Task Name",
        "zh": "任务名"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "26 Offline Synchronization,30 Python,31 PySpark,32 DLC,33 Impala,34 Hive SQL,35 Shell,36 Spark SQL,39 Spark,40 TCHouse-P,92 MapReduce",
        "zh": "26离线同步，30Python，31PySpark，32DLC，33Impala，34Hive SQL，35Shell，36Spark SQL，39Spark，40TCHouse-P，92MapReduce"
      },
      {
        "name": "TaskExt",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Extended Attributes",
        "zh": "扩展属性"
      }
    ]
  },
  "CreateTaskAlarmRegular": {
    "summary": "Create task alert rules",
    "description": "Create task alert rules",
    "zh": {
      "summary": "创建任务告警规则",
      "description": "创建任务告警规则"
    },
    "members": [
      {
        "name": "TaskAlarmInfo",
        "type": "object",
        "required": true,
        "description": "Alert Configuration Information",
        "zh": "告警配置信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      }
    ]
  },
  "CreateTaskFolder": {
    "summary": "Create Task Folder",
    "description": "Orchestration Space - Workflow - Create Task Folder",
    "zh": {
      "summary": "创建任务文件夹",
      "description": "编排空间-工作流-创建任务文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "Folder Name",
        "zh": "文件夹名称"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID",
        "zh": "工作流ID"
      },
      {
        "name": "ParentFolderId",
        "type": "string",
        "required": false,
        "description": "Parent Folder ID",
        "zh": "父文件夹ID"
      },
      {
        "name": "TaskNodeType",
        "type": "string",
        "required": false,
        "description": "目录分类，该值必传，枚举值如下：\nETL：数据集成\nEMR：EMR\nTBDS：TBDS\nDLC：DLC\nTDSQL：TDSQL\nTCHOUSE：TCHOUSE\nGENERAL：通用\nTI_ONE：TI-ONE机器学习\nACROSS_WORKFLOWS：跨工作流"
      }
    ]
  },
  "CreateTaskNew": {
    "summary": "Aggregate task creation",
    "description": "This API is used to aggregate task creation.",
    "zh": {
      "summary": "聚合创建任务",
      "description": "聚合创建任务"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID",
        "zh": "工作流id"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": true,
        "description": "Task Name",
        "zh": "任务名"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "26 offline synchronization,30 Python,31 PySpark,32 DLC,33 Impala,34 Hive SQL,35 Shell,36 Spark SQL,39 Spark,40 CDW PG,92 MapReduce.",
        "zh": "26离线同步，30Python，31PySpark，32DLC，33Impala，34Hive SQL，35Shell，36Spark SQL，39Spark，40CDW PG，92MapReduce"
      },
      {
        "name": "Content",
        "type": "string",
        "required": true,
        "description": "Specifies the script content, base64 encoded",
        "zh": "（必填参数）指定脚本内容，base64编码"
      },
      {
        "name": "TaskExt",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Extended Attribute",
        "zh": "扩展属性"
      },
      {
        "name": "ProductName",
        "type": "string",
        "required": false,
        "description": "Product Name",
        "zh": "产品名称"
      },
      {
        "name": "InstanceInitStrategy",
        "type": "string",
        "required": false,
        "description": "Specifies the task instance initialization strategy",
        "zh": "任务实例初始化策略"
      },
      {
        "name": "LeftCoordinate",
        "type": "number",
        "required": false,
        "description": "The horizontal axis of the canvas coordinate",
        "zh": "画布坐标横轴"
      },
      {
        "name": "TopCoordinate",
        "type": "number",
        "required": false,
        "description": "The vertical axis of the canvas coordinate",
        "zh": "画布坐标纵轴"
      },
      {
        "name": "TaskFolderId",
        "type": "string",
        "required": false,
        "description": "Workflow Directory ID",
        "zh": "工作流目录ID"
      },
      {
        "name": "CodeTemplateId",
        "type": "string",
        "required": false,
        "description": "Code Template ID",
        "zh": "代码模板ID"
      }
    ]
  },
  "CreateTaskVersionDs": {
    "summary": "Submit Task Version",
    "description": "Submit Task Version",
    "zh": {
      "summary": "提交任务版本",
      "description": "提交任务版本"
    },
    "members": [
      {
        "name": "Task",
        "type": "object",
        "required": true,
        "description": "Task ID",
        "zh": "<p>任务id</p>"
      },
      {
        "name": "NeedCheckParentSubmitted",
        "type": "boolean",
        "required": true,
        "description": "Whether to verify that the parent task has been submitted for scheduling",
        "zh": "<p>是否需要校验父任务已经提交到调度</p>"
      },
      {
        "name": "AutoRun",
        "type": "boolean",
        "required": true,
        "description": "Automatic Execution",
        "zh": "<p>是否自动运行</p>"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "<p>项目ID</p>"
      },
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "Request Source, WEB frontend; CLIENT client",
        "zh": "请求来源，WEB 前端；CLIENT 客户端"
      },
      {
        "name": "AlarmWays",
        "type": "string",
        "required": false,
        "description": "Alert Method: email-Email; sms-SMS; wecom-WeCom",
        "zh": "<p>告警方式:email-邮件;sms-短信;wecom-企业微信</p>"
      },
      {
        "name": "AlarmRecipientTypes",
        "type": "string",
        "required": false,
        "description": "Alert Object: 1-Project Administrator, 2-Task Owner",
        "zh": "<p>告警对象:1-项目管理员，2-任务责任人</p>"
      },
      {
        "name": "EnableCheckTaskCycleLink",
        "type": "boolean",
        "required": false,
        "description": "Whether to verify circular dependencies, default is true. If false is passed after successful validation using CheckTaskCycleLink and CheckTaskCycleConfiguration interfaces, the back-end server will not perform validation",
        "zh": "<p>是否需要校验循环依赖，默认为 true，如果使用了 CheckTaskCycleLink 和 CheckTaskCycleConfiguration 两个接口校验成功可以传 false，后台服务器不再做校验</p>"
      },
      {
        "name": "EnableMakeUp",
        "type": "boolean",
        "required": false,
        "description": "<p>是否需要补录中间实例</p>"
      },
      {
        "name": "AssignApprovalList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "<p>指定审批人列表</p>"
      },
      {
        "name": "MissingInstanceStrategy",
        "type": "string",
        "required": false,
        "description": "<p>MAKEUP:补录缺失的实例;FORCE_SUCCESS:将缺失的实例置成功;SKIP:不处理，忽略缺失的实例</p>"
      }
    ]
  },
  "CreateWorkflowDs": {
    "summary": "Creating workflow",
    "description": "Creating workflow",
    "zh": {
      "summary": "创建工作流",
      "description": "创建工作流"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "WorkflowName",
        "type": "string",
        "required": true,
        "description": "Workflow name",
        "zh": "工作流名称"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID",
        "zh": "文件夹ID"
      },
      {
        "name": "WorkflowDesc",
        "type": "string",
        "required": false,
        "description": "Workflow Description",
        "zh": "工作流描述"
      },
      {
        "name": "WorkflowType",
        "type": "string",
        "required": false,
        "description": "工作流类型,取值示例\n\n- cycle 周期工作流\n- manual 手动工作流"
      }
    ]
  },
  "DagInstances": {
    "summary": "Pull DAG Instance",
    "description": "Pull DAG Instance",
    "zh": {
      "summary": "拉取dag实例",
      "description": "拉取dag实例"
    },
    "members": [
      {
        "name": "Instances",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Instance List",
        "zh": "实例列表"
      },
      {
        "name": "CheckFather",
        "type": "boolean",
        "required": false,
        "description": "Check Parent Task Type, true: Check parent task; false: Do not check parent task",
        "zh": "检查父任务类型, true: 检查父任务; false: 不检查父任务"
      },
      {
        "name": "RerunType",
        "type": "string",
        "required": false,
        "description": "Rerun Type, 1: Self; 3: Child; 2: Self and Child",
        "zh": "重跑类型, 1: 自身; 3: 孩子; 2: 自身以及孩子"
      },
      {
        "name": "DependentWay",
        "type": "string",
        "required": false,
        "description": "Instance Dependency Mode, 1: Self-dependent; 2: Task-dependent; 3: Self and Parent-Child dependent",
        "zh": "实例依赖方式, 1: 自依赖; 2: 任务依赖; 3: 自依赖及父子依赖"
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "Rerun Ignore Event Listening or Not",
        "zh": "重跑忽略事件监听与否"
      },
      {
        "name": "SonInstanceType",
        "type": "string",
        "required": false,
        "description": "Downstream Instance Range 1: Within the workflow 2: Within the project 3: Across all workflows dependent on the project",
        "zh": "下游实例范围 1: 所在工作流 2: 所在项目 3: 所有跨工作流依赖的项目"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": false,
        "description": "Query conditions, this interface requires the example information to be placed in this field",
        "zh": "查询条件,当前接口需要把要查询的示例信息放在该字段"
      },
      {
        "name": "OptType",
        "type": "string",
        "required": false,
        "description": "Access type",
        "zh": "访问类型"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": false,
        "description": "Operator Name",
        "zh": "操作者名称"
      },
      {
        "name": "OperatorId",
        "type": "string",
        "required": false,
        "description": "Operator ID",
        "zh": "操作者id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "Project Identifier",
        "zh": "项目标志"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "Project name",
        "zh": "项目名称"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "Index Page Number",
        "zh": "索引页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size",
        "zh": "页面大小"
      },
      {
        "name": "Count",
        "type": "integer",
        "required": false,
        "description": "Total Data",
        "zh": "数据总数"
      },
      {
        "name": "RequestBaseInfo",
        "type": "object",
        "required": false,
        "description": "Basic Request Information",
        "zh": "基础请求信息"
      },
      {
        "name": "IsCount",
        "type": "boolean",
        "required": false,
        "description": "Whether to Calculate Total",
        "zh": "是否计算总数"
      }
    ]
  },
  "DeleteCodeTemplate": {
    "summary": "删除代码模版",
    "description": "删除代码模版",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "CodeTemplateId",
        "type": "string",
        "required": true,
        "description": "模版ID"
      }
    ]
  },
  "DeleteCustomFunction": {
    "summary": "Delete user-defined Definition functions",
    "description": "Delete user-defined Definition functions",
    "zh": {
      "summary": "删除用户自定义函数",
      "description": "删除用户自定义函数"
    },
    "members": [
      {
        "name": "ClusterIdentifier",
        "type": "string",
        "required": false,
        "description": "Cluster Instance ID",
        "zh": "集群实例 ID"
      },
      {
        "name": "FunctionId",
        "type": "string",
        "required": false,
        "description": "Function ID",
        "zh": "函数 ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID, required",
        "zh": "项目ID，必须填"
      },
      {
        "name": "FunctionName",
        "type": "string",
        "required": false,
        "description": "Function Name",
        "zh": "函数名称"
      },
      {
        "name": "FunctionType",
        "type": "string",
        "required": false,
        "description": "Function Type, HIVE, SPARK, DLC, CDW_POSTGRESQL",
        "zh": "函数类型，HIVE，SPARK，DLC，CDW_POSTGRESQL"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": false,
        "description": "Database name",
        "zh": "数据库名"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": false,
        "description": "Pattern name",
        "zh": "模式名"
      },
      {
        "name": "CommandFormat",
        "type": "string",
        "required": false,
        "description": "Function Command Format",
        "zh": "函数命令格式"
      }
    ]
  },
  "DeleteDataModel": {
    "summary": "（仅公有云）销毁数据建模，提供给云应用使用，实现Wedata数据建模的销毁",
    "description": "销毁数据建模，提供给云应用使用，实现“Wedata数据建模”的销毁",
    "members": [
      {
        "name": "CloudappId",
        "type": "string",
        "required": true,
        "description": "云应用的实例id"
      },
      {
        "name": "DataModelId",
        "type": "string",
        "required": true,
        "description": "数据建模的实例id"
      },
      {
        "name": "UserId",
        "type": "string",
        "required": true,
        "description": "用户的子账号id"
      }
    ]
  },
  "DeleteDataSources": {
    "summary": "Data Source Management - Delete Data Source",
    "description": "Delete Data Source",
    "zh": {
      "summary": "数据源管理-删除数据源",
      "description": "删除数据源"
    },
    "members": [
      {
        "name": "Ids",
        "type": "array",
        "required": true,
        "items": "integer",
        "description": "ID List",
        "zh": "id列表"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "DeleteDsFolder": {
    "summary": "Folder deletion",
    "description": "Orchestration space - delete folders",
    "zh": {
      "summary": "删除文件夹",
      "description": "编排空间-删除文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID",
        "zh": "文件夹ID"
      }
    ]
  },
  "DeleteFile": {
    "summary": "Development Space - Delete File",
    "description": "Delete File",
    "zh": {
      "summary": "开发空间-删除文件",
      "description": "删除文件"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "ResourceId",
        "type": "string",
        "required": true,
        "description": "Resource ID",
        "zh": "资源id"
      }
    ]
  },
  "DeleteFilePath": {
    "summary": "Development Space - Batch Delete Directories and Files",
    "description": "Development Space - Batch Delete Directories and Files",
    "zh": {
      "summary": "开发空间-批量删除目录和文件",
      "description": "开发空间-批量删除目录和文件"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "ResourceIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Resource ID",
        "zh": "资源ID"
      },
      {
        "name": "UseStatus",
        "type": "string",
        "required": true,
        "description": "Usage Status- true\n- false",
        "zh": "使用状态\n- true\n- false"
      },
      {
        "name": "FilePaths",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "File path",
        "zh": "文件路径"
      }
    ]
  },
  "DeleteIntegrationNode": {
    "summary": "Delete Integration Node",
    "description": "Delete Integration Node",
    "zh": {
      "summary": "删除集成节点",
      "description": "删除集成节点"
    },
    "members": [
      {
        "name": "Id",
        "type": "string",
        "required": true,
        "description": "Node ID",
        "zh": "节点id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "DeleteIntegrationTask": {
    "summary": "Delete integration tasks",
    "description": "Delete integration tasks",
    "zh": {
      "summary": "删除实时集成任务",
      "description": "删除集成任务"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "DeleteLink": {
    "summary": "删除任务连接",
    "description": "删除任务连接",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "当前项目Id"
      },
      {
        "name": "TaskFrom",
        "type": "string",
        "required": true,
        "description": "边的源节点"
      },
      {
        "name": "TaskTo",
        "type": "string",
        "required": true,
        "description": "边的目标节点"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "当前工作流Id"
      },
      {
        "name": "Id",
        "type": "string",
        "required": true,
        "description": "边Id"
      },
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "请求来源，WEB 前端；CLIENT 客户端"
      }
    ]
  },
  "DeleteOfflineTask": {
    "summary": "Deleting task",
    "description": "Deleting task",
    "zh": {
      "summary": "删除离线任务",
      "description": "删除任务"
    },
    "members": [
      {
        "name": "OperatorName",
        "type": "string",
        "required": true,
        "description": "Operator's name",
        "zh": "操作者name"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project/workspace ID",
        "zh": "项目/工作空间id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "VirtualFlag",
        "type": "boolean",
        "required": true,
        "description": "Virtual task marker (defaults to false, consistent with previous scheduling interfaces)",
        "zh": "虚拟任务标记(跟之前调度接口保持一致默认false)"
      }
    ]
  },
  "DeleteProjectParamDs": {
    "summary": "Delete Project Parameters",
    "description": "Delete Project Parameters",
    "zh": {
      "summary": "删除项目参数",
      "description": "删除项目参数"
    },
    "members": [
      {
        "name": "ParamKey",
        "type": "string",
        "required": true,
        "description": "Parameter Name",
        "zh": "参数名"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "DeleteProjectUsers": {
    "summary": "Delete Project Users",
    "description": "Delete Project Users",
    "zh": {
      "summary": "删除项目用户",
      "description": "删除项目用户"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "UserIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "User ID list",
        "zh": "用户ID列表"
      }
    ]
  },
  "DeleteResource": {
    "summary": "Delete Resources",
    "description": "Remove resources in Resource Management",
    "zh": {
      "summary": "删除资源（废弃）",
      "description": "资源管理删除资源。本接口已废弃，请使用接口DeleteResourceFile。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "ResourceId",
        "type": "string",
        "required": true,
        "description": "Resource ID",
        "zh": "资源ID"
      }
    ]
  },
  "DeleteResourceFile": {
    "summary": "[Resource Management] Delete Resource",
    "description": "Resource Management - Delete Resource File",
    "zh": {
      "summary": "【资源管理】删除资源",
      "description": "资源管理-删除资源文件"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "ResourceId",
        "type": "string",
        "required": true,
        "description": "Resource ID",
        "zh": "资源id"
      }
    ]
  },
  "DeleteResourceFiles": {
    "summary": "[Resource Management] Bulk Delete Resources",
    "description": "Resource Management-Batch Delete Resource Files",
    "zh": {
      "summary": "【资源管理】批量删除资源",
      "description": "资源管理-批量删除资源文件"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "UseStatus",
        "type": "boolean",
        "required": true,
        "description": "Usage Status",
        "zh": "使用状态， 为ture 判断资源的使用状态，如果使用中则不能删除"
      },
      {
        "name": "ResourceIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Resource ID List",
        "zh": "资源id列表"
      },
      {
        "name": "FilePaths",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Resource Path List",
        "zh": "需要删除的资源路径列表 即资源管理中的目录结构"
      }
    ]
  },
  "DeleteRule": {
    "summary": "Delete Quality Rule Interface",
    "description": "Delete Quality Rule Interface",
    "zh": {
      "summary": "删除质量规则接口",
      "description": "删除质量规则接口"
    },
    "members": [
      {
        "name": "RuleId",
        "type": "integer",
        "required": false,
        "description": "Quality Rule ID",
        "zh": "质量规则ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目ID"
      }
    ]
  },
  "DeleteRuleTemplate": {
    "summary": "Deleting Rule Template",
    "description": "Deleting Rule Template",
    "zh": {
      "summary": "删除规则模板",
      "description": "删除规则模板"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "Ids",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "Template ID List",
        "zh": "模板Id列表"
      }
    ]
  },
  "DeleteTaskAlarmRegular": {
    "summary": "Delete Task Alert Rule",
    "description": "Delete Task Alert Rule",
    "zh": {
      "summary": "删除任务告警规则",
      "description": "删除任务告警规则"
    },
    "members": [
      {
        "name": "Id",
        "type": "string",
        "required": true,
        "description": "Primary key ID",
        "zh": "主键ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "Task ID",
        "zh": "任务ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Task Type (201 represents Real-time task, 202 represents Offline task)",
        "zh": "任务类型(201表示实时任务，202表示离线任务)"
      }
    ]
  },
  "DeleteTaskDs": {
    "summary": "Delete Orchestration Space Task",
    "description": "Delete Orchestration Space Task",
    "zh": {
      "summary": "删除编排空间任务",
      "description": "删除编排空间任务"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "DeleteScript",
        "type": "boolean",
        "required": false,
        "description": "Delete script?\ntrue: delete\nfalse: do not delete\nDefault false if not passed",
        "zh": "是否删除脚本\ntrue：删除\nfalse：不删除\n不传默认false"
      },
      {
        "name": "OperateInform",
        "type": "boolean",
        "required": false,
        "description": "Task operation: Notify downstream task owners?\ntrue: notify\nfalse: do not notify\nDefault false if not passed",
        "zh": "任务操作是否消息通知下游任务责任人true：通知\nfalse：不通知\n不传默认false"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "Task IDChoose either VirtualTaskId or",
        "zh": "任务ID\n和VirtualTaskId选填一个"
      },
      {
        "name": "VirtualTaskId",
        "type": "string",
        "required": false,
        "description": "Virtual task id\nEither TaskId or this field is optional",
        "zh": "虚拟任务id\n和TaskId选填一个"
      },
      {
        "name": "VirtualFlag",
        "type": "boolean",
        "required": false,
        "description": "Virtual task flag\ntrue: It is a virtual task\nfalse: It is not a virtual task\nDefault false if not passed",
        "zh": "虚拟任务标记\ntrue：是虚拟任务\nfalse：不是虚拟任务\n不传默认false"
      },
      {
        "name": "DeleteMode",
        "type": "boolean",
        "required": false,
        "description": "Task deletion method\ntrue: Do not force fail downstream task instances\nfalse: Force fail downstream task instances\nIf not specified, the default is false",
        "zh": "任务删除方式\ntrue：不针对下游任务实例进行强制失败\nfalse：针对下游任务实例进行强制失败\n不传默认false"
      }
    ]
  },
  "DeleteTaskLineage": {
    "summary": "删除任务血缘关系",
    "description": "删除任务血缘信息",
    "members": [
      {
        "name": "Task",
        "type": "object",
        "required": true,
        "description": "任务信息"
      },
      {
        "name": "ChannelType",
        "type": "string",
        "required": true,
        "description": "wedata内部任务默认SQL"
      }
    ]
  },
  "DeleteWorkflowById": {
    "summary": "Delete Workflow by Workflow Id",
    "description": "Delete Workflow by Workflow Id",
    "zh": {
      "summary": "通过工作流Id删除工作流",
      "description": "通过工作流Id删除工作流"
    },
    "members": [
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID",
        "zh": "工作流id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "DeleteMode",
        "type": "boolean",
        "required": false,
        "description": "Handling method for downstream tasks after deletion, true: all downstream tasks run normally false: all downstream tasks fail",
        "zh": "删除后下游任务的处理方式，true:下游任务均正常运行 false:下游任务均运行失败"
      },
      {
        "name": "EnableNotify",
        "type": "boolean",
        "required": false,
        "description": "Notify downstream task owners after task deletion, true: notify false: do not notify",
        "zh": "删除任务后是否通知下游任务责任人, true:通知 false:不通知"
      }
    ]
  },
  "DescribeAlarmEvents": {
    "summary": "Alert event list",
    "description": "Alert event list",
    "zh": {
      "summary": "告警事件列表",
      "description": "告警事件列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Current Page",
        "zh": "当前页"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Number of records per page",
        "zh": "每页记录数"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter criteria (key can be: AlarmLevel, AlarmIndicator, KeyWord)",
        "zh": "过滤条件(key可以是：AlarmLevel,AlarmIndicator,KeyWord)"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sort Fields (AlarmTime)",
        "zh": "排序字段（AlarmTime）"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Type (201 for real-time, 202 for offline)",
        "zh": "类型(201表示实时，202表示离线)"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Start Time",
        "zh": "开始时间"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "End time",
        "zh": "结束时间"
      },
      {
        "name": "MonitorType",
        "type": "integer",
        "required": false,
        "description": "Monitored Object Type (1: All Tasks, 2: Assigned Task, 3: Designated Responsible Person, 4: Specified Resource Group)",
        "zh": "监控对象类型(1:所有任务,2:指定任务,3:指定责任人,4:指定资源组)"
      }
    ]
  },
  "DescribeAlarmReceiver": {
    "summary": "Alert Recipient Details",
    "description": "Alert Recipient Details",
    "zh": {
      "summary": "告警接收人详情",
      "description": "告警接收人详情"
    },
    "members": [
      {
        "name": "AlarmId",
        "type": "string",
        "required": true,
        "description": "Alert ID",
        "zh": "告警ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Current Page",
        "zh": "当前页"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Number of records per page",
        "zh": "每页记录数"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Type",
        "zh": "类型"
      },
      {
        "name": "AlarmRecipient",
        "type": "string",
        "required": false,
        "description": "Alarm Recipient ID (comma-separated)",
        "zh": "告警接收人ID(逗号分隔)"
      },
      {
        "name": "AlarmRecipientName",
        "type": "string",
        "required": false,
        "description": "Name of alarm recipient (comma-separated)",
        "zh": "告警接收人姓名(逗号分隔)"
      },
      {
        "name": "AlarmTime",
        "type": "string",
        "required": false,
        "description": "Alarm Time",
        "zh": "告警时间"
      },
      {
        "name": "MessageId",
        "type": "string",
        "required": false,
        "description": "Message ID",
        "zh": "消息ID"
      },
      {
        "name": "RecordId",
        "type": "integer",
        "required": false,
        "description": "Alert Record ID",
        "zh": "告警记录id"
      },
      {
        "name": "MonitorType",
        "type": "integer",
        "required": false,
        "description": "Monitored Object Type (1: All Tasks, 2: Assigned Task, 3: Designated Responsible Person, 4: Specified Resource Group)",
        "zh": "监控对象类型(1:所有任务,2:指定任务,3:指定责任人,4:指定资源组)"
      }
    ]
  },
  "DescribeAllByFolderNew": {
    "summary": "Query all subfolders + workflows under the parent directory",
    "description": "Query all subfolders + workflows under the parent directory",
    "zh": {
      "summary": "查询父目录下所有子文件夹+工作流",
      "description": "查询父目录下所有子文件夹+工作流"
    },
    "members": [
      {
        "name": "Folder",
        "type": "object",
        "required": false,
        "description": "Folder Attributes",
        "zh": "文件夹属性"
      },
      {
        "name": "Workflows",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Workflow List",
        "zh": "工作流列表"
      },
      {
        "name": "TargetFolderId",
        "type": "string",
        "required": false,
        "description": "Target File ID",
        "zh": "目标文件id"
      },
      {
        "name": "KeyWords",
        "type": "string",
        "required": false,
        "description": "Keyword",
        "zh": "关键字"
      },
      {
        "name": "ParentsFolderId",
        "type": "string",
        "required": false,
        "description": "Parent File ID",
        "zh": "父文件id"
      },
      {
        "name": "IsAddWorkflow",
        "type": "string",
        "required": false,
        "description": "Pull Folder List",
        "zh": "拉取文件夹列表"
      },
      {
        "name": "TaskStates",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Task Status",
        "zh": "任务状态"
      },
      {
        "name": "FindType",
        "type": "string",
        "required": false,
        "description": "Search type",
        "zh": "搜索类型"
      },
      {
        "name": "OptType",
        "type": "string",
        "required": false,
        "description": "Access type",
        "zh": "访问类型"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": false,
        "description": "Operator Name",
        "zh": "操作者名称"
      },
      {
        "name": "OperatorId",
        "type": "string",
        "required": false,
        "description": "Operator ID",
        "zh": "操作者id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "Project Identifier",
        "zh": "项目标志"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "Project name",
        "zh": "项目名称"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "Index Page Number",
        "zh": "索引页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size",
        "zh": "页面大小"
      },
      {
        "name": "Count",
        "type": "integer",
        "required": false,
        "description": "Total Data",
        "zh": "数据总数"
      },
      {
        "name": "RequestBaseInfo",
        "type": "object",
        "required": false,
        "description": "Basic Request Information",
        "zh": "基础请求信息"
      },
      {
        "name": "IsCount",
        "type": "boolean",
        "required": false,
        "description": "Whether to Calculate Total",
        "zh": "是否计算总数"
      }
    ]
  },
  "DescribeApproveList": {
    "summary": "Getting pending approval list",
    "description": "Getting pending approval list",
    "zh": {
      "summary": "获取待审批列表",
      "description": "获取待审批列表"
    },
    "members": [
      {
        "name": "ApproveClassification",
        "type": "string",
        "required": true,
        "description": "Approval Category Key",
        "zh": "审批分类key"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Page size",
        "zh": "分页大小"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Pagination Number",
        "zh": "分页数"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Custom Definition condition query",
        "zh": "自定义条件查询"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sort Fields",
        "zh": "排序字段"
      }
    ]
  },
  "DescribeApproveTypeList": {
    "summary": "Get Approval Category List",
    "description": "Get Approval Category List",
    "zh": {
      "summary": "获取审批分类列表",
      "description": "获取审批分类列表"
    },
    "members": [
      {
        "name": "Classification",
        "type": "string",
        "required": true,
        "description": "Type key",
        "zh": "类型key"
      }
    ]
  },
  "DescribeBaseBizCatalogs": {
    "summary": "数据类目基础信息列表",
    "description": "数据地图-信息配置 数据类目列表",
    "members": []
  },
  "DescribeBatchOperateTask": {
    "summary": "Batch operation page to retrieve task list",
    "description": "Batch operation page to retrieve task list",
    "zh": {
      "summary": "批量操作页面获取任务列表",
      "description": "批量操作页面获取任务列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "Page",
        "type": "string",
        "required": true,
        "description": "Page Number",
        "zh": "页码"
      },
      {
        "name": "Size",
        "type": "string",
        "required": true,
        "description": "Page Number",
        "zh": "页号"
      },
      {
        "name": "StatusList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Status ListDraft: 'NS','N','P','R'\nRunning: 'Y'\nStopped: 'F'\nFrozen: 'O'\nStopping: 'T'",
        "zh": "状态列表\n草稿：'NS'，'N','P','R'\n运行：''Y'\n停止：'F'\n冻结：'O'\n停止中：'T'"
      },
      {
        "name": "OwnerNameList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "List of Responsible Persons",
        "zh": "责任人名列表"
      },
      {
        "name": "WorkflowIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Workflow List",
        "zh": "工作流列表"
      },
      {
        "name": "TaskNameFilter",
        "type": "string",
        "required": false,
        "description": "Task Name Search",
        "zh": "任务名称搜索"
      },
      {
        "name": "TaskTypeList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Task Type List",
        "zh": "任务类型列表"
      },
      {
        "name": "FordIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Folder List",
        "zh": "文件夹列表"
      },
      {
        "name": "TaskIdFilter",
        "type": "string",
        "required": false,
        "description": "Task ID Search",
        "zh": "任务Id搜索"
      },
      {
        "name": "OwnerNameFilter",
        "type": "string",
        "required": false,
        "description": "Responsible Person Search",
        "zh": "责任人搜索"
      },
      {
        "name": "SortItem",
        "type": "string",
        "required": false,
        "description": "Sort Fields:\nUpdateTime\nCreateTime",
        "zh": "排序字段：\nUpdateTime\nCreateTime"
      },
      {
        "name": "SortType",
        "type": "string",
        "required": false,
        "description": "asc: Ascending\ndesc: Descending",
        "zh": "asc:升序\ndesc:降序"
      },
      {
        "name": "DataEngineList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Engine Type List: Three Types\nSparkJob\nSparkSql\npresto",
        "zh": "引擎类型列表：三种\nSparkJob\nSparkSql\npresto"
      },
      {
        "name": "UserId",
        "type": "string",
        "required": false,
        "description": "Operator Name",
        "zh": "操作人名"
      },
      {
        "name": "OwnerId",
        "type": "string",
        "required": false,
        "description": "1"
      },
      {
        "name": "TenantId",
        "type": "string",
        "required": false,
        "description": "1"
      },
      {
        "name": "DatasourceIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Data Source ID List",
        "zh": "数据源ID列表"
      },
      {
        "name": "DatasourceTypeList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Data Source Type List",
        "zh": "数据源类型列表"
      },
      {
        "name": "CycleUnitList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Scheduling Unit Type List",
        "zh": "调度单位类型列表"
      },
      {
        "name": "CanSubmit",
        "type": "boolean",
        "required": false,
        "description": "Filter out tasks that can be submitted?",
        "zh": "是否筛选出可提交的任务"
      },
      {
        "name": "TimeZone",
        "type": "string",
        "required": false,
        "description": "返回时间字段需要转换的时区"
      },
      {
        "name": "MinUpdateTime",
        "type": "string",
        "required": false,
        "description": "任务最后更新时间最小值，ISO8601格式，如2025-07-16T15:00:00+08:00"
      },
      {
        "name": "MaxUpdateTime",
        "type": "string",
        "required": false,
        "description": "任务最后更新时间最大值，ISO8601格式，如2025-07-17T15:00:00+08:00"
      }
    ]
  },
  "DescribeCodeTemplateDetail": {
    "summary": "查询代码模版具体详情",
    "description": "查询代码模版具体详情",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "CodeTemplateId",
        "type": "string",
        "required": true,
        "description": "模版Id"
      },
      {
        "name": "NeedReturnScriptContent",
        "type": "boolean",
        "required": false,
        "description": "是否需要返回脚本内容，默认false。"
      }
    ]
  },
  "DescribeColumnLineage": {
    "summary": "List Field Lineage Information",
    "description": "List Field Lineage Information",
    "zh": {
      "summary": "列出字段血缘信息",
      "description": "列出字段血缘信息"
    },
    "members": [
      {
        "name": "Direction",
        "type": "string",
        "required": true,
        "description": "Enumeration value of query direction.\n\n- INPUT\n- OUTPUT\n- BOTH",
        "zh": "查询方向枚举值\n\n- INPUT\n- OUTPUT\n- BOTH"
      },
      {
        "name": "Data",
        "type": "object",
        "required": true,
        "description": "Field Information",
        "zh": "字段信息"
      },
      {
        "name": "InputDepth",
        "type": "integer",
        "required": false,
        "description": "Single Query Indegree",
        "zh": "单次查询入度"
      },
      {
        "name": "OutputDepth",
        "type": "integer",
        "required": false,
        "description": "Single Query Outdegree",
        "zh": "单次查询出度"
      },
      {
        "name": "ExtParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Additional Parameters (Pass Caller Information)",
        "zh": "额外参数（传递调用方信息）"
      },
      {
        "name": "IgnoreTemp",
        "type": "boolean",
        "required": false,
        "description": "Filter Temporary Tables with the default value true",
        "zh": "是否过滤临时表 默认值为true"
      }
    ]
  },
  "DescribeColumnsMeta": {
    "summary": "Query all column metadata of the table",
    "description": "Query all column metadata of the table",
    "zh": {
      "summary": "查询表的所有列元数据",
      "description": "查询表的所有列元数据"
    },
    "members": [
      {
        "name": "TableId",
        "type": "string",
        "required": true,
        "description": "Table ID",
        "zh": "表ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page Number",
        "zh": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Page Size",
        "zh": "每页大小"
      },
      {
        "name": "FilterSet",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter",
        "zh": "过滤器"
      },
      {
        "name": "OrderFieldSet",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sort Fields",
        "zh": "排序字段"
      },
      {
        "name": "IsPartitionQuery",
        "type": "boolean",
        "required": false,
        "description": "Whether to Query Partition Field, Default false",
        "zh": "是否查询分区字段，默认false"
      },
      {
        "name": "ComplianceId",
        "type": "integer",
        "required": false,
        "description": "Compliance Group ID",
        "zh": "合规组ID"
      }
    ]
  },
  "DescribeDataAssets": {
    "summary": "查询数据资产",
    "description": "查询数据资产列表",
    "members": [
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "请求来源，WEB 前端；CLIENT 客户端"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤字段名称\nName 取值如下\n      keyword 搜索关键字\n      bizCatalogIds 表示目录分类取值\n      DataAssetType 数据资产类型枚举取值：ALL-全部类型、TABLE-数据表\n      DatasourceType 数据源类型\n      datasourceIds 数据源ID列表\n      DatabaseName 数据库名称\n      InCharge 负责人\n      ProjectId 项目ID\n      Label 标签\n      ProjectId 数据资产归属的项目ID\n      AssetLevel 等级 取值：ALL-全部，40-核心，30-重要，20-一般，10-临时\n      OwnerMe 我负责的\n      PermissionMe 我有权限的\n      MyFavorite 我收藏的"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序字段列表\n取值：\n     Name： Table-按表名，LikeCount-按热度\n     Direction： ASC, DESC"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "页码，配合pageSize使用"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "每页数目，配合pageNumber使用"
      }
    ]
  },
  "DescribeDatabaseByName": {
    "summary": "根据数据库名称和数据源id获取数据库信息",
    "description": "根据数据库名称和数据源id获取数据库信息",
    "members": [
      {
        "name": "DatabaseName",
        "type": "string",
        "required": true,
        "description": "数据库名称"
      },
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": true,
        "description": "数据源id"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": false,
        "description": "schema名称"
      },
      {
        "name": "ClusterId",
        "type": "string",
        "required": false,
        "description": "集群id"
      }
    ]
  },
  "DescribeDatabaseInfoList": {
    "summary": "Obtain Database Information",
    "description": "Obtain Database Information",
    "zh": {
      "summary": "获取数据库信息",
      "description": "获取数据库信息"
    },
    "members": [
      {
        "name": "Filters",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Ignore Query String",
        "zh": "过滤参数"
      },
      {
        "name": "ConnectionType",
        "type": "string",
        "required": true,
        "description": "Connection Type",
        "zh": "连接类型"
      }
    ]
  },
  "DescribeDatabaseMeta": {
    "summary": "查询数据库元数据",
    "description": "根据数据库Id查询数据库元数据，带有数据源和项目信息",
    "members": [
      {
        "name": "DatabaseId",
        "type": "string",
        "required": true,
        "description": "数据源唯一Id"
      }
    ]
  },
  "DescribeDatabaseMetas": {
    "summary": "Querying database list",
    "description": "Querying database list",
    "zh": {
      "summary": "查询数据库列表",
      "description": "查询数据库列表"
    },
    "members": [
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter Fields, projectIds/msTypes/createTime/modifiedTime",
        "zh": "过滤字段，projectIds/msTypes/createTime/modifiedTime"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sort Fields, such as name",
        "zh": "排序字段，如name"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "pagesize"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "pageNumber"
      }
    ]
  },
  "DescribeDataCheckStat": {
    "summary": "Data Quality Data Monitoring Interface",
    "description": "Data Quality Overview Page Data Monitoring Interface",
    "zh": {
      "summary": "数据质量数据监测情况接口",
      "description": "数据质量的概览页面数据监测情况接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "BeginDate",
        "type": "string",
        "required": true,
        "description": "Start time, timestamp to the second",
        "zh": "开始时间，时间戳到秒"
      },
      {
        "name": "EndDate",
        "type": "string",
        "required": true,
        "description": "End time, timestamp to the second",
        "zh": "结束时间，时间戳到秒"
      }
    ]
  },
  "DescribeDataServicePublishedApiDetail": {
    "summary": "查询数据服务API的发布态信息详情",
    "description": "查询数据服务API的发布态信息",
    "members": [
      {
        "name": "Id",
        "type": "string",
        "required": true,
        "description": "服务Id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      }
    ]
  },
  "DescribeDataServicePublishedApiList": {
    "summary": "获取数据服务API的发布态信息列表",
    "description": "获取数据服务API的发布态信息列表",
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "每页大小"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "Filters",
        "type": "object",
        "required": false,
        "description": "查询参数"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序配置"
      }
    ]
  },
  "DescribeDatasource": {
    "summary": "Data Source Management - Data Source Details",
    "description": "Data Source Details",
    "zh": {
      "summary": "数据源管理-数据源详情",
      "description": "数据源详情"
    },
    "members": [
      {
        "name": "Id",
        "type": "integer",
        "required": true,
        "description": "Unique Object ID",
        "zh": "对象唯一ID"
      },
      {
        "name": "Env",
        "type": "string",
        "required": false,
        "description": "production: production, development: development",
        "zh": "production：生产，development开发"
      }
    ]
  },
  "DescribeDataSourceInfoList": {
    "summary": "Obtain Data Source Information",
    "description": "Obtain Data Source Information - Data Source Pagination List",
    "zh": {
      "summary": "获取数据源信息",
      "description": "获取数据源信息-数据源分页列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page Number",
        "zh": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page number",
        "zh": "页数"
      },
      {
        "name": "Filters",
        "type": "object",
        "required": false,
        "description": "Filter condition (not supported yet)",
        "zh": "过滤条件（暂不支持）"
      },
      {
        "name": "OrderFields",
        "type": "object",
        "required": false,
        "description": "Sorting Configuration",
        "zh": "排序配置"
      },
      {
        "name": "Type",
        "type": "string",
        "required": false,
        "description": "Data Source Type, mandatory (e.g., MYSQL, DLC, etc.)",
        "zh": "数据源类型，MYSQL,TENCENT_MYSQL,TDSQL_MYSQL,HIVE,KAFKA,POSTGRE,CDW,ORACLE,SQLSERVER,FTP,HDFS,ICEBERG,HBASE,TDSQL,TDSQLC,SPARK,VIRTUAL,TBASE,DB2,DM,TDENGINE,GAUSSDB,GBASE,IMPALA,ES,TENCENT_ES,S3_DATAINSIGHT,GREENPLUM,PHOENIX,SAP_HANA,SFTP,OCEANBASE,CLICKHOUSE,TCHOUSE_C,KUDU,VERTICA,REDIS,COS,S3,DLC,DORIS,CKAFKA,TDMQ_PULSAR,MONGODB,TENCENT_MONGODB,FTP_FILE,HDFS_FILE,DTS_KAFKA,REST_API,FILE,TIDB,SYBASE,TCHOUSE_X,TDSQL_POSTGRE,TCHOUSE_P,TCHOUSE_D,STARROCKS,EMR_STARROCKS,TBDS_STARROCKS,TRINO,KYUUBI,GDB,INFLUXDB,BIG_QUERY,BLOB,FILESYSTEM,SHAREPOINT,KINGBASEES,HUDI等"
      },
      {
        "name": "DatasourceName",
        "type": "string",
        "required": false,
        "description": "Data Source Name Filter",
        "zh": "数据源名称过滤"
      }
    ]
  },
  "DescribeDataSourceList": {
    "summary": "Data Source Management - Query Data Source Pagination List",
    "description": "Data Source Details",
    "zh": {
      "summary": "数据源管理-查询数据源分页列表",
      "description": "数据源详情"
    },
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page Number",
        "zh": "<p>页码</p>"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Number of returns",
        "zh": "<p>返回数量</p>"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sorting Configuration",
        "zh": "<p>排序配置</p>"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Optional Filter Criteria, Filter optional configurations (reference): \"Name\": { \"type\": \"string\", \"description\": \"Data Source Name\" }, \"Type\": { \"type\": \"string\", \"description\": \"Type\" }, \"ClusterId\": { \"type\": \"string\", \"description\": \"Cluster ID\" }, \"CategoryId\": { \"type\": \"string\", \"description\": \"Classification, Project or Space ID\" }",
        "zh": "<p>可选过滤条件，Filter可选配置(参考): &quot;Name&quot;: { &quot;type&quot;: &quot;string&quot;, &quot;description&quot;: &quot;数据源名称&quot; }, &quot;Type&quot;: { &quot;type&quot;: &quot;string&quot;, &quot;description&quot;: &quot;类型&quot; }, &quot;ClusterId&quot;: { &quot;type&quot;: &quot;string&quot;, &quot;description&quot;: &quot;集群id&quot; }, &quot;CategoryId&quot;: { &quot;type&quot;: &quot;string&quot;, &quot;description&quot;: &quot;分类，项目或空间id&quot; }</p>"
      }
    ]
  },
  "DescribeDependOpsTasks": {
    "summary": "Search for upstream-downstream task nodes by hierarchy",
    "description": "Search for upstream/downstream task nodes by hierarchy",
    "zh": {
      "summary": "根据层级查找上-下游任务节点",
      "description": "根据层级查找上/下游任务节点"
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
        "name": "Deep",
        "type": "integer",
        "required": true,
        "description": "Upstream/Downstream Levels 1-6",
        "zh": "上游/下游层级1-6级"
      },
      {
        "name": "Up",
        "type": "integer",
        "required": true,
        "description": "1: Indicates querying upstream nodes; 0: Indicates querying downstream nodes; 2: Indicates querying both upstream and downstream nodes",
        "zh": "1: 表示查询上游节点；0:表示查询下游节点；2：表示查询上游和下游节点"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Task Workflow ID",
        "zh": "任务工作流id"
      }
    ]
  },
  "DescribeDependTaskLists": {
    "summary": "Query Task Detail List by taskIds",
    "description": "Query Task Detail List by taskIds",
    "zh": {
      "summary": "通过taskIds查询task详情列表",
      "description": "通过taskIds查询task详情列表"
    },
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task ID List",
        "zh": "任务Id列表"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "DescribeDimensionScore": {
    "summary": "Query Dimension Score",
    "description": "Quality Report - Query Quality Score",
    "zh": {
      "summary": "查询维度评分",
      "description": "质量报告-查询质量评分"
    },
    "members": [
      {
        "name": "StatisticsDate",
        "type": "integer",
        "required": true,
        "description": "Statistics Date Timestamp",
        "zh": "统计日期 时间戳"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "Data source ID",
        "zh": "数据来源id"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Ignore Query String",
        "zh": "过滤参数"
      }
    ]
  },
  "DescribeDsFolderTree": {
    "summary": "Orchestration Space - Query Directory Tree",
    "description": "Query Directory Tree",
    "zh": {
      "summary": "编排空间-查询目录树",
      "description": "查询目录树"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "FirstLevelPull",
        "type": "boolean",
        "required": false,
        "description": "Whether to Pull at First Level true Yes \nfalse No",
        "zh": "是否一级拉取 true 是 \nfalse 否"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": false,
        "description": "Folder ID",
        "zh": "文件夹ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID",
        "zh": "工作流ID"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Keyword Search",
        "zh": "关键字搜索"
      },
      {
        "name": "IncludeWorkflow",
        "type": "boolean",
        "required": false,
        "description": "Whether to Include Workflow true Yes \nfalse No",
        "zh": "是否包含工作流 true 是 \nfalse 否"
      },
      {
        "name": "IncludeTask",
        "type": "boolean",
        "required": false,
        "description": "Whether to Include Tasks true Yes \nfalse No",
        "zh": "是否包含任务 true 是 \nfalse 否"
      },
      {
        "name": "IncludeVirtualTask",
        "type": "boolean",
        "required": false,
        "description": "Does it include virtual tasks? This parameter is effective only when IncludeTask is true, default is true",
        "zh": "是否包含虚拟任务，当 IncludeTask 为 true 的时候，该参数才生效，默认为 true"
      },
      {
        "name": "TaskFolderId",
        "type": "string",
        "required": false,
        "description": "Task directory ID",
        "zh": "任务目录id"
      },
      {
        "name": "DisplayType",
        "type": "string",
        "required": false,
        "description": "classification. Categorized Display  catalog. Directory Display",
        "zh": "classification.分类展示  catalog.目录展示"
      },
      {
        "name": "IncludeTaskFolder",
        "type": "boolean",
        "required": false,
        "description": "Does it include task directories? true means yes\nfalse No",
        "zh": "是否包含任务目录 true 是 \nfalse 否"
      },
      {
        "name": "NewFolderTreeMode",
        "type": "boolean",
        "required": false,
        "description": "是否使用最新模式展示目录树"
      },
      {
        "name": "TaskNodeId",
        "type": "string",
        "required": false,
        "description": "节点分类ID"
      },
      {
        "name": "WorkflowType",
        "type": "string",
        "required": false,
        "description": "工作流类型, 使用场景: 任务复制,选择工作流. 取值范围\n\n- cycle    周期工作流\n- manual    手动工作流"
      },
      {
        "name": "TaskTypeIdList",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "任务类型id列表"
      },
      {
        "name": "InChargeIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "责任人id列表"
      },
      {
        "name": "OnlyMe",
        "type": "boolean",
        "required": false,
        "description": "自身责任人"
      },
      {
        "name": "IncludeCodeTemplate",
        "type": "boolean",
        "required": false,
        "description": "是否包含代码模版"
      },
      {
        "name": "FolderForm",
        "type": "string",
        "required": false,
        "description": "编排空间 或代码模版 orchestrationSpace 编排空间 template模版管理"
      }
    ]
  },
  "DescribeDsParentFolderTree": {
    "summary": "Orchestration Space-Query Parent Directory Tree",
    "description": "Query Parent Directory Tree, for Workflow, Task Localization",
    "zh": {
      "summary": "编排空间-查询父目录树",
      "description": "查询父目录树，用于工作流、任务定位"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": false,
        "description": "Folder ID",
        "zh": "文件夹ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID",
        "zh": "工作流ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "DisplayType",
        "type": "string",
        "required": false,
        "description": "Task Display Format, Example Values\n-    classification: Categorized Display\n-    catalog: Directory Display",
        "zh": "任务展示形式, 示例取值\n-    classification:分类展示\n-    catalog:目录展示"
      },
      {
        "name": "NewFolderTreeMode",
        "type": "boolean",
        "required": false,
        "description": "是否新模式展示目录树"
      }
    ]
  },
  "DescribeDsTaskVersionInfo": {
    "summary": "查看任务版本详细信息",
    "description": "查看任务版本详细信息",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务ID"
      },
      {
        "name": "TaskVersion",
        "type": "string",
        "required": true,
        "description": "版本"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      }
    ]
  },
  "DescribeDsTaskVersionList": {
    "summary": "拉取任务版本列表",
    "description": "拉取任务版本列表",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      },
      {
        "name": "IsOnlyCurrentEditingVersion",
        "type": "boolean",
        "required": false,
        "description": "是否仅返回当前编辑版本"
      },
      {
        "name": "IsOnlyProductVersion",
        "type": "boolean",
        "required": false,
        "description": "是否仅只返回生产使用版本"
      }
    ]
  },
  "DescribeDutyScheduleDetails": {
    "summary": "获取值班日历",
    "description": "获取值班日历",
    "members": [
      {
        "name": "Id",
        "type": "integer",
        "required": true,
        "description": "值班表id"
      },
      {
        "name": "QueryDate",
        "type": "string",
        "required": true,
        "description": "查询时间"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "扩展字段"
      }
    ]
  },
  "DescribeDutyScheduleList": {
    "summary": "获取值班表列表",
    "description": "获取值班表列表",
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "页码，默认1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "页大小，默认10"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "值班表名称"
      }
    ]
  },
  "DescribeEvent": {
    "summary": "Instance O&M - Event Instance - Query Event Details",
    "description": "View Event Details by Project ID and Event Name",
    "zh": {
      "summary": "实例运维-事件实例-查询事件详情",
      "description": "根据项目ID和事件名称查看事件详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "EventName",
        "type": "string",
        "required": true,
        "description": "Event name",
        "zh": "事件名称"
      }
    ]
  },
  "DescribeEventCases": {
    "summary": "Search for Event Instances",
    "description": "Find Event Instances Based on Conditions",
    "zh": {
      "summary": "查找事件实例",
      "description": "根据条件查找事件实例"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "Category",
        "type": "string",
        "required": true,
        "description": "Event Instance Catalog, Example Value:\n- Expired: expired\n- Not Expired: consuming\n- All: all",
        "zh": "事件实例目录,示例取值:\n- 已过期: expired\n- 未过期: consuming\n- 全部: all"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page Number",
        "zh": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Number of items per page",
        "zh": "每页数目"
      },
      {
        "name": "EventName",
        "type": "string",
        "required": false,
        "description": "Event name",
        "zh": "事件名称"
      },
      {
        "name": "EventSubType",
        "type": "string",
        "required": false,
        "description": "Event Segmentation Type",
        "zh": "事件分割类型"
      },
      {
        "name": "CreationTimeStart",
        "type": "string",
        "required": false,
        "description": "Minimum Creation Time of Event Instance",
        "zh": "事件实例最小创建时间"
      },
      {
        "name": "CreationTimeEnd",
        "type": "string",
        "required": false,
        "description": "Maximum Creation Time of Event Instance",
        "zh": "事件实例最大创建时间"
      },
      {
        "name": "EventTriggeredTimeStart",
        "type": "string",
        "required": false,
        "description": "Minimum Trigger Time of Event Instance",
        "zh": "事件实例最小触发时间"
      },
      {
        "name": "EventTriggeredTimeEnd",
        "type": "string",
        "required": false,
        "description": "Maximum Trigger Time of Event Instance",
        "zh": "事件实例最大触发时间"
      },
      {
        "name": "LogTimeStart",
        "type": "string",
        "required": false,
        "description": "Minimum Consumption Time of Event Instance",
        "zh": "事件实例最小消费时间"
      },
      {
        "name": "LogTimeEnd",
        "type": "string",
        "required": false,
        "description": "Maximum Consumption Time of Event Instance",
        "zh": "事件实例最大消费时间"
      },
      {
        "name": "Dimension",
        "type": "string",
        "required": false,
        "description": "Event Instance Data Timestamp",
        "zh": "事件实例数据时间"
      },
      {
        "name": "TimeToLive",
        "type": "string",
        "required": false,
        "description": "Event Instance Validity Period",
        "zh": "事件实例有效时间"
      },
      {
        "name": "SortItem",
        "type": "string",
        "required": false,
        "description": "Sort Fields",
        "zh": "排序字段"
      },
      {
        "name": "SortType",
        "type": "string",
        "required": false,
        "description": "Sorting Order",
        "zh": "排序顺序"
      },
      {
        "name": "ConsumeCount",
        "type": "string",
        "required": false,
        "description": "有效次数"
      }
    ]
  },
  "DescribeEventConsumeTasks": {
    "summary": "Event Instance - Viewing consumption tasks of event instances",
    "description": "Viewing consumption tasks of event instances",
    "zh": {
      "summary": "事件实例-事件实例查看消费任务",
      "description": "查看事件实例的消费任务"
    },
    "members": [
      {
        "name": "EventCaseId",
        "type": "string",
        "required": true,
        "description": "Event Instance ID",
        "zh": "事件实例ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page Number",
        "zh": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Number of items per page",
        "zh": "每页数目"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      }
    ]
  },
  "DescribeExecStrategy": {
    "summary": "Query Rule Group Execution Policy",
    "description": "Query Rule Group Execution Policy",
    "zh": {
      "summary": "查询规则组执行策略",
      "description": "查询规则组执行策略"
    },
    "members": [
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "Rule Group ID",
        "zh": "规则组Id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目Id"
      }
    ]
  },
  "DescribeExecutorGroupMetric": {
    "summary": "根据id查询执行资源组指标-商业化版本",
    "description": "商业化版本：根据id查询执行资源组指标",
    "members": [
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": true,
        "description": "执行资源组id"
      },
      {
        "name": "TrendStartTime",
        "type": "integer",
        "required": false,
        "description": "使用趋势开始时间(毫秒)"
      },
      {
        "name": "TrendEndTime",
        "type": "integer",
        "required": false,
        "description": "使用趋势结束时间(毫秒)"
      },
      {
        "name": "ExecutorGroupType",
        "type": "string",
        "required": false,
        "description": "执行资源组类型"
      },
      {
        "name": "ExecutorResourceType",
        "type": "string",
        "required": false,
        "description": "执行资源类型"
      },
      {
        "name": "LoaderId",
        "type": "string",
        "required": false,
        "description": "执行机ID"
      },
      {
        "name": "MetricType",
        "type": "string",
        "required": false,
        "description": "指标维度"
      },
      {
        "name": "Granularity",
        "type": "integer",
        "required": false,
        "description": "指标采集粒度"
      }
    ]
  },
  "DescribeFieldBasicInfo": {
    "summary": "Field Basic Information Query",
    "description": "Metadata Model - Field Basic Information Query Interface",
    "zh": {
      "summary": "字段基础信息查询",
      "description": "元数据模型-字段基础信息查询接口"
    },
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page Number",
        "zh": "分页页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page Size",
        "zh": "分页大小"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter field",
        "zh": "过滤字段"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sort Fields",
        "zh": "排序字段"
      }
    ]
  },
  "DescribeFolderWorkflowList": {
    "summary": "Pull workflows from folders",
    "description": "Get all workflow lists under the project by Project ID",
    "zh": {
      "summary": "拉取文件夹下的工作流",
      "description": "根据项目id 获取项目下所有工作流列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "ParentsFolderId",
        "type": "string",
        "required": true,
        "description": "Parent Folder ID",
        "zh": "父文件夹ID"
      },
      {
        "name": "KeyWords",
        "type": "string",
        "required": false,
        "description": "Keyword",
        "zh": "关键字"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number, default is 1",
        "zh": "页码，默认1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size, default is 10",
        "zh": "页大小，默认10"
      }
    ]
  },
  "DescribeFormVersionParam": {
    "summary": "查询模版提交任务参数",
    "description": "查询模版关联的任务和可填充参数，为下一步代码模版提交做准备",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "CodeTemplateId",
        "type": "string",
        "required": true,
        "description": "模版Id"
      },
      {
        "name": "OriginalParams",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "脚本中的参数"
      },
      {
        "name": "Page",
        "type": "integer",
        "required": false,
        "description": "页码"
      },
      {
        "name": "Size",
        "type": "integer",
        "required": false,
        "description": "页号"
      },
      {
        "name": "Source",
        "type": "string",
        "required": false,
        "description": "来源 studio(Studio脚本)/codeTemplate(代码模版)"
      }
    ]
  },
  "DescribeFunctionKinds": {
    "summary": "Query Function Classification",
    "description": "Query Function Classification",
    "zh": {
      "summary": "查询函数分类",
      "description": "查询函数分类"
    },
    "members": []
  },
  "DescribeFunctionTypes": {
    "summary": "Query Function Type",
    "description": "Query Function Type",
    "zh": {
      "summary": "查询函数类型",
      "description": "查询函数类型"
    },
    "members": []
  },
  "DescribeInstanceByCycle": {
    "summary": "Periodic Instance Statistics",
    "description": "Query all instances by cycle type",
    "zh": {
      "summary": "周期实例统计",
      "description": "根据周期类型查询所有实例"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "1"
      },
      {
        "name": "TenantId",
        "type": "string",
        "required": false,
        "description": "1"
      }
    ]
  },
  "DescribeInstanceDetailInfo": {
    "summary": "DescribeInstanceDetailInfo",
    "description": "实例详情页，返回某个实例所有生命周期信息",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务ID"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": true,
        "description": "实例数据时间"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      },
      {
        "name": "LifeRound",
        "type": "integer",
        "required": false,
        "description": "实例的第几次执行"
      },
      {
        "name": "LifeRoundStartIndex",
        "type": "integer",
        "required": false,
        "description": "生命周期查询起始index"
      },
      {
        "name": "LifeRoundSize",
        "type": "integer",
        "required": false,
        "description": "生命周期查询批次数量"
      },
      {
        "name": "TotalLifeRound",
        "type": "string",
        "required": false,
        "description": "生命周期总数，可省略"
      },
      {
        "name": "Dynamic",
        "type": "boolean",
        "required": false,
        "description": "动态加载日志标识"
      }
    ]
  },
  "DescribeInstanceLastLog": {
    "summary": "Get Log Detail Page",
    "description": "Log Detail Acquisition Page",
    "zh": {
      "summary": "获取日志详情页面",
      "description": "日志获取详情页面"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": true,
        "description": "Data Timestamp",
        "zh": "数据时间"
      }
    ]
  },
  "DescribeInstanceList": {
    "summary": "Get Offline Operation and Maintenance Instance List",
    "description": "Get Instance List",
    "zh": {
      "summary": "获取离线运维实例列表",
      "description": "获取实例列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project/workspace ID",
        "zh": "项目/工作空间id"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": true,
        "description": "Page Number",
        "zh": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Number of items displayed per page",
        "zh": "一页展示的条数"
      },
      {
        "name": "CycleList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Cycle List (e.g., daily, one-time), optional",
        "zh": "周期列表（如天，一次性），可选"
      },
      {
        "name": "OwnerList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Person in Charge",
        "zh": "责任人"
      },
      {
        "name": "InstanceType",
        "type": "string",
        "required": true,
        "description": "Keep consistent with previous",
        "zh": "跟之前保持一致"
      },
      {
        "name": "Sort",
        "type": "string",
        "required": true,
        "description": "Sorting Order (asc, desc)",
        "zh": "排序顺序（asc，desc）"
      },
      {
        "name": "SortCol",
        "type": "string",
        "required": true,
        "description": "Sort Column (costTime Runtime duration, startTime Start Time, state Instance status, curRunDate Data Timestamp)",
        "zh": "排序列（costTime 运行耗时，startTime 开始时间，state 实例状态，curRunDate 数据时间）"
      },
      {
        "name": "TaskTypeList",
        "type": "array",
        "required": true,
        "items": "integer",
        "description": "Type List (e.g., Python Task Type: 30\nPySpark Task Type: 31\nhivesql task type:34\nshell task type:35\nsparksql task type:36 jdbcsql task type:21 dlc task type:32), optional",
        "zh": "类型列表（如python任务类型：30\npyspark任务类型：31\nhivesql任务类型：34\nshell任务类型：35\nsparksql任务类型：36 jdbcsql任务类型：21 dlc任务类型：32），可选"
      },
      {
        "name": "StateList",
        "type": "array",
        "required": true,
        "items": "integer",
        "description": "Status list (e.g., success 2, executing 1), optional",
        "zh": "状态列表（如成功 2，正在执行 1），可选"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Task Name",
        "zh": "任务名称"
      }
    ]
  },
  "DescribeInstanceLog": {
    "summary": "Get Instance Running Logs",
    "description": "Get Instance Running Logs",
    "zh": {
      "summary": "获取实例运行日志",
      "description": "获取实例运行日志"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": true,
        "description": "Data Timestamp",
        "zh": "数据时间"
      },
      {
        "name": "BrokerIp",
        "type": "string",
        "required": true,
        "description": "Server Ip",
        "zh": "服务器Ip"
      },
      {
        "name": "OriginFileName",
        "type": "string",
        "required": true,
        "description": "File Name",
        "zh": "文件Name"
      }
    ]
  },
  "DescribeInstanceLogDetail": {
    "summary": "Instance Operation and Maintenance - Obtain Specific Instance-related Log Information",
    "description": "Obtain Specific Instance-related Log Information",
    "zh": {
      "summary": "实例运维-获取具体实例相关日志信息内容",
      "description": "获取具体实例相关日志信息"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "<p>项目ID</p>"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "<p>任务id</p>"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": true,
        "description": "Data Timestamp",
        "zh": "<p>数据时间</p>"
      },
      {
        "name": "LogLevelType",
        "type": "string",
        "required": false,
        "description": "<p>日志级别，Info/Debug/Warn/Error/All</p>"
      },
      {
        "name": "ExecutionFileType",
        "type": "string",
        "required": false,
        "description": "<p>文件类型,Log/Code</p>"
      },
      {
        "name": "ExecutionJobId",
        "type": "string",
        "required": false,
        "description": "<p>统一执行平台执行id, 注意: ExecutionJobId 跟 &quot;BrokerIp+OriginFileName&quot; 必须有一个不为空</p>"
      },
      {
        "name": "BrokerIp",
        "type": "string",
        "required": false,
        "description": "Server Ip",
        "zh": "<p>服务器Ip, 注意: &quot;BrokerIp+OriginFileName&quot;跟ExecutionJobId必须有一个不为空</p>"
      },
      {
        "name": "OriginFileName",
        "type": "string",
        "required": false,
        "description": "File Name",
        "zh": "<p>文件Name, 注意: &quot;BrokerIp+OriginFileName&quot;跟ExecutionJobId必须有一个不为空</p>"
      },
      {
        "name": "StartCount",
        "type": "integer",
        "required": false,
        "description": "Starting Row",
        "zh": "<p>起始行</p>"
      },
      {
        "name": "LineCount",
        "type": "integer",
        "required": false,
        "description": "Number of Rows Per Query",
        "zh": "<p>每次查询行数</p>"
      },
      {
        "name": "ExtInfo",
        "type": "string",
        "required": false,
        "description": "<p>查询日志扩展信息,通过统一执行平台接口分页查询日志时需要带上,第一页时为null</p>"
      },
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "请求来源，WEB 前端；CLIENT 客户端"
      },
      {
        "name": "InstanceLifeDetailDtoList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "<p>生命周期为基础数据进行日志匹配</p>"
      },
      {
        "name": "CurrentLifeRound",
        "type": "integer",
        "required": false,
        "description": "<p>当前生命周期</p>"
      },
      {
        "name": "MaxLifeRound",
        "type": "integer",
        "required": false,
        "description": "<p>生命周期总数</p>"
      },
      {
        "name": "Tries",
        "type": "integer",
        "required": false,
        "description": "<p>当前生命周期重试次数</p>"
      },
      {
        "name": "Dynamic",
        "type": "boolean",
        "required": false,
        "description": "<p>动态加载日志</p>"
      }
    ]
  },
  "DescribeInstanceLogFile": {
    "summary": "Download Log File",
    "description": "Download Log File, Return Log Download URL",
    "zh": {
      "summary": "下载日志文件",
      "description": "下载日志文件，返回日志下载URL"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
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
        "name": "CurRunDate",
        "type": "string",
        "required": false,
        "description": "Instance data time",
        "zh": "<p>实例数据时间</p>"
      },
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "请求来源，WEB 前端；CLIENT 客户端"
      },
      {
        "name": "BrokerIp",
        "type": "string",
        "required": false,
        "description": "Executor IP",
        "zh": "<p>执行机IP</p>"
      },
      {
        "name": "OriginFileName",
        "type": "string",
        "required": false,
        "description": "Log file name",
        "zh": "<p>日志文件名</p>"
      },
      {
        "name": "ExecutionJobId",
        "type": "string",
        "required": false,
        "description": "<p>执行平台下发执行id</p>"
      },
      {
        "name": "LogLevelType",
        "type": "string",
        "required": false,
        "description": "<p>日志级别，Info/Debug/Warn/Error/All</p>"
      },
      {
        "name": "ExecutionFileType",
        "type": "string",
        "required": false,
        "description": "<p>文件类型,Log/Code</p>"
      },
      {
        "name": "InstanceLifeDetailDtoList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "<p>生命周期为基础数据进行日志匹配。Dynamic=true动态获取日志链路中使用</p>"
      },
      {
        "name": "CurrentLifeRound",
        "type": "integer",
        "required": false,
        "description": "<p>当前生命周期数</p>"
      },
      {
        "name": "MaxLifeRound",
        "type": "integer",
        "required": false,
        "description": "<p>最大生命周期数</p>"
      },
      {
        "name": "Tries",
        "type": "integer",
        "required": false,
        "description": "<p>当前生命周期重试次数</p>"
      },
      {
        "name": "Dynamic",
        "type": "boolean",
        "required": false,
        "description": "<p>动态获取日志信息标识</p>"
      }
    ]
  },
  "DescribeInstanceLogList": {
    "summary": "Get Offline Task Instance Run Log List",
    "description": "Offline Task Instance Run Log List",
    "zh": {
      "summary": "获取离线任务实例运行日志列表",
      "description": "离线任务实例运行日志列表"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": true,
        "description": "Data Timestamp",
        "zh": "数据时间"
      }
    ]
  },
  "DescribeInstancesByExecutors": {
    "summary": "按执行资源组查询任务调度与运行实例数量统计",
    "description": "按执行资源组查询任务调度与运行实例数量统计",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "<p>项目ID</p>"
      },
      {
        "name": "ExecutorGroupIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "<p>执行资源组ID</p>"
      }
    ]
  },
  "DescribeIntegrationNode": {
    "summary": "Query integrated nodes",
    "description": "Query integrated nodes",
    "zh": {
      "summary": "查询集成节点",
      "description": "查询集成节点"
    },
    "members": [
      {
        "name": "Id",
        "type": "string",
        "required": true,
        "description": "Node ID",
        "zh": "节点id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Task Type, 201 for Real-time Task, 202 for Offline Task",
        "zh": "任务类型，201为实时任务，202为离线任务"
      }
    ]
  },
  "DescribeIntegrationStatistics": {
    "summary": "DataInLong Dashboard Overview",
    "description": "DataInLong Dashboard Overview",
    "zh": {
      "summary": "数据集成大屏概览",
      "description": "数据集成大屏概览"
    },
    "members": [
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type (Real-time: 201, Offline: 202)",
        "zh": "任务类型（实时：201，离线：202）"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "QueryDate",
        "type": "string",
        "required": false,
        "description": "Query Date",
        "zh": "查询日期"
      }
    ]
  },
  "DescribeIntegrationStatisticsInstanceTrend": {
    "summary": "DataInLong dashboard instance status statistical trend",
    "description": "DataInLong dashboard instance status statistical trend",
    "zh": {
      "summary": "数据集成大屏实例状态统计趋势",
      "description": "数据集成大屏实例状态统计趋势"
    },
    "members": [
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type (Real-time: 201, Offline: 202)",
        "zh": "任务类型（实时：201，离线：202）"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "QueryDate",
        "type": "string",
        "required": false,
        "description": "Query Date",
        "zh": "查询日期"
      },
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": false,
        "description": "Resource Group ID",
        "zh": "资源组id"
      }
    ]
  },
  "DescribeIntegrationStatisticsRecordsTrend": {
    "summary": "DataInLong Dashboard synchronization count trend",
    "description": "DataInLong Dashboard synchronization count trend",
    "zh": {
      "summary": "数据集成大屏同步条数统计趋势",
      "description": "数据集成大屏同步条数统计趋势"
    },
    "members": [
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type (Real-time: 201, Offline: 202)",
        "zh": "任务类型（实时：201，离线：202）"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "QueryDate",
        "type": "string",
        "required": false,
        "description": "Query Date",
        "zh": "查询日期"
      }
    ]
  },
  "DescribeIntegrationStatisticsTaskStatus": {
    "summary": "DataInLong Dashboard Task Status Distribution Statistics",
    "description": "DataInLong Dashboard Task Status Distribution Statistics",
    "zh": {
      "summary": "数据集成大屏任务状态分布统计",
      "description": "数据集成大屏任务状态分布统计"
    },
    "members": [
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type (Real-time: 201, Offline: 202)",
        "zh": "任务类型（实时：201，离线：202）"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "QueryDate",
        "type": "string",
        "required": false,
        "description": "Query Date",
        "zh": "查询日期"
      },
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": false,
        "description": "Resource Group ID",
        "zh": "资源组id"
      }
    ]
  },
  "DescribeIntegrationStatisticsTaskStatusTrend": {
    "summary": "DataInLong Dashboard Task Status Statistical Trend",
    "description": "DataInLong Dashboard Task Status Statistical Trend",
    "zh": {
      "summary": "数据集成大屏任务状态统计趋势",
      "description": "数据集成大屏任务状态统计趋势"
    },
    "members": [
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type (Real-time:201, Offline:202)",
        "zh": "任务类型（实时：201，离线：202）"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "QueryDate",
        "type": "string",
        "required": false,
        "description": "Query Date",
        "zh": "查询日期"
      },
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": false,
        "description": "Resource Group ID",
        "zh": "资源组id"
      }
    ]
  },
  "DescribeIntegrationTask": {
    "summary": "Query integration task details",
    "description": "Query integration tasks",
    "zh": {
      "summary": "查询集成任务详情",
      "description": "查询集成任务"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "<p>任务id</p>"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "<p>项目id</p>"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Task Type, 201: Real-time Integration Task, 202: Offline Integration Task, default value is 201 for real-time task if not specified",
        "zh": "<p>任务类型，201: 实时集成任务,   202：离线集成任务，不传默认值为201 实时任务类型</p>"
      },
      {
        "name": "InstanceVersion",
        "type": "integer",
        "required": false,
        "description": "Submit version number",
        "zh": "<p>提交版本号</p>"
      },
      {
        "name": "ExtConfig",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "<p>额外参数</p>"
      }
    ]
  },
  "DescribeIntegrationTasks": {
    "summary": "Query Integration Task List",
    "description": "Query Integration Task List",
    "zh": {
      "summary": "查询集成任务列表",
      "description": "查询集成任务列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page n of Pagination",
        "zh": "分页第n页"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Page size",
        "zh": "分页大小"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Query Filter",
        "zh": "查询filter;默认查询任务的开发态，如需查询生产态任务需添加{\"Values\":[\"true\"],\"Name\":\"ProductionState\"};如需查询查询任务状态需要查询生产态任务列表"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sorting Field Information",
        "zh": "排序字段信息"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Start Time",
        "zh": "开始时间"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "End time",
        "zh": "结束时间"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "201. Real-time synchronization, 202. Offline Synchronization Default is real-time",
        "zh": "201. 实时同步, 202. 离线同步 默认实时"
      }
    ]
  },
  "DescribeIntegrationVersionNodesInfo": {
    "summary": "Query Integration Task Version Node Information",
    "description": "Query Integration Task Version Node Information",
    "zh": {
      "summary": "查询集成任务版本节点信息",
      "description": "查询集成任务版本节点信息"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "TaskVersionPath",
        "type": "string",
        "required": true,
        "description": "The selected version's storage path for the task:\nThe value of Base64.encode($region | $bucket | $ftp.file.name) under TaskInfo.TaskExt.Properties returned by DescribeDsTaskVersionList or DescribeDsTaskVersionInfo",
        "zh": "该任务选定版本的存储路径：\nDescribeDsTaskVersionList 或者 DescribeDsTaskVersionInfo 返回的对应的 TaskInfo.TaskExt.Properties 下 Base64.encode($region | $bucket | $ftp.file.name) 值"
      },
      {
        "name": "TaskVersion",
        "type": "string",
        "required": false,
        "description": "The selected version ID for the task:\nThe value of VersionId returned by DescribeDsTaskVersionList or DescribeDsTaskVersionInfo",
        "zh": "该任务选定版本id：\nDescribeDsTaskVersionList 或者 DescribeDsTaskVersionInfo 返回的对应的 VersionId 取值"
      }
    ]
  },
  "DescribeLineageColumns": {
    "summary": "列出血缘中心字段信息",
    "description": "列出血缘中心字段信息",
    "members": [
      {
        "name": "TableId",
        "type": "string",
        "required": true,
        "description": "表id"
      }
    ]
  },
  "DescribeLineageInfo": {
    "summary": "通用血缘查询",
    "description": "通用血缘查询接口",
    "members": [
      {
        "name": "ResourceOriId",
        "type": "string",
        "required": false,
        "description": "实体原始唯一ID"
      },
      {
        "name": "ResourceType",
        "type": "string",
        "required": false,
        "description": "实体类型"
      },
      {
        "name": "QualifiedId",
        "type": "string",
        "required": false,
        "description": "血缘唯一ID"
      },
      {
        "name": "Direction",
        "type": "string",
        "required": false,
        "description": "查询方向"
      },
      {
        "name": "InputDepth",
        "type": "integer",
        "required": false,
        "description": "查询入度"
      },
      {
        "name": "OutputDepth",
        "type": "integer",
        "required": false,
        "description": "查询出度"
      },
      {
        "name": "Platform",
        "type": "string",
        "required": false,
        "description": "数据来源"
      },
      {
        "name": "LineageType",
        "type": "string",
        "required": false,
        "description": "血缘类型（分页使用）"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "分页大小"
      }
    ]
  },
  "DescribeManualTriggerRecordPage": {
    "summary": "查询手动任务触发记录",
    "description": "查询手动任务触发记录",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "<p>项目ID</p>"
      },
      {
        "name": "TriggerName",
        "type": "string",
        "required": false,
        "description": "<p>触发运行名称</p>"
      },
      {
        "name": "WorkflowKeyword",
        "type": "string",
        "required": false,
        "description": "<p>工作流过滤关键字，工作流名称 or 工作流ID</p>"
      },
      {
        "name": "Creator",
        "type": "string",
        "required": false,
        "description": "<p>触发运行提交人过滤，多个提交人用英文逗号分割</p>"
      },
      {
        "name": "TriggerStartTime",
        "type": "string",
        "required": false,
        "description": "<p>触发提交创建时间过滤，起始时间</p>"
      },
      {
        "name": "TriggerEndTime",
        "type": "string",
        "required": false,
        "description": "<p>触发提交创建时间过滤，结束时间</p>"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "<p>页码，整型</p>"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "<p>每页数目，整型</p>"
      },
      {
        "name": "TriggerId",
        "type": "string",
        "required": false,
        "description": "<p>触发ID</p>"
      }
    ]
  },
  "DescribeOfflineTaskToken": {
    "summary": "Getting long connection Token for offline tasks",
    "description": "Getting long connection Token for offline tasks",
    "zh": {
      "summary": "获取离线任务长连接Token",
      "description": "获取离线任务长连接Token"
    },
    "members": []
  },
  "DescribeOperateOpsTasks": {
    "summary": "Smart Ops - Task Operation and Maintenance List Combined Condition Query",
    "description": "Task Operation and Maintenance List Combined Condition Query",
    "zh": {
      "summary": "智能运维-任务运维列表组合条件查询",
      "description": "任务运维列表组合条件查询"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "FolderIdList",
        "type": "string",
        "required": false,
        "description": "Folder ID, multiple folders separated by commas",
        "zh": "文件夹id，多个文件夹以逗号分隔"
      },
      {
        "name": "WorkFlowIdList",
        "type": "string",
        "required": false,
        "description": "Workflow ID, multiple Workflow IDs separated by English commas",
        "zh": "工作流id，多个工作流id之间以英文字符逗号分隔"
      },
      {
        "name": "WorkFlowNameList",
        "type": "string",
        "required": false,
        "description": "Workflow name, multiple Workflow names separated by English commas",
        "zh": "工作流名称，多个工作流名称之间以英文字符逗号分隔"
      },
      {
        "name": "TaskNameList",
        "type": "string",
        "required": false,
        "description": "Task Name, multiple Task Names separated by English commas",
        "zh": "任务名称，多个任务名称之间以英文字符逗号分隔"
      },
      {
        "name": "TaskIdList",
        "type": "string",
        "required": false,
        "description": "Task ID, multiple Task IDs separated by English commas",
        "zh": "任务id，多个任务id之间以英文字符逗号分隔"
      },
      {
        "name": "PageNumber",
        "type": "string",
        "required": false,
        "description": "Page Number",
        "zh": "页号"
      },
      {
        "name": "PageSize",
        "type": "string",
        "required": false,
        "description": "Page size",
        "zh": "分页大小"
      },
      {
        "name": "SortItem",
        "type": "string",
        "required": false,
        "description": "Sort Fields, supported fields are FirstSubmitTime and FirstRunTime, indicating the most recent submission and the first execution event",
        "zh": "排序字段，支持字段为FirstSubmitTime和FirstRunTime，标识最近提交和首次执行事件"
      },
      {
        "name": "SortType",
        "type": "string",
        "required": false,
        "description": "Sort Type. Two values DESC,ASC",
        "zh": "排序类型。两种取值 DESC、ASC"
      },
      {
        "name": "InChargeList",
        "type": "string",
        "required": false,
        "description": "Person in Charge, multiple Persons in Charge separated by English commas",
        "zh": "责任人，多个责任人之间以英文字符逗号分隔"
      },
      {
        "name": "TaskTypeIdList",
        "type": "string",
        "required": false,
        "description": "Task Type ID String, multiple Task Type IDs separated by English commas",
        "zh": "任务类型Id字符串，多个任务类型id之间以英文字符逗号分隔"
      },
      {
        "name": "StatusList",
        "type": "string",
        "required": false,
        "description": "Task Status String, multiple Task Statuses separated by English commas",
        "zh": "任务状态字符串，多个任务状态之间以英文字符逗号分隔"
      },
      {
        "name": "TaskCycleUnitList",
        "type": "string",
        "required": false,
        "description": "Task Cycle Type String, multiple Task Cycles separated by English commas",
        "zh": "任务周期类型字符串，多个任务周期之间以英文字符逗号分隔"
      },
      {
        "name": "ProductNameList",
        "type": "string",
        "required": false,
        "description": "Task Belonging Product Type",
        "zh": "任务所属产品类型"
      },
      {
        "name": "SourceServiceId",
        "type": "string",
        "required": false,
        "description": "Data Source ID or (only for offline sync tasks) Source Data Source ID",
        "zh": "数据源id或（仅针对离线同步任务）来源数据源id"
      },
      {
        "name": "SourceServiceType",
        "type": "string",
        "required": false,
        "description": "Data Source Type or (only for offline sync tasks) Source Data Source Type",
        "zh": "数据源类型或（仅针对离线同步任务）来源数据源类型"
      },
      {
        "name": "TargetServiceId",
        "type": "string",
        "required": false,
        "description": "(Only for offline sync tasks) Target Data Source ID",
        "zh": "（仅针对离线同步任务）目标数据源id"
      },
      {
        "name": "TargetServiceType",
        "type": "string",
        "required": false,
        "description": "(Only for offline sync tasks) Target Data Source Type",
        "zh": "（仅针对离线同步任务）目标数据源类型"
      },
      {
        "name": "AlarmType",
        "type": "string",
        "required": false,
        "description": "Alarm Type, multiple types separated by commas",
        "zh": "告警类型，多个类型以逗号分隔"
      },
      {
        "name": "ExecutorGroupIdList",
        "type": "string",
        "required": false,
        "description": "Resource Group ID, multiple Resource Group IDs separated by English commas",
        "zh": "资源组id,多个资源组id之间以英文字符逗号分隔"
      },
      {
        "name": "TaskTags",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Task tag",
        "zh": "任务标签"
      },
      {
        "name": "KeyWord",
        "type": "string",
        "required": false,
        "description": "Query Keyword",
        "zh": "查询关键字"
      },
      {
        "name": "InitStrategy",
        "type": "string",
        "required": false,
        "description": "Instance Generation Method",
        "zh": "实例生成方式"
      },
      {
        "name": "RequestResourceTypes",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Additional Requested Resource Types",
        "zh": "额外请求的资源类型"
      },
      {
        "name": "ProjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "项目ID列表"
      },
      {
        "name": "BlackTaskIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "黑名单任务ID列表，传了该值在筛选的时候会将列表中的任务ID剔除"
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "description": "时区"
      },
      {
        "name": "RunPriorityList",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "根据任务优先级筛选"
      },
      {
        "name": "IncludeManualTask",
        "type": "string",
        "required": false,
        "description": "是否包含手动工作流"
      },
      {
        "name": "CheckPrivilege",
        "type": "boolean",
        "required": false,
        "description": "是否检查权限"
      }
    ]
  },
  "DescribeOpsInstanceLogList": {
    "summary": "Instance Operation and Maintenance - Get Instance Log List",
    "description": "Instance Operation and Maintenance - Get Instance Log List",
    "zh": {
      "summary": "实例运维-获取实例日志列表",
      "description": "实例运维-获取实例日志列表"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": true,
        "description": "Data Timestamp",
        "zh": "数据时间"
      }
    ]
  },
  "DescribeOpsMakePlanInstances": {
    "summary": "Data Supplement - View Supplementary Scheduled Task Instances",
    "description": "Obtain the Supplementary Instance List based on the Supplementary Plan and Task.",
    "zh": {
      "summary": "数据补录-查看补录计划任务实例",
      "description": "根据补录计划和补录任务获取补录实例列表。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "PlanId",
        "type": "string",
        "required": true,
        "description": "Supplemental Plan ID",
        "zh": "补录计划ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Supplementary Task ID",
        "zh": "补录任务ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number, default value 1",
        "zh": "分页页码，默认值1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size, default value 10",
        "zh": "分页大小，默认值10"
      },
      {
        "name": "StateList",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "实例状态列表"
      }
    ]
  },
  "DescribeOpsMakePlans": {
    "summary": "Data Supplement - Query Supplement Plan",
    "description": "Paginated Query of Supplement Plan Based on Conditions",
    "zh": {
      "summary": "数据补录-查询补录计划",
      "description": "根据条件分页查询补录计划"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Pagination number, default value: 1",
        "zh": "分页数，默认值1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size, default value 10",
        "zh": "分页大小，默认值10"
      },
      {
        "name": "PlanId",
        "type": "string",
        "required": false,
        "description": "Supplemental Plan ID",
        "zh": "补录计划ID"
      },
      {
        "name": "PlanName",
        "type": "string",
        "required": false,
        "description": "Supplemental Plan Name",
        "zh": "补录计划名称"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": false,
        "description": "Supplementary Task Name",
        "zh": "补录任务名称"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "Supplementary Task ID",
        "zh": "补录任务ID"
      },
      {
        "name": "Creator",
        "type": "string",
        "required": false,
        "description": "Supplementary Plan Creator",
        "zh": "补录计划创建者"
      },
      {
        "name": "MinCreateTime",
        "type": "string",
        "required": false,
        "description": "Minimum Creation Time of Supplementary Plan",
        "zh": "补录计划最小创建时间"
      },
      {
        "name": "MaxCreateTime",
        "type": "string",
        "required": false,
        "description": "Maximum Creation Time of Supplementary Plan",
        "zh": "补录计划最大创建时间"
      },
      {
        "name": "StateList",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "实例状态过滤条件"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "模糊查询关键字"
      }
    ]
  },
  "DescribeOpsMakePlanTasks": {
    "summary": "Data Supplement - View Supplemental Plan Tasks",
    "description": "View Supplemental Plan Tasks",
    "zh": {
      "summary": "数据补录-查看补录计划任务",
      "description": "查看补录计划任务"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "PlanId",
        "type": "string",
        "required": true,
        "description": "Supplemental Plan ID",
        "zh": "补录计划ID"
      },
      {
        "name": "StateList",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "实例状态过滤条件"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page number, default value 1",
        "zh": "分页页码，默认值1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size, default value 10",
        "zh": "分页大小，默认值10"
      }
    ]
  },
  "DescribeOpsWorkflows": {
    "summary": "Query User Production Workflow List",
    "description": "Querying User Production Workflow List",
    "zh": {
      "summary": "查询用户生产工作流列表",
      "description": "查询用户生产工作流列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "ProductNameList",
        "type": "string",
        "required": false,
        "description": "Task Product Type Name List, separated by ','",
        "zh": "任务产品类型名称列表，以 ',' 号分割"
      },
      {
        "name": "FolderIdList",
        "type": "string",
        "required": false,
        "description": "File ID list, separated by ','",
        "zh": "文件id列表，以 ',' 号分割"
      },
      {
        "name": "WorkFlowIdList",
        "type": "string",
        "required": false,
        "description": "Workflow ID, separated by ','",
        "zh": "工作流id，以 ',' 号分割"
      },
      {
        "name": "WorkFlowNameList",
        "type": "string",
        "required": false,
        "description": "Workflow Name List, separated by ','",
        "zh": "工作流名称列表，以 ',' 号分割"
      },
      {
        "name": "TaskNameList",
        "type": "string",
        "required": false,
        "description": "Task Name List, separated by ','",
        "zh": "任务名称列表，以 ',' 号分割"
      },
      {
        "name": "TaskIdList",
        "type": "string",
        "required": false,
        "description": "Task ID list, separated by ','",
        "zh": "任务id列表，以 ',' 号分割"
      },
      {
        "name": "StatusList",
        "type": "string",
        "required": false,
        "description": "Status List, separated by ','",
        "zh": "状态列表，以 ',' 号分割"
      },
      {
        "name": "InChargeList",
        "type": "string",
        "required": false,
        "description": "Person in Charge List, separated by ','",
        "zh": "负责人列表，以 ',' 号分割"
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
        "description": "Page size",
        "zh": "分页大小"
      },
      {
        "name": "SortItem",
        "type": "string",
        "required": false,
        "description": "Sorting Item",
        "zh": "排序项"
      },
      {
        "name": "SortType",
        "type": "string",
        "required": false,
        "description": "Sort Method, DESC or ASC",
        "zh": "排序方式，DESC或ASC"
      },
      {
        "name": "ProjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "项目ID列表，用于多项目工作流筛选"
      },
      {
        "name": "WorkflowTypeList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "工作流类型列表 多个用英文逗号连接 cycle,manual. 默认只查询 cycle"
      },
      {
        "name": "KeyWord",
        "type": "string",
        "required": false,
        "description": "工作流过滤keyword，支持工作流 id/name 模糊匹配， 多个用|分割"
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "description": "**时区** timeZone, 默认UTC+8"
      },
      {
        "name": "CheckPrivilege",
        "type": "boolean",
        "required": false,
        "description": "是否过滤无权限的工作流\ntrue: 过滤无权限的仅返回有权限的工作流列表(默认)\nfalse： 返回所有的工作流列表"
      }
    ]
  },
  "DescribeOrganizationalFunctions": {
    "summary": "Query Full Functionality (Hierarchical) Interface",
    "description": "Query Full Functionality",
    "zh": {
      "summary": "查询全量函数（层级化）接口",
      "description": "查询全量函数"
    },
    "members": [
      {
        "name": "Type",
        "type": "string",
        "required": true,
        "description": "Scenario Type: Development, In Use",
        "zh": "场景类型：开发、使用"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目 ID"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Function Name",
        "zh": "函数名称"
      },
      {
        "name": "DisplayName",
        "type": "string",
        "required": false,
        "description": "Display Name",
        "zh": "展示名称"
      },
      {
        "name": "EnvType",
        "type": "string",
        "required": false,
        "description": "Standard Mode Development Environment: DEV\nStandard Mode Production Environment: PROD\nSimple Mode: ALL",
        "zh": "标准模式开发环境：DEV\n标准模式生产环境：PROD\n简单模式：ALL"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤条件"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序条件"
      }
    ]
  },
  "DescribeParentTask": {
    "summary": "查询任务父依赖",
    "description": "查询任务父依赖",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务Id"
      }
    ]
  },
  "DescribePendingSubmitTaskList": {
    "summary": "获取待提交任务预提交校验信息",
    "description": "获取待提交任务预提交校验信息（注意：工作流编号或者任务编号列表，必须填一项）",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目编号"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "工作流编号"
      },
      {
        "name": "TaskIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "任务编号列表"
      }
    ]
  },
  "DescribeProject": {
    "summary": "Retrieving Project Information",
    "description": "Retrieving Project Information",
    "zh": {
      "summary": "获取项目信息",
      "description": "获取项目信息"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID. It is common to use the Project ID for queries, and either this or projectName must be present.",
        "zh": "项目id。一般使用项目Id来查询，与projectName必须存在一个。"
      },
      {
        "name": "DescribeClusters",
        "type": "boolean",
        "required": false,
        "description": "Whether to Display Associated Cluster Information",
        "zh": "是否展示关联集群信息"
      },
      {
        "name": "DescribeExecutors",
        "type": "boolean",
        "required": false,
        "description": "Whether to Display Information of Associated Execution Group, only partial information.",
        "zh": "是否展示关联执行组的信息，仅部分信息。"
      },
      {
        "name": "DescribeAdminUsers",
        "type": "boolean",
        "required": false,
        "description": "Default not to display project administrator information",
        "zh": "默认不展示项目管理员信息"
      },
      {
        "name": "DescribeMemberCount",
        "type": "boolean",
        "required": false,
        "description": "Default not to count the number of project personnel",
        "zh": "默认不统计项目人员数量"
      },
      {
        "name": "DescribeCreator",
        "type": "boolean",
        "required": false,
        "description": "Default not to query creator's information",
        "zh": "默认不查询创建者的信息"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "The project name is unique within a tenant, generally used for conversion to Project ID.",
        "zh": "项目名只在租户内唯一，一般用来转化为项目ID。"
      }
    ]
  },
  "DescribeProjectUsers": {
    "summary": "获取项目下的用户列表",
    "description": "获取项目下的用户，分页返回",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "分页号"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "分页大小"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "【过滤参数】自定义条件查询"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "【排序参数】排序字段"
      },
      {
        "name": "IsProjectAdmin",
        "type": "boolean",
        "required": false,
        "description": "是否项目管理员"
      }
    ]
  },
  "DescribeQualityScore": {
    "summary": "Query Quality Score",
    "description": "Quality Report - Quality Score",
    "zh": {
      "summary": "查询质量评分",
      "description": "质量报告-质量评分"
    },
    "members": [
      {
        "name": "StatisticsDate",
        "type": "integer",
        "required": true,
        "description": "Statistics Date",
        "zh": "统计日期"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "Data source ID",
        "zh": "数据来源id"
      },
      {
        "name": "ScoreType",
        "type": "string",
        "required": false,
        "description": "1: Calculate by full dimension weight, 2: Calculate by configured dimension weight, 3: Do not calculate by dimension weight, default is 1",
        "zh": "1:按全维度权重计算,2:按已配置维度权重计算,3:不按维度权重计算,默认1"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Ignore Query String",
        "zh": "过滤参数"
      }
    ]
  },
  "DescribeQualityScoreTrend": {
    "summary": "Query Quality Score Trend",
    "description": "Quality Report - Quality Score Periodic Trend",
    "zh": {
      "summary": "查询质量分趋势",
      "description": "质量报告-质量分周期趋势"
    },
    "members": [
      {
        "name": "StatisticsStartDate",
        "type": "integer",
        "required": true,
        "description": "Start Date of Statistics",
        "zh": "统计开始日期"
      },
      {
        "name": "StatisticsEndDate",
        "type": "integer",
        "required": true,
        "description": "Statistics End Date",
        "zh": "统计结束日期"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "Data source ID",
        "zh": "数据来源id"
      },
      {
        "name": "ScoreType",
        "type": "string",
        "required": false,
        "description": "1: Calculate by full dimension weight, 2: Calculate by configured dimension weight, 3: Do not calculate by dimension weight, default is 1",
        "zh": "1:按全维度权重计算,2:按已配置维度权重计算,3:不按维度权重计算,默认1"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Ignore Query String",
        "zh": "过滤参数"
      }
    ]
  },
  "DescribeRealTimeTaskInstanceNodeInfo": {
    "summary": "Query Real-time Task Instance Node Information",
    "description": "Query Real-time Task Instance Node Information",
    "zh": {
      "summary": "查询实时任务实例节点信息",
      "description": "查询实时任务实例节点信息"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Real-time Task ID",
        "zh": "实时任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "DescribeRealTimeTaskMetricOverview": {
    "summary": "Real-time Task Running Metrics Overview",
    "description": "Real-time Task Running Metrics Overview",
    "zh": {
      "summary": "实时任务运行指标概览",
      "description": "实时任务运行指标概览"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID of the real-time task to be viewed, which can be obtained from the task list page",
        "zh": "要查看的实时任务的任务ID，可在任务列表页面中获得"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID to be viewed",
        "zh": "要查看的项目ID"
      },
      {
        "name": "StartTime",
        "type": "integer",
        "required": false,
        "description": "Start Time",
        "zh": "开始时间"
      },
      {
        "name": "EndTime",
        "type": "integer",
        "required": false,
        "description": "End time",
        "zh": "结束时间"
      }
    ]
  },
  "DescribeRealTimeTaskSpeed": {
    "summary": "Real-time task synchronization speed trend",
    "description": "Real-time task synchronization speed trend",
    "zh": {
      "summary": "实时任务同步速度趋势",
      "description": "实时任务同步速度趋势"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "StartTime",
        "type": "integer",
        "required": true,
        "description": "Timestamp with Milliseconds",
        "zh": "带毫秒的时间戳"
      },
      {
        "name": "EndTime",
        "type": "integer",
        "required": true,
        "description": "Timestamp with Milliseconds",
        "zh": "带毫秒的时间戳"
      },
      {
        "name": "Granularity",
        "type": "integer",
        "required": true,
        "description": "Granularity, 1 or 5",
        "zh": "粒度，1或者5"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "DescribeRealViewDatabasePage": {
    "summary": "实时获取数据库列表信息",
    "description": "离线通过表名称获取表信息",
    "members": [
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": true,
        "description": "数据源ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "Asc",
        "type": "boolean",
        "required": false,
        "description": "排序字段类型：ASC/DESC"
      },
      {
        "name": "ConnectionType",
        "type": "string",
        "required": false,
        "description": "指定数据源链接方式，如hive jdbc或者metastore client"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Keyword过滤"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "【分页参数】页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "【分页参数】分页大小"
      },
      {
        "name": "ResourceGroupId",
        "type": "string",
        "required": false,
        "description": "资源组ID"
      },
      {
        "name": "ResourceType",
        "type": "integer",
        "required": false,
        "description": "资源组类型"
      },
      {
        "name": "Sort",
        "type": "string",
        "required": false,
        "description": "Sort"
      },
      {
        "name": "CatalogName",
        "type": "string",
        "required": false,
        "description": "catalog名称"
      }
    ]
  },
  "DescribeRealViewSchemaPage": {
    "summary": "数据集成分页获取数据库Schema",
    "description": "数据集成分页获取数据库SCHEMA信息",
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "每页记录数"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": true,
        "description": "数据库名称"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": true,
        "description": "数据源id"
      },
      {
        "name": "DataSourceType",
        "type": "string",
        "required": true,
        "description": "数据type"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "Env",
        "type": "string",
        "required": false,
        "description": "环境信息"
      },
      {
        "name": "Model",
        "type": "string",
        "required": false,
        "description": "项目model"
      },
      {
        "name": "DevDatasourceId",
        "type": "string",
        "required": false,
        "description": "dev的数据源Id"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "过滤字段"
      }
    ]
  },
  "DescribeRelatedTasksByTaskId": {
    "summary": "根据任务ID分页查询上下游直接关联任务",
    "description": "根据任务ID分页查询任务绑定监听的事件",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务Id"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "当前页码，从1开始"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "单页大小，最大200"
      },
      {
        "name": "DependencyDirection",
        "type": "string",
        "required": true,
        "description": "查询直接依赖方向，如UP表示上游、DOWN表示下游"
      },
      {
        "name": "Environment",
        "type": "string",
        "required": true,
        "description": "查询开发环境还是生产环境版本，DEV表示开发环境、PROD表示生产环境"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": false,
        "description": "任务名称，模糊搜索"
      },
      {
        "name": "CycleTypeList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "任务调度周期,I：分支；H：小时；D：天；W：周；M：月；Y：年；O：一次性。"
      },
      {
        "name": "StatusList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "任务状态，N：新建； Y：调度中； O：已暂停；F：已下线；INVALID：已失效"
      },
      {
        "name": "OwnerNameList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "任务责任人名"
      }
    ]
  },
  "DescribeReportTaskDetail": {
    "summary": "Query the task details of the usage dashboard",
    "description": "This API is used to query task details for reports.",
    "zh": {
      "summary": "获取用量大盘任务详情",
      "description": "查询上报任务详情，注意：任务执行完后，任务详情上报存在10分钟的延迟，使用接口查询任务详情时需等待任务运行完10分钟后查询"
    },
    "members": [
      {
        "name": "EngineTaskId",
        "type": "string",
        "required": true,
        "description": "Engine task id.",
        "zh": "引擎任务id"
      }
    ]
  },
  "DescribeReportTaskList": {
    "summary": "Query the usage dashboard task list",
    "description": "This API is used to query the task submission list.",
    "zh": {
      "summary": "查询用量大盘任务列表",
      "description": "查询上报任务列表"
    },
    "members": [
      {
        "name": "PageNum",
        "type": "integer",
        "required": false,
        "description": "Page number",
        "zh": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Entries per page.",
        "zh": "每页条数"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID.",
        "zh": "项目id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "InstanceId",
        "type": "string",
        "required": false,
        "description": "Instance ID",
        "zh": "实例id"
      },
      {
        "name": "JobId",
        "type": "string",
        "required": false,
        "description": "Job id.",
        "zh": "作业id"
      },
      {
        "name": "EngineTaskId",
        "type": "string",
        "required": false,
        "description": "Engine task id.",
        "zh": "引擎任务id"
      },
      {
        "name": "ProductSource",
        "type": "string",
        "required": false,
        "description": "DATA source, such as DATA_INTEGRATION, DATA_EXPLORATION, DATA_QUALITY, OM_CENTER.",
        "zh": "数据来源,DATA_INTEGRATION、DATA_EXPLORATION、DATA_QUALITY、OM_CENTER等"
      },
      {
        "name": "OnwerUid",
        "type": "string",
        "required": false,
        "description": "Root account.",
        "zh": "主账号"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Start time",
        "zh": "开始时间"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "End time",
        "zh": "结束时间"
      }
    ]
  },
  "DescribeResourceManagePathTrees": {
    "summary": "Retrieve resource management directory tree",
    "description": "Retrieve resource management directory tree",
    "zh": {
      "summary": "获取资源管理目录树",
      "description": "获取资源管理目录树"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Name, for search",
        "zh": "名字，供搜索"
      },
      {
        "name": "FileType",
        "type": "string",
        "required": false,
        "description": "File Type",
        "zh": "文件类型"
      },
      {
        "name": "FilePath",
        "type": "string",
        "required": false,
        "description": "File path",
        "zh": "文件路径"
      },
      {
        "name": "DirType",
        "type": "string",
        "required": false,
        "description": "Folder Type\npersonal individual\nproject Item\nresource",
        "zh": "文件夹类型\npersonal 个人\nproject 项目\nresource 资源"
      }
    ]
  },
  "DescribeRoleList": {
    "summary": "Retrieve role list information",
    "description": "This API is used to retrieve role list information.",
    "zh": {
      "summary": "获取角色列表信息",
      "description": "获取角色列表信息"
    },
    "members": [
      {
        "name": "ShowAllRoles",
        "type": "boolean",
        "required": false,
        "description": "Return all Roles",
        "zh": "返回所有角色。"
      },
      {
        "name": "IncludeRoleTypes",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Role type (system, tenant, project) that needs to be returned",
        "zh": "需要返回的角色类型(system,tenant,project)"
      },
      {
        "name": "DescribeMemberCount",
        "type": "boolean",
        "required": false,
        "description": "Specifies the statistics of role binding personnel. Only supported in the private edition.",
        "zh": "返回角色绑定人员统计，仅私有化版本支持"
      },
      {
        "name": "DescribeOperator",
        "type": "boolean",
        "required": false,
        "description": "Specifies the operator information. describes the privatized multi-tenancy version.",
        "zh": "返回操作者信息，私有化多租户版本"
      },
      {
        "name": "DescribeSystemRoleOnly",
        "type": "boolean",
        "required": false,
        "description": "System Role",
        "zh": "系统角色"
      },
      {
        "name": "DescribeCustomRoleOnly",
        "type": "boolean",
        "required": false,
        "description": "Custom Role",
        "zh": "自定义角色"
      },
      {
        "name": "DescribePrivileges",
        "type": "boolean",
        "required": false,
        "description": "Permission to view",
        "zh": "查看权限"
      },
      {
        "name": "RoleIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Filter criteria for Role ID",
        "zh": "筛选角色id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目id"
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
        "description": "Paging information",
        "zh": "分页信息"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Query Field",
        "zh": "查询字段"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sorting Field",
        "zh": "排序字段"
      }
    ]
  },
  "DescribeRule": {
    "summary": "Queries rule details",
    "description": "Queries rule details",
    "zh": {
      "summary": "查询规则详情",
      "description": "查询规则详情"
    },
    "members": [
      {
        "name": "RuleId",
        "type": "integer",
        "required": false,
        "description": "Quality Rule ID",
        "zh": "质量规则ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目ID"
      }
    ]
  },
  "DescribeRuleDimStat": {
    "summary": "Data Quality Triggers Dimension Distribution Statistics Interface",
    "description": "Data Quality Overview Page Triggers Dimension Distribution Statistics Interface",
    "zh": {
      "summary": "数据质量触发维度分布统计接口",
      "description": "数据质量概览页面触发维度分布统计接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "BeginDate",
        "type": "string",
        "required": true,
        "description": "Start time, timestamp to the second",
        "zh": "开始时间，时间戳到秒"
      },
      {
        "name": "EndDate",
        "type": "string",
        "required": true,
        "description": "End time, timestamp to the second",
        "zh": "结束时间，时间戳到秒"
      }
    ]
  },
  "DescribeRuleExecDetail": {
    "summary": "Query Rule Execution Result Details",
    "description": "Query Rule Execution Result Details",
    "zh": {
      "summary": "查询规则执行结果详情",
      "description": "查询规则执行结果详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "RuleExecId",
        "type": "integer",
        "required": false,
        "description": "Rule Execution ID",
        "zh": "规则执行id"
      }
    ]
  },
  "DescribeRuleExecLog": {
    "summary": "Rule Execution Log Query",
    "description": "Rule Execution Log Query",
    "zh": {
      "summary": "规则执行日志查询",
      "description": "规则执行日志查询"
    },
    "members": [
      {
        "name": "RuleExecId",
        "type": "integer",
        "required": true,
        "description": "Rule Execution ID",
        "zh": "规则执行Id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "RuleGroupExecId",
        "type": "integer",
        "required": true,
        "description": "Rule Group Execution ID",
        "zh": "规则组执行id"
      }
    ]
  },
  "DescribeRuleExecResults": {
    "summary": "Query Rule Execution Result List",
    "description": "Query Rule Execution Result List",
    "zh": {
      "summary": "规则执行结果列表查询",
      "description": "规则执行结果列表查询"
    },
    "members": [
      {
        "name": "RuleGroupExecId",
        "type": "integer",
        "required": false,
        "description": "Rule Group Execution ID",
        "zh": "规则组执行Id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤条件"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序字段"
      }
    ]
  },
  "DescribeRuleExecStat": {
    "summary": "Data Quality Rule Operation Interface",
    "description": "Data Quality Overview Page Rule Operation Interface",
    "zh": {
      "summary": "数据质量规则运行情况接口",
      "description": "数据质量概览页面规则运行情况接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "BeginDate",
        "type": "string",
        "required": true,
        "description": "Start time, timestamp to the second",
        "zh": "开始时间，时间戳到秒"
      },
      {
        "name": "EndDate",
        "type": "string",
        "required": true,
        "description": "End time, timestamp to the second",
        "zh": "结束时间，时间戳到秒"
      }
    ]
  },
  "DescribeRuleGroup": {
    "summary": "Query Rule Group Details Interface",
    "description": "Query Rule Group Details Interface",
    "zh": {
      "summary": "查询规则组详情接口",
      "description": "查询规则组详情接口"
    },
    "members": [
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "Rule Group ID",
        "zh": "规则组ID"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "Data Source ID",
        "zh": "数据来源ID"
      },
      {
        "name": "TableId",
        "type": "string",
        "required": false,
        "description": "Data Table ID",
        "zh": "数据表Id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "DatabaseId",
        "type": "string",
        "required": false,
        "description": "Database ID",
        "zh": "数据库ID"
      }
    ]
  },
  "DescribeRuleGroupExecResultsByPage": {
    "summary": "Rule Group Execution Result Pagination Query Interface",
    "description": "Rule Group Execution Result Pagination Query Interface",
    "zh": {
      "summary": "规则组执行结果分页查询接口",
      "description": "规则组执行结果分页查询接口"
    },
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Pagination Index",
        "zh": "分页序号"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size",
        "zh": "分页大小"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter criteria",
        "zh": "过滤条件"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sort Fields",
        "zh": "排序字段"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目ID"
      }
    ]
  },
  "DescribeRuleGroupsByPage": {
    "summary": "Pagination Query Rule Group Interface",
    "description": "[Filter Criteria]\n{Table Name (TableName), supports fuzzy matching}       {Table Owner (TableOwnerName), supports fuzzy matching}      {Monitoring Methods (MonitorTypes), 1. Not Configured 2. Linked to Production Scheduling 3. Offline Periodic Inspection, supports multiple selections}  {Subscriber (ReceiverUin)}\n[Required Fields]\n{Data Source (DatasourceId)}",
    "zh": {
      "summary": "分页查询规则组接口",
      "description": "【过滤条件】\n{表名称TableName,支持模糊匹配}       {表负责人TableOwnerName,支持模糊匹配}      {监控方式MonitorTypes，1.未配置 2.关联生产调度 3.离线周期检测,支持多选}  {订阅人ReceiverUin}\n【必要字段】\n{数据来源DatasourceId}"
    },
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Pagination Index",
        "zh": "分页序号"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size",
        "zh": "分页大小"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter criteria, each request's Filters limit is 10, Filter.Values limit is 5",
        "zh": "过滤条件,每次请求的Filters的上限为10，Filter.Values的上限为5"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sorting Method",
        "zh": "排序方式"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目Id"
      }
    ]
  },
  "DescribeRuleGroupSubscription": {
    "summary": "Query Rule Group Subscription Information",
    "description": "Query Rule Group Subscription Information",
    "zh": {
      "summary": "查询规则组订阅信息",
      "description": "查询规则组订阅信息"
    },
    "members": [
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "Rule Group ID",
        "zh": "规则组ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目ID"
      }
    ]
  },
  "DescribeRuleGroupTable": {
    "summary": "Query Table Binding Execution Rule Group Information",
    "description": "Query Table Binding Execution Rule Group Information",
    "zh": {
      "summary": "查询表绑定执行规则组信息",
      "description": "查询表绑定执行规则组信息"
    },
    "members": [
      {
        "name": "TableId",
        "type": "string",
        "required": true,
        "description": "Table ID",
        "zh": "表ID"
      }
    ]
  },
  "DescribeRules": {
    "summary": "Query Quality Rule List",
    "description": "Query Quality Rule List",
    "zh": {
      "summary": "查询质量规则列表",
      "description": "查询质量规则列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "Rule Group ID",
        "zh": "规则组id"
      },
      {
        "name": "EngineType",
        "type": "string",
        "required": false,
        "description": "The running execution engine, if not specified, the default execution engine under this data source will be requested",
        "zh": "执行引擎类型，可选值：MYSQL, HIVE, SPARK, LIVY, DLC, GBASE, CDW_PG, TCHouse-P, DORIS, TCHouse-D"
      }
    ]
  },
  "DescribeRulesByPage": {
    "summary": "Paginated Query of Quality Rules",
    "description": "Paginated Query of Quality Rules",
    "zh": {
      "summary": "分页查询质量规则",
      "description": "分页查询质量规则"
    },
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Pagination Index",
        "zh": "分页序号"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size",
        "zh": "分页大小"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter criteria",
        "zh": "过滤条件"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sort Fields",
        "zh": "排序字段"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目ID"
      }
    ]
  },
  "DescribeRuleTemplate": {
    "summary": "Query Template Details",
    "description": "Query Template Details",
    "zh": {
      "summary": "查询模板详情",
      "description": "查询模板详情"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "TemplateId",
        "type": "integer",
        "required": false,
        "description": "Rule Template ID",
        "zh": "规则模板Id"
      }
    ]
  },
  "DescribeRuleTemplates": {
    "summary": "Viewing Rule Template List",
    "description": "Viewing Rule Template List",
    "zh": {
      "summary": "查询规则模板列表",
      "description": "查询规则模板列表"
    },
    "members": [
      {
        "name": "Type",
        "type": "integer",
        "required": false,
        "description": "Template Type 1. System Template 2. Custom Definition Template",
        "zh": "模版类型：1-系统模版，2-用户自定义模版"
      },
      {
        "name": "SourceObjectType",
        "type": "integer",
        "required": false,
        "description": "1. Constant 2. Offline Table Level 2. Offline Field Level",
        "zh": "源数据对象类型：1-常量，2-离线表级，3-离线字段级别"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "SourceEngineTypes",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "Corresponding Engine Type of the Source",
        "zh": "执行引擎多选（位运算数组）：2-HIVE，4-SPARK，8-LIVY，16-DLC，64-TCHouse-P，128-DORIS，256-TCHouse-D，512-EMR-StarRocks，1024-TCHouse-X"
      }
    ]
  },
  "DescribeRuleTemplatesByPage": {
    "summary": "Rule Template Query Interface",
    "description": "[Filter Conditions] {Template Name (Name), supports fuzzy matching} {Template Type (type), 1.System Template 2.Custom Definition Template} {Quality Detection Dimensions (QualityDims), 1.Accuracy 2.Uniqueness 3.Integrity 4.Consistency 5.Timeliness 6.Validity} [Sorting Field] {Citation Sorting Type (CitationOrderType), sort by citation count ASC DESC}",
    "zh": {
      "summary": "规则模板查询接口",
      "description": "【过滤条件】 {模板名称Name,支持模糊匹配} {模板类型type，1.系统模板 2.自定义模板} {质量检测维度QualityDims, 1.准确性 2.唯一性 3.完整性 4.一致性 5.及时性 6.有效性} 【排序字段】 { 引用数排序类型CitationOrderType，根据引用数量排序 ASC DESC}"
    },
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Current Page",
        "zh": "当前页"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Number of records per page",
        "zh": "每页记录数"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Workspace ID",
        "zh": "工作空间ID"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Universal Sort Field",
        "zh": "通用排序字段"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Universal Filter Criteria",
        "zh": "通用过滤条件"
      }
    ]
  },
  "DescribeScheduleInstances": {
    "summary": "AIOps - Get Instance List",
    "description": "Get Instance List",
    "zh": {
      "summary": "运维中心-获取实例列表",
      "description": "获取实例列表"
    },
    "members": [
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "请求来源，WEB 前端；CLIENT 客户端"
      },
      {
        "name": "Instances",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Instance List",
        "zh": "【已废弃参数，新用户接入无需关注】\n实例列表过滤条件"
      },
      {
        "name": "CheckFather",
        "type": "boolean",
        "required": false,
        "description": "Check Parent Task Type, true: Check parent task; false: Do not check parent task",
        "zh": "【已废弃参数，新用户接入无需关注】\n检查父任务类型,  true: 检查父任务类型;  false: 不检查父任务类型"
      },
      {
        "name": "RerunType",
        "type": "string",
        "required": false,
        "description": "Rerun Type, 1: Self; 3: Child; 2: Self and Child",
        "zh": "【已废弃参数，新用户接入无需关注】\n重跑类型, 1: 仅重跑当前实例; 2: 重跑当前实例及其子实例; 3: 仅重跑子实例"
      },
      {
        "name": "DependentWay",
        "type": "string",
        "required": false,
        "description": "Instance Dependency Mode, 1: Self-dependent; 2: Task-dependent; 3: Self and Parent-Child dependent",
        "zh": "【已废弃参数，新用户接入无需关注】\n实例依赖方式, 1: 任务自依赖; 2: 任务上游依赖; 3: 自依赖及其上游依赖"
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "Rerun Ignore Event Listening or Not",
        "zh": "【已废弃参数，新用户接入无需关注】\n重跑时是否忽略事件监听"
      },
      {
        "name": "SonInstanceType",
        "type": "string",
        "required": false,
        "description": "Downstream Instance Range 1: Within the workflow 2: Within the project 3: Across all workflows dependent on the project",
        "zh": "【已废弃参数，新用户接入无需关注】\n下游实例范围 1: 所在工作流 2: 所在项目 3: 所有跨工作流依赖的项目"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": false,
        "description": "Query conditions",
        "zh": "查询条件"
      },
      {
        "name": "OptType",
        "type": "string",
        "required": false,
        "description": "Access type",
        "zh": "【已废弃参数，新用户接入无需关注】\n访问类型"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": false,
        "description": "Operator Name",
        "zh": "【已废弃参数，新用户接入无需关注】\n操作者名称"
      },
      {
        "name": "OperatorId",
        "type": "string",
        "required": false,
        "description": "Operator ID",
        "zh": "【已废弃参数，新用户接入无需关注】\n操作者id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "Project Identifier",
        "zh": "【必要参数】\n项目ID"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "Project name",
        "zh": "【已废弃参数，新用户接入无需关注】\n项目名称"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "Index Page Number",
        "zh": "【必要参数】\n分页查询开始页页码，默认值为 1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size",
        "zh": "【必要参数】\n分页查询每页返回的结果行数，默认值为 10"
      },
      {
        "name": "Count",
        "type": "integer",
        "required": false,
        "description": "Total Data",
        "zh": "【已废弃参数，新用户接入无需关注】\n数据总数"
      },
      {
        "name": "RequestBaseInfo",
        "type": "object",
        "required": false,
        "description": "Basic Request Information",
        "zh": "【已废弃参数，新用户接入无需关注】\n基础请求信息"
      },
      {
        "name": "IsCount",
        "type": "boolean",
        "required": false,
        "description": "Whether to Calculate Total",
        "zh": "【已废弃参数，新用户接入无需关注】\n是否计算总数"
      },
      {
        "name": "ProjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "【已废弃参数，新用户接入无需关注】\n项目ID列表，用于多项目实例列表筛选，请注意，该字段传入时 ProjectId 字段也必须传，且传入的 ProjectIds 中的项目ID必须是当前用户有权限的项目ID，否则会由于权限校验失败报错"
      }
    ]
  },
  "DescribeSchedulerInstanceStatus": {
    "summary": "Operation and Maintenance Dashboard-Instance Status Distribution",
    "description": "Operation and Maintenance Dashboard-Instance Status Distribution",
    "zh": {
      "summary": "运维大屏-实例状态分布",
      "description": "运维大屏-实例状态分布"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "TaskTypeId",
        "type": "string",
        "required": false,
        "description": "Task Type ID",
        "zh": "任务类型ID"
      },
      {
        "name": "ExecutionGroupId",
        "type": "string",
        "required": false,
        "description": "Execution Resource Group ID",
        "zh": "执行资源组ID"
      },
      {
        "name": "ExecutionGroupName",
        "type": "string",
        "required": false,
        "description": "Execution Resource Group Name",
        "zh": "执行资源组名字"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Start Time",
        "zh": "开始时间"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "End time",
        "zh": "结束时间"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": false,
        "description": "Person in Charge",
        "zh": "责任人"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID",
        "zh": "工作流ID"
      },
      {
        "name": "ProjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "任务ID列表"
      }
    ]
  },
  "DescribeSchedulerRunTimeInstanceCntByStatus": {
    "summary": "Operation and Maintenance Dashboard - Instance Running Duration Ranking",
    "description": "Operation and Maintenance Dashboard - Instance Running Duration Ranking",
    "zh": {
      "summary": "运维大屏-实例运行时长排行",
      "description": "运维大屏-实例运行时长排行"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "CycleUnit",
        "type": "string",
        "required": false,
        "description": "Cycle Type",
        "zh": "周期类型"
      },
      {
        "name": "TimeUnit",
        "type": "string",
        "required": false,
        "description": "Time Unit e.g.: 12h",
        "zh": "时间单元 eg: 12h"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Start Date: 2023-03-02",
        "zh": "开始日期：2023-03-02"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "Before End Date: 2023-03-20",
        "zh": "结束日前：2023-03-20"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Task Type",
        "zh": "任务类型"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": false,
        "description": "Person in Charge",
        "zh": "责任人"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID",
        "zh": "工作流ID"
      },
      {
        "name": "SortItem",
        "type": "string",
        "required": false,
        "description": "Sort Fields",
        "zh": "排序字段"
      },
      {
        "name": "SortType",
        "type": "string",
        "required": false,
        "description": "Ascending/Descending Order",
        "zh": "升序降序"
      },
      {
        "name": "ProjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "项目ID列表，如果传了 ProjectIds，则 ProjectId 不会生效，用于多项目筛选"
      }
    ]
  },
  "DescribeSchedulerTaskCntByStatus": {
    "summary": "Task Status Statistics",
    "description": "Task Status Statistics",
    "zh": {
      "summary": "任务状态统计",
      "description": "任务状态统计"
    },
    "members": [
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "1"
      },
      {
        "name": "TypeName",
        "type": "string",
        "required": false,
        "description": "Y"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "111"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": false,
        "description": "1"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID",
        "zh": "工作流ID"
      },
      {
        "name": "ProjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "项目ID列表，如果传了 ProjectIds ，ProjectId 不会生效"
      },
      {
        "name": "ResourceGroupIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "资源组ID筛选"
      }
    ]
  },
  "DescribeSchedulerTaskTypeCnt": {
    "summary": "Operation and Maintenance Dashboard - Task Status Distribution",
    "description": "Operation and Maintenance Dashboard - Task Status Distribution",
    "zh": {
      "summary": "运维大屏-任务状态分布",
      "description": "运维大屏-任务状态分布"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": false,
        "description": "Person in Charge",
        "zh": "责任人"
      }
    ]
  },
  "DescribeStatisticInstanceStatusTrendOps": {
    "summary": "Instance Status Trend",
    "description": "Task Status Trend",
    "zh": {
      "summary": "实例状态趋势",
      "description": "任务状态趋势"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "TaskTypeId",
        "type": "string",
        "required": false,
        "description": "Task Type Id",
        "zh": "任务类型Id"
      },
      {
        "name": "TimeType",
        "type": "string",
        "required": false,
        "description": "Time Type",
        "zh": "时间类型"
      },
      {
        "name": "TypeName",
        "type": "string",
        "required": false,
        "description": "Task Type Name",
        "zh": "任务类型名称"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Start Time",
        "zh": "开始时间"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "End time",
        "zh": "结束时间"
      },
      {
        "name": "ExecutionGroupId",
        "type": "string",
        "required": false,
        "description": "Resource Group ID",
        "zh": "资源组ID"
      },
      {
        "name": "ExecutionGroupName",
        "type": "string",
        "required": false,
        "description": "Resource Group Name",
        "zh": "资源组名称"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": false,
        "description": "1"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "1"
      },
      {
        "name": "StateList",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "1"
      },
      {
        "name": "AggregationUnit",
        "type": "string",
        "required": false,
        "description": "D represents days, H represents hours",
        "zh": "D代表天，H代表小时"
      },
      {
        "name": "AverageWindowSize",
        "type": "integer",
        "required": false,
        "description": "1"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID",
        "zh": "工作流ID"
      },
      {
        "name": "ProjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "项目ID列表，用于多项目实例趋势筛选，当指定了 ProjectIds 的时候，ProjectId 将只用来鉴权，不做筛选"
      },
      {
        "name": "TimePoint",
        "type": "integer",
        "required": false,
        "description": "指定时间点，当统计时常为整天的时候使用，必须小于 24"
      }
    ]
  },
  "DescribeStreamTaskLogList": {
    "summary": "Query real-time task log list",
    "description": "Query real-time task log list",
    "zh": {
      "summary": "查询实时任务日志列表",
      "description": "查询实时任务日志列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
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
        "name": "JobId",
        "type": "string",
        "required": true,
        "description": "Job ID",
        "zh": "<p>作业ID</p>"
      },
      {
        "name": "EndTime",
        "type": "integer",
        "required": true,
        "description": "End time",
        "zh": "<p>结束时间</p>"
      },
      {
        "name": "StartTime",
        "type": "integer",
        "required": true,
        "description": "Start Time",
        "zh": "<p>开始时间</p>"
      },
      {
        "name": "Container",
        "type": "string",
        "required": false,
        "description": "container Name",
        "zh": "<p>container名字</p>"
      },
      {
        "name": "Limit",
        "type": "integer",
        "required": false,
        "description": "Number of entries",
        "zh": "<p>条数</p>"
      },
      {
        "name": "OrderType",
        "type": "string",
        "required": false,
        "description": "Sort Type desc asc",
        "zh": "<p>排序类型 desc asc</p>"
      },
      {
        "name": "RunningOrderId",
        "type": "integer",
        "required": false,
        "description": "Instance ID of Job Execution",
        "zh": "<p>作业运行的实例ID</p>"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "Keyword",
        "zh": "<p>关键字</p>"
      },
      {
        "name": "JobType",
        "type": "string",
        "required": false,
        "description": "<p>任务类型，不传时按 <code>INTEGRATION</code> 处理 </p><p>枚举值：</p><ul><li>INTEGRATION： 集成任务</li><li>VALIDATE： 对账任务</li></ul>"
      },
      {
        "name": "Context",
        "type": "string",
        "required": false,
        "description": "<p>滚动查询游标</p>"
      }
    ]
  },
  "DescribeSuccessorOpsTaskInfos": {
    "summary": "Get All Downstream Tasks (Development State)",
    "description": "Get Downstream Task Information",
    "zh": {
      "summary": "获取任务全部下游（开发态）",
      "description": "获取下游任务信息"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "DescribeSuccessorTaskInfoList": {
    "summary": "获取下游任务信息批量",
    "description": "获取下游任务信息批量",
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "任务id集合"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      }
    ]
  },
  "DescribeTableBasicInfo": {
    "summary": "Table Basic Information Query",
    "description": "Metadata Model-Table Basic Information Query Interface",
    "zh": {
      "summary": "表基础信息查询",
      "description": "元数据模型-表基础信息查询接口"
    },
    "members": [
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
        "description": "Page size",
        "zh": "分页大小"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter field",
        "zh": "过滤字段"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sort Fields",
        "zh": "排序字段"
      }
    ]
  },
  "DescribeTableContentPreview": {
    "summary": "查询表的数据预览",
    "description": "查询表的数据预览",
    "members": [
      {
        "name": "TableId",
        "type": "string",
        "required": true,
        "description": "<p>表ID</p>"
      },
      {
        "name": "TechnologyType",
        "type": "string",
        "required": true,
        "description": "<p>组件类型枚举值，支持的值有 HDFS/HBASE/HIVE/KAFKA</p>"
      },
      {
        "name": "ClusterId",
        "type": "string",
        "required": true,
        "description": "<p>集群id</p>"
      },
      {
        "name": "ResourceType",
        "type": "string",
        "required": true,
        "description": "<p>资源类型枚举值，支持的值有TOPIC/PATH/TABLE/DATABASE</p>"
      },
      {
        "name": "TableName",
        "type": "string",
        "required": true,
        "description": "<p>表名</p>"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "<p>项目id</p>"
      },
      {
        "name": "RowNum",
        "type": "integer",
        "required": false,
        "description": "<p>预览的行数，默认10行</p>"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": false,
        "description": "<p>数据库名，kafka或其他无数据库概念的不填</p>"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "<p>异步查询预览结果时填写</p>"
      },
      {
        "name": "PartitionName",
        "type": "string",
        "required": false,
        "description": "<p>分区信息</p>"
      },
      {
        "name": "ResourceGroupId",
        "type": "string",
        "required": false,
        "description": "<p>资源组ID</p>"
      },
      {
        "name": "Sql",
        "type": "string",
        "required": false,
        "description": "<p>执行SQL</p>"
      },
      {
        "name": "EngineId",
        "type": "string",
        "required": false,
        "description": "<p>引擎名</p>"
      }
    ]
  },
  "DescribeTableDdl": {
    "summary": "查询表的DDL",
    "description": "查询表的DDL",
    "members": [
      {
        "name": "TableId",
        "type": "string",
        "required": true,
        "description": "表ID"
      }
    ]
  },
  "DescribeTableInfoList": {
    "summary": "Retrieve Data Table Information",
    "description": "Retrieve Data Table Information",
    "zh": {
      "summary": "获取数据表信息",
      "description": "获取数据表信息"
    },
    "members": [
      {
        "name": "Filters",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Table name",
        "zh": "表名"
      },
      {
        "name": "ConnectionType",
        "type": "string",
        "required": true,
        "description": "If it is hive write rpc, if it is other types do not transmit",
        "zh": "如果是hive这里写rpc，如果是其他类型不传"
      },
      {
        "name": "Catalog",
        "type": "string",
        "required": true,
        "description": "Database source type",
        "zh": "数据库源类型"
      }
    ]
  },
  "DescribeTableLineage": {
    "summary": "List Table Lineage Information",
    "description": "List Table Lineage Information",
    "zh": {
      "summary": "列出表血缘信息",
      "description": "列出表血缘信息"
    },
    "members": [
      {
        "name": "Direction",
        "type": "string",
        "required": true,
        "description": "Enumeration value of query direction.\n\n- INPUT\n- OUTPUT\n- BOTH",
        "zh": "查询方向枚举值\n\n- INPUT\n- OUTPUT\n- BOTH"
      },
      {
        "name": "Data",
        "type": "object",
        "required": true,
        "description": "Table information",
        "zh": "表信息"
      },
      {
        "name": "InputDepth",
        "type": "integer",
        "required": false,
        "description": "Single Query Indegree, default 1",
        "zh": "单次查询入度,默认 1"
      },
      {
        "name": "OutputDepth",
        "type": "integer",
        "required": false,
        "description": "Single Query Outdegree, default 1",
        "zh": "单次查询出度,默认 1"
      },
      {
        "name": "ExtParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Additional Parameters (Pass Caller Information)",
        "zh": "额外参数（传递调用方信息）"
      },
      {
        "name": "IgnoreTemp",
        "type": "boolean",
        "required": false,
        "description": "Filter Temporary Tables, default true",
        "zh": "是否过滤临时表,默认true"
      },
      {
        "name": "RecursiveSecond",
        "type": "boolean",
        "required": false,
        "description": "Recursively Query Number of Secondary Nodes, default is true",
        "zh": "是否递归查询二级节点数目，默认为true"
      }
    ]
  },
  "DescribeTableLineageInfo": {
    "summary": "Table Lineage Information Query Interface",
    "description": "List Table Lineage Information",
    "zh": {
      "summary": "表血缘信息查询接口",
      "description": "列出表血缘信息"
    },
    "members": [
      {
        "name": "Direction",
        "type": "string",
        "required": true,
        "description": "Query Direction, INPUT, OUTPUT, BOTH enumerated values",
        "zh": "查询方向，INPUT,OUTPUT,BOTH枚举值"
      },
      {
        "name": "Data",
        "type": "object",
        "required": true,
        "description": "Table information",
        "zh": "表信息"
      },
      {
        "name": "InputDepth",
        "type": "integer",
        "required": false,
        "description": "Single Query Indegree, default 1",
        "zh": "单次查询入度,默认 1"
      },
      {
        "name": "OutputDepth",
        "type": "integer",
        "required": false,
        "description": "Single Query Outdegree, default 1",
        "zh": "单次查询出度,默认 1"
      },
      {
        "name": "ExtParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Additional Parameters (Pass Caller Information)",
        "zh": "额外参数（传递调用方信息）"
      },
      {
        "name": "IgnoreTemp",
        "type": "boolean",
        "required": false,
        "description": "Filter Temporary Tables, default true",
        "zh": "是否过滤临时表,默认true"
      },
      {
        "name": "RecursiveSecond",
        "type": "boolean",
        "required": false,
        "description": "Recursively Query Number of Secondary Nodes, default is true",
        "zh": "是否递归查询二级节点数目，默认为true"
      }
    ]
  },
  "DescribeTableMeta": {
    "summary": "Querying Table Metadata Details",
    "description": "Querying Table Metadata Details",
    "zh": {
      "summary": "查询表元数据详情",
      "description": "查询表元数据详情"
    },
    "members": [
      {
        "name": "TableId",
        "type": "string",
        "required": true,
        "description": "Unique Table ID",
        "zh": "表唯一id"
      },
      {
        "name": "TableNameFilter",
        "type": "object",
        "required": false,
        "description": "Query conditions by Name",
        "zh": "按名称查询的条件"
      },
      {
        "name": "TableFilterType",
        "type": "integer",
        "required": false,
        "description": "Query condition type: 0 by ID, 1 by Name, default is 0",
        "zh": "查询条件类型0按id，1按名称，默认为0"
      },
      {
        "name": "SearchNames",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "查询字段列表"
      }
    ]
  },
  "DescribeTableMetas": {
    "summary": "Get Table Metadata List",
    "description": "Get Table Metadata List",
    "zh": {
      "summary": "获取表元数据list",
      "description": "获取表元数据list"
    },
    "members": [
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
        "description": "Page size",
        "zh": "分页大小"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter field",
        "zh": "过滤字段:\ndbName-数据库名称\nbizCatalogIds-资产目录ID\nDataLayerUuid-数仓分层ID\nownerAccount-负责人ID\nassetStatus-资产状态：1-已上架 0-未上架\nassetLevel-资产等级：40-核心30-重要 20-一般 10-临时 \nmsTypes-数据源类型：例如TENCENT_MYSQL-腾讯云MySQL，数据源类型ID可参考\n[\n  {\n    \"DisplayName\": \"TCHouse-P\",\n    \"Id\": \"TCHOUSE_P\"\n  },\n  {\n    \"DisplayName\": \"Iceberg\",\n    \"Id\": \"ICEBERG\"\n  },\n  {\n    \"DisplayName\": \"Hive\",\n    \"Id\": \"HIVE\"\n  },\n  {\n    \"DisplayName\": \"HBase\",\n    \"Id\": \"HBASE\"\n  },\n  {\n    \"DisplayName\": \"DLC\",\n    \"Id\": \"DLC\"\n  },\n  {\n    \"DisplayName\": \"腾讯云MySQL\",\n    \"Id\": \"TENCENT_MYSQL\"\n  },\n  {\n    \"DisplayName\": \"TCHouse-D\",\n    \"Id\": \"TCHOUSE_D\"\n  },\n  {\n    \"DisplayName\": \"TCHouse-C\",\n    \"Id\": \"TCHOUSE_C\"\n  },\n  {\n    \"DisplayName\": \"EMR StarRocks\",\n    \"Id\": \"EMR_STARROCKS\"\n  },\n  {\n    \"DisplayName\": \"Doris\",\n    \"Id\": \"DORIS\"\n  },\n  {\n    \"DisplayName\": \"MySQL\",\n    \"Id\": \"MYSQL\"\n  },\n  {\n    \"DisplayName\": \"Oracle\",\n    \"Id\": \"ORACLE\"\n  },\n  {\n    \"DisplayName\": \"PostgreSQL\",\n    \"Id\": \"POSTGRE\"\n  },\n  {\n    \"DisplayName\": \"SQL Server\",\n    \"Id\": \"SQLSERVER\"\n  },\n  {\n    \"DisplayName\": \"TDSQL PostgreSQL\",\n    \"Id\": \"TDSQL_POSTGRE\"\n  },\n  {\n    \"DisplayName\": \"Greenplum\",\n    \"Id\": \"GREENPLUM\"\n  },\n  {\n    \"DisplayName\": \"StarRocks\",\n    \"Id\": \"STARROCKS\"\n  },\n  {\n    \"DisplayName\": \"ClickHouse\",\n    \"Id\": \"CLICKHOUSE\"\n  },\n  {\n    \"DisplayName\": \"INFLUXDB\",\n    \"Id\": \"INFLUXDB\"\n  },\n  {\n    \"DisplayName\": \"达梦DM\",\n    \"Id\": \"DM\"\n  },\n  {\n    \"DisplayName\": \"OceanBase\",\n    \"Id\": \"OCEANBASE\"\n  },\n  {\n    \"DisplayName\": \"TDSQL MySQL\",\n    \"Id\": \"TDSQL_MYSQL\"\n  },\n  {\n    \"DisplayName\": \"GaussDB\",\n    \"Id\": \"GAUSSDB\"\n  }\n]\nprojectIds-归属项目ID\nkeyword-关键字，支持表名/表中文名/数据库名"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sort Fields",
        "zh": "排序字段"
      }
    ]
  },
  "DescribeTablePartitions": {
    "summary": "查询表的分区详情信息",
    "description": "查询表的分区详情信息",
    "members": [
      {
        "name": "TableId",
        "type": "string",
        "required": true,
        "description": "表ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "分页number"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "分页size"
      },
      {
        "name": "FilterSet",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤器"
      },
      {
        "name": "OrderFieldSet",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序字段"
      }
    ]
  },
  "DescribeTableQualityDetails": {
    "summary": "Query Table Quality Details",
    "description": "Quality Report - Query Table Quality Details",
    "zh": {
      "summary": "查询表质量详情",
      "description": "质量报告-查询表质量详情"
    },
    "members": [
      {
        "name": "StatisticsDate",
        "type": "integer",
        "required": true,
        "description": "Statistics Date",
        "zh": "统计日期"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Pagination Index",
        "zh": "分页序号"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Page size",
        "zh": "分页大小"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter Parameters TableName, DatabaseId, DatabaseName, OwnerUserName",
        "zh": "过滤参数TableName、DatabaseId 、DatabaseName、OwnerUserName"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sorting Parameters Sort order DESC or ASC, Table score sorting TableScore",
        "zh": "排序参数 排序方式 DESC 或者 ASC，表得分排序 TableScore"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "Data source ID",
        "zh": "数据来源id"
      },
      {
        "name": "ScoreType",
        "type": "string",
        "required": false,
        "description": "1: Calculate by full dimension weight, 2: Calculate by configured dimension weight, 3: Do not calculate by dimension weight, default is 1",
        "zh": "1:按全维度权重计算,2:按已配置维度权重计算,3:不按维度权重计算,默认1"
      }
    ]
  },
  "DescribeTableSchemaInfo": {
    "summary": "Retrieve Table Schema Information",
    "description": "Retrieve Table Schema Information",
    "zh": {
      "summary": "获取表schema信息",
      "description": "获取表schema信息"
    },
    "members": [
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "Table Name",
        "zh": "表名称"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": true,
        "description": "Database name",
        "zh": "数据库名称"
      },
      {
        "name": "MsType",
        "type": "string",
        "required": true,
        "description": "Data Source Types (e.g., MYSQL, HIVE, KAFKA, etc.)",
        "zh": "数据源的类型（例如MYSQL、HIVE、KAFKA等）"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": true,
        "description": "Data source ID",
        "zh": "数据源id"
      },
      {
        "name": "ConnectionType",
        "type": "string",
        "required": false,
        "description": "Connection Type (example value: rpc)",
        "zh": "连接类型（示例值rpc）"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": false,
        "description": "Schema Name under Metadata Database",
        "zh": "元数据Database下的Schema名称"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目空间ID"
      },
      {
        "name": "Env",
        "type": "string",
        "required": false,
        "description": "环境信息"
      },
      {
        "name": "Model",
        "type": "string",
        "required": false,
        "description": "空间模式"
      },
      {
        "name": "DevDatasourceId",
        "type": "string",
        "required": false,
        "description": "开发态的datasourceId"
      }
    ]
  },
  "DescribeTableScoreTrend": {
    "summary": "Query Table Score Trend",
    "description": "Query Table Score Trend",
    "zh": {
      "summary": "查询表得分趋势",
      "description": "查询表得分趋势"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "StatisticsStartDate",
        "type": "integer",
        "required": true,
        "description": "Start time Second-level Timestamp",
        "zh": "开始时间 秒级时间戳"
      },
      {
        "name": "StatisticsEndDate",
        "type": "integer",
        "required": true,
        "description": "End time Second-level Timestamp",
        "zh": "结束时间 秒级时间戳"
      },
      {
        "name": "TableId",
        "type": "string",
        "required": true,
        "description": "Table ID",
        "zh": "表id"
      },
      {
        "name": "ScoreType",
        "type": "string",
        "required": false,
        "description": "1: Calculate by full dimension weight, 2: Calculate by configured dimension weight, 3: Do not calculate by dimension weight, default is 1",
        "zh": "1:按全维度权重计算,2:按已配置维度权重计算,3:不按维度权重计算,默认1"
      }
    ]
  },
  "DescribeTableSelect": {
    "summary": "查询表的select语句",
    "description": "查询表的select语句",
    "members": [
      {
        "name": "TableId",
        "type": "string",
        "required": true,
        "description": "表ID"
      }
    ]
  },
  "DescribeTaskAlarmRegulations": {
    "summary": "Query Task Alert Rule List",
    "description": "Query Task Alert Rule List",
    "zh": {
      "summary": "查询任务告警规则列表",
      "description": "查询任务告警规则列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Current Page",
        "zh": "当前页"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Number of records per page",
        "zh": "每页记录数"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Filter criteria (name includes RegularStatus, AlarmLevel, AlarmIndicator, RegularName)",
        "zh": "过滤条件(name有RegularStatus、AlarmLevel、AlarmIndicator、RegularName)"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Sorting criteria (RegularId)",
        "zh": "排序条件(RegularId)"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "Task ID",
        "zh": "任务ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Task Type (201 for real-time task, 202 for offline task)",
        "zh": "任务类型(201代表实时任务，202代表离线任务)"
      }
    ]
  },
  "DescribeTaskByCycle": {
    "summary": "Periodic Task Statistics",
    "description": "Query all tasks by cycle type",
    "zh": {
      "summary": "周期任务统计",
      "description": "根据周期类型 查询所有任务"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": false,
        "description": "1"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID",
        "zh": "工作流ID"
      },
      {
        "name": "ProjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "项目ID列表筛选"
      },
      {
        "name": "ResourceGroupIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "资源组ID列表筛选"
      },
      {
        "name": "TaskTypeIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "任务类型ID筛选"
      }
    ]
  },
  "DescribeTaskByStatusReport": {
    "summary": "Task Status Trend",
    "description": "Task Status Trend",
    "zh": {
      "summary": "任务状态趋势",
      "description": "任务状态趋势"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "Type",
        "type": "string",
        "required": false,
        "description": "Time Type",
        "zh": "时间类型"
      },
      {
        "name": "TaskType",
        "type": "string",
        "required": false,
        "description": "Type",
        "zh": "类型"
      },
      {
        "name": "TypeName",
        "type": "string",
        "required": false,
        "description": "Type Name",
        "zh": "类型名称"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Start Time",
        "zh": "开始时间"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "End time",
        "zh": "结束时间"
      },
      {
        "name": "AggregationUnit",
        "type": "string",
        "required": false,
        "description": "Aggregation Unit, H Hours",
        "zh": "聚合单元，H小时"
      },
      {
        "name": "CycleUnit",
        "type": "string",
        "required": false,
        "description": "Cycle",
        "zh": "周期"
      },
      {
        "name": "Status",
        "type": "string",
        "required": false,
        "description": "Status",
        "zh": "状态"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": false,
        "description": "Person in Charge",
        "zh": "责任人"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID",
        "zh": "工作流ID"
      },
      {
        "name": "ProjectIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "项目ID列表，用于多项目实例趋势筛选，当指定了 ProjectIds 的时候，ProjectId 将只用来鉴权，不做筛选"
      }
    ]
  },
  "DescribeTaskDetailDs": {
    "summary": "查询任务具体详情【新】",
    "description": "查询任务具体详情【新】",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID （必填属性）"
      },
      {
        "name": "TaskAlarmStatus",
        "type": "integer",
        "required": false,
        "description": "已废弃，无需填写"
      }
    ]
  },
  "DescribeTaskInstancesStatus": {
    "summary": "分组获取编排空间调试任务实例状态信息",
    "description": "分组获取编排空间调试任务实例状态信息",
    "members": [
      {
        "name": "RecordIdList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "任务列表"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "工作流id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      }
    ]
  },
  "DescribeTaskLineage": {
    "summary": "通过任务查询表的血缘关系",
    "description": "通过任务查询表的血缘关系",
    "members": [
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "请求来源，WEB 前端；CLIENT 客户端"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "任务ID"
      }
    ]
  },
  "DescribeTaskLockStatus": {
    "summary": "View Task Lock Status Information",
    "description": "View Task Lock Status Information",
    "zh": {
      "summary": "查看任务锁状态信息",
      "description": "查看任务锁状态信息"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type: 201. stream, 202. offline",
        "zh": "任务类型：201. stream,   202. offline"
      }
    ]
  },
  "DescribeTaskParamDs": {
    "summary": "查询任务引用参数",
    "description": "查询任务引用参数",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "任务id"
      }
    ]
  },
  "DescribeTaskRunHistory": {
    "summary": "Paging Query Task Execution History",
    "description": "Paging Query Task Execution History",
    "zh": {
      "summary": "分页查询任务运行历史",
      "description": "分页查询任务运行历史"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": true,
        "description": "Search Criteria",
        "zh": "检索条件"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Page Size",
        "zh": "分页大小"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "Page Number",
        "zh": "分页页码"
      }
    ]
  },
  "DescribeTaskScript": {
    "summary": "Query Task Script",
    "description": "Query Task Script",
    "zh": {
      "summary": "查询任务脚本（废弃）",
      "description": "查询任务脚本。本接口已废弃，请使用接口GetPaginationTaskScript。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
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
  "DescribeTasksForCodeTemplate": {
    "summary": "分页查询引用模板的任务列表",
    "description": "分页查询引用模板的任务列表",
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
        "required": true,
        "description": "页码，最小1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "单页大小，最小10，最大200"
      },
      {
        "name": "TemplateId",
        "type": "string",
        "required": true,
        "description": "模板id"
      },
      {
        "name": "WorkflowIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "工作流id列表"
      },
      {
        "name": "OwnerIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "责任人名列表"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": false,
        "description": "任务名"
      },
      {
        "name": "OrderCondition",
        "type": "object",
        "required": false,
        "description": "排序提交，目前只支持workflowName"
      }
    ]
  },
  "DescribeTaskTableMetricOverview": {
    "summary": "查询实时任务表粒度指标概览",
    "description": "查询实时任务表粒度指标概览",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务TaskId"
      },
      {
        "name": "NodeType",
        "type": "string",
        "required": true,
        "description": "来源类型，支持枚举： SOURCE、SINK"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "页大小"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "任务类型：201. stream, 202. offline，当前只支持实时201"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "根据SchemaName来模糊搜索"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序"
      }
    ]
  },
  "DescribeTaskTemplates": {
    "summary": "查询项目任务模版列表",
    "description": "查询项目下所有任务列表,包括虚拟任务",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "页号"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "分页大小"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序字段, 仅支持更新时间, 取值示例\n\n- UpdateTime"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤条件, 取值列表\n\n- TemplateName    模版名称\n- TaskType    支持任务类型\n- InCharge    责任人\n- FolderId    文件夹id\n- Status    提交状态\n- UpdateStartTime    更新时间,时间区间查询\n- UpdateEndTime    更新时间,时间区间查询"
      }
    ]
  },
  "DescribeTemplateDimCount": {
    "summary": "Query rule template dimension distribution",
    "description": "Query rule template dimension distribution",
    "zh": {
      "summary": "查询规则模板维度分布情况",
      "description": "查询规则模板维度分布情况"
    },
    "members": [
      {
        "name": "Type",
        "type": "integer",
        "required": false,
        "description": "Template Type",
        "zh": "模板类型"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目ID"
      }
    ]
  },
  "DescribeTenantProjects": {
    "summary": "获取租户全局范围的项目列表",
    "description": "租户全局范围的项目列表，与用户查看范围无关.",
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "第几页"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "一页几条"
      },
      {
        "name": "DescribeExecutors",
        "type": "boolean",
        "required": false,
        "description": "是否展示关联执行组的信息。正常应该不是从项目列表里获取"
      },
      {
        "name": "DescribeAdminUsers",
        "type": "boolean",
        "required": false,
        "description": "是否展示项目管理员信息，减少默认返回的请求内容"
      },
      {
        "name": "DescribeMemberCount",
        "type": "boolean",
        "required": false,
        "description": "统计项目人员数量。数据地图需求"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "自定义条件查询"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序字段"
      },
      {
        "name": "DescribeCreator",
        "type": "boolean",
        "required": false,
        "description": "默认不提供创建者信息，该参数与CAM交互比较耗时"
      },
      {
        "name": "DescribeResourcePools",
        "type": "boolean",
        "required": false,
        "description": "是否展示关联资源池信息"
      }
    ]
  },
  "DescribeTestRunningRecord": {
    "summary": "获取编排空间试运行记录列表",
    "description": "获取编排空间试运行历史",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务id"
      },
      {
        "name": "SearchWord",
        "type": "string",
        "required": false,
        "description": "搜索关键词"
      },
      {
        "name": "SearchUserUin",
        "type": "string",
        "required": false,
        "description": "搜索用户UIN"
      },
      {
        "name": "CreateTime",
        "type": "string",
        "required": false,
        "description": "试运行记录创建时间"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "试运行记录最大创建结束时间"
      },
      {
        "name": "RecordIdList",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "试运行记录id"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "分页大小"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "分页索引"
      },
      {
        "name": "StatusList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "状态列表  LAUNCHED:等待运行 RUNNING:运行中 KILLING:终止中 KILLED:已终止 SUCCESS:成功 FAILED:失败 SKIP_RUNNING 跳过运行 NEVER_RUN:未运行"
      },
      {
        "name": "OrderConditionList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序条件 排序的key：timeCost,startTime"
      }
    ]
  },
  "DescribeThirdTaskRunLog": {
    "summary": "Instance Operation and Maintenance-Get Third-party Operation Logs",
    "description": "Get third-party operation logs",
    "zh": {
      "summary": "实例运维-获取第三方运行日志",
      "description": "获取第三方运行日志"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务ID"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": true,
        "description": "Instance data time",
        "zh": "实例数据时间"
      }
    ]
  },
  "DescribeTopTableStat": {
    "summary": "Data Quality Table Ranking Interface",
    "description": "Data Quality Overview Page Table Ranking Interface",
    "zh": {
      "summary": "数据质量表排行接口",
      "description": "数据质量概览页面表排行接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "BeginDate",
        "type": "string",
        "required": true,
        "description": "Start time, timestamp to the second",
        "zh": "开始时间，时间戳到秒"
      },
      {
        "name": "EndDate",
        "type": "string",
        "required": true,
        "description": "End time, timestamp to the second",
        "zh": "结束时间，时间戳到秒"
      }
    ]
  },
  "DescribeTrendStat": {
    "summary": "Data Quality Overview Page Trend Interface",
    "description": "Data Quality Overview Page Trend Change Interface",
    "zh": {
      "summary": "数据质量概览页面趋势接口",
      "description": "数据质量概览页面趋势变化接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "BeginDate",
        "type": "string",
        "required": true,
        "description": "Start time, timestamp to the second",
        "zh": "开始时间，时间戳到秒"
      },
      {
        "name": "EndDate",
        "type": "string",
        "required": true,
        "description": "End time, timestamp to the second",
        "zh": "结束时间，时间戳到秒"
      }
    ]
  },
  "DescribeWorkflowByFordIds": {
    "summary": "根据文件夹查询工作流",
    "description": "根据文件夹查询工作流",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "FolderIdList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "文件夹Id"
      }
    ]
  },
  "DescribeWorkflowCanvasInfo": {
    "summary": "Query Workflow Canvas",
    "description": "Query Workflow Canvas",
    "zh": {
      "summary": "查询工作流画布",
      "description": "查询工作流画布"
    },
    "members": [
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID",
        "zh": "工作流id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "请求来源，WEB 前端；CLIENT 客户端"
      }
    ]
  },
  "DescribeWorkflowExecuteById": {
    "summary": "Query Workflow Canvas Run Start and End Time",
    "description": "Query Workflow Canvas Run Start and End Time",
    "zh": {
      "summary": "查询工作流画布运行起止时间",
      "description": "查询工作流画布运行起止时间"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "WorkFlowIdList",
        "type": "string",
        "required": false,
        "description": "Workflow ID",
        "zh": "工作流ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "Page size",
        "zh": "分页大小"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Pagination index",
        "zh": "分页索引"
      }
    ]
  },
  "DescribeWorkflowInfoById": {
    "summary": "Query Workflow Details by Workflow ID",
    "description": "Query Workflow Details by Workflow ID",
    "zh": {
      "summary": "通过工作流id，查询工作流详情",
      "description": "通过工作流id，查询工作流详情"
    },
    "members": [
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID",
        "zh": "工作流id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "DescribeWorkflowListByProjectId": {
    "summary": "Get all workflow lists under the project by Project ID",
    "description": "Get all workflow lists under the project by Project ID",
    "zh": {
      "summary": "根据项目id 获取项目下所有工作流列表",
      "description": "根据项目id 获取项目下所有工作流列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "DescribeWorkflowSchedulerInfoDs": {
    "summary": "获取工作流调度信息",
    "description": "获取工作流调度信息",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "工作流ID"
      }
    ]
  },
  "DescribeWorkflowTaskCount": {
    "summary": "Query the number of workflow tasks",
    "description": "Query the number of workflow tasks",
    "zh": {
      "summary": "查询工作流任务数",
      "description": "查询工作流任务数"
    },
    "members": [
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow List",
        "zh": "工作流列表"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "DiagnosePro": {
    "summary": "Instance Diagnosis Information - New",
    "description": "Instance diagnosis for diagnosing instances in INITIAL, DEPENDENCE, ALLOCATED, LAUNCHED, EVENT_LISTENING, BEFORE_ASPECT, EXPIRED, FAILED states",
    "zh": {
      "summary": "实例诊断信息-新",
      "description": "实例诊断，用于诊断 INITIAL、DEPENDENCE、ALLOCATED、LAUNCHED、EVENT_LISTENING、BEFORE_ASPECT、EXPIRED、FAILED状态的实例"
    },
    "members": [
      {
        "name": "SearchCondition",
        "type": "object",
        "required": true,
        "description": "Query Conditions (TaskId and CurRunDate need to be filled in this field for diagnosis)",
        "zh": "查询条件（当前接口TaskId和CurRunDate需要填充在该字段方可诊断）"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "Instances",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Instance List",
        "zh": "实例列表"
      },
      {
        "name": "CheckFather",
        "type": "boolean",
        "required": false,
        "description": "Check Parent Task Type, true: Check parent task; false: Do not check parent task",
        "zh": "检查父任务类型, true: 检查父任务; false: 不检查父任务"
      },
      {
        "name": "RerunType",
        "type": "string",
        "required": false,
        "description": "Rerun Type, 1: Self; 3: Child; 2: Self and Child",
        "zh": "重跑类型, 1: 自身; 3: 孩子; 2: 自身以及孩子"
      },
      {
        "name": "DependentWay",
        "type": "string",
        "required": false,
        "description": "Instance Dependency Mode, 1: Self-dependent; 2: Task-dependent; 3: Self and Parent-Child dependent",
        "zh": "实例依赖方式, 1: 自依赖; 2: 任务依赖; 3: 自依赖及父子依赖"
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "Rerun Ignore Event Listening or Not",
        "zh": "重跑忽略事件监听与否"
      },
      {
        "name": "SonInstanceType",
        "type": "string",
        "required": false,
        "description": "Downstream Instance Range 1: Within the workflow 2: Within the project 3: Across all workflows dependent on the project",
        "zh": "下游实例范围 1: 所在工作流 2: 所在项目 3: 所有跨工作流依赖的项目"
      },
      {
        "name": "OptType",
        "type": "string",
        "required": false,
        "description": "Access type",
        "zh": "访问类型"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": false,
        "description": "Operator Name",
        "zh": "操作者名称"
      },
      {
        "name": "OperatorId",
        "type": "string",
        "required": false,
        "description": "Operator ID",
        "zh": "操作者id"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "Project Identifier",
        "zh": "项目标志"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "Project name",
        "zh": "项目名称"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "Index Page Number",
        "zh": "索引页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size",
        "zh": "页面大小"
      },
      {
        "name": "Count",
        "type": "integer",
        "required": false,
        "description": "Total Data",
        "zh": "数据总数"
      },
      {
        "name": "RequestBaseInfo",
        "type": "object",
        "required": false,
        "description": "Basic Request Information",
        "zh": "基础请求信息"
      },
      {
        "name": "IsCount",
        "type": "boolean",
        "required": false,
        "description": "Whether to Calculate Total",
        "zh": "是否计算总数"
      }
    ]
  },
  "DisableProject": {
    "summary": "禁用项目",
    "description": "禁用项目",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "ModuleKey",
        "type": "string",
        "required": false,
        "description": "模块名称"
      }
    ]
  },
  "DownloadLogByLine": {
    "summary": "按行下载日志信息",
    "description": "按行下载日志信息",
    "members": [
      {
        "name": "StartLine",
        "type": "integer",
        "required": true,
        "description": "开始行"
      },
      {
        "name": "LineCount",
        "type": "integer",
        "required": true,
        "description": "读取行"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "任务id"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": false,
        "description": "实例运行时间"
      },
      {
        "name": "DetailId",
        "type": "string",
        "required": false,
        "description": "任务详情id，用于读取切分的日志文件"
      },
      {
        "name": "FilePath",
        "type": "string",
        "required": false,
        "description": "base64编码的文件路径"
      },
      {
        "name": "RecordId",
        "type": "string",
        "required": false,
        "description": "任务记录id"
      },
      {
        "name": "SubJobId",
        "type": "string",
        "required": false,
        "description": "子job id"
      },
      {
        "name": "JobType",
        "type": "string",
        "required": false,
        "description": "hiveSql:34,sparkSql:36 dlcSql: 32"
      },
      {
        "name": "ParseErrorTip",
        "type": "boolean",
        "required": false,
        "description": "true:解析错误信息。false:不解析错误信息"
      },
      {
        "name": "FileType",
        "type": "integer",
        "required": false,
        "description": "log 0 code 1 result 2 custo 3"
      },
      {
        "name": "QueryFileFlag",
        "type": "integer",
        "required": false,
        "description": "查询文件标志：0: 从执行机获取，1: 从cos获取，获取不到会再从执行机获取"
      },
      {
        "name": "ExtInfo",
        "type": "string",
        "required": false,
        "description": "透传字段，如果queryFileFlag为1，则ext回作为上一页的分页标识offset"
      }
    ]
  },
  "DryRunDIOfflineTask": {
    "summary": "Debug and Run Integration Task",
    "description": "Debug and Run Integration Task",
    "zh": {
      "summary": "调试运行集成任务",
      "description": "调试运行集成任务"
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
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "ResourceGroup",
        "type": "string",
        "required": false,
        "description": "Resource Group ID",
        "zh": "资源组Id"
      },
      {
        "name": "TaskTypeId",
        "type": "integer",
        "required": false,
        "description": "Default 27",
        "zh": "默认 27"
      }
    ]
  },
  "EnableProject": {
    "summary": "启用项目",
    "description": "启用项目",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "ModuleKey",
        "type": "string",
        "required": false,
        "description": "模块名称"
      }
    ]
  },
  "FindAllFolder": {
    "summary": "Orchestration Space Bulk Operation Page Find All Folders",
    "description": "Orchestration Space Bulk Operation Page Find All Folders",
    "zh": {
      "summary": "编排空间批量操作页面查找全部的文件夹",
      "description": "编排空间批量操作页面查找全部的文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      }
    ]
  },
  "FreezeOpsTasks": {
    "summary": "Task Operation and Maintenance - Bulk Pause Tasks",
    "description": "Task Operation and Maintenance - Bulk Pause Tasks",
    "zh": {
      "summary": "任务运维-批量暂停任务",
      "description": "任务运维-批量暂停任务"
    },
    "members": [
      {
        "name": "Tasks",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Task List",
        "zh": "任务列表"
      },
      {
        "name": "OperateIsInform",
        "type": "boolean",
        "required": true,
        "description": "Whether Task Operation Notifies Downstream Task Owners",
        "zh": "任务操作是否消息通知下游任务责任人"
      },
      {
        "name": "KillInstance",
        "type": "boolean",
        "required": false,
        "description": "Whether to terminate the generated instance",
        "zh": "是否终止已生成的实例"
      }
    ]
  },
  "FreezeTasksByWorkflowIds": {
    "summary": "Pause all tasks under the workflow",
    "description": "Pause All Tasks Under Workflow",
    "zh": {
      "summary": "暂停工作流下的所有任务",
      "description": "暂停工作流下的所有任务"
    },
    "members": [
      {
        "name": "WorkflowIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Workflow ID List",
        "zh": "工作流id列表"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "KillInstance",
        "type": "boolean",
        "required": false,
        "description": "Whether to terminate the generated instance",
        "zh": "是否终止已生成的实例"
      },
      {
        "name": "AsyncMode",
        "type": "boolean",
        "required": false,
        "description": "是否异步模式"
      }
    ]
  },
  "GenHiveTableDDLSql": {
    "summary": "Generate SQL for Creating Hive Table",
    "description": "Generate SQL for Creating Hive Table",
    "zh": {
      "summary": "生成建hive表的sql",
      "description": "生成建hive表的sql"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "SinkDatabase",
        "type": "string",
        "required": true,
        "description": "Target Database",
        "zh": "目标数据库"
      },
      {
        "name": "Id",
        "type": "string",
        "required": false,
        "description": "Node ID",
        "zh": "节点id"
      },
      {
        "name": "MsType",
        "type": "string",
        "required": false,
        "description": "Metadata Type (MYSQL,ORACLE)",
        "zh": "元数据类型(MYSQL、ORACLE)"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "Data source ID",
        "zh": "数据源id"
      },
      {
        "name": "SourceDatabase",
        "type": "string",
        "required": false,
        "description": "Source Library Name",
        "zh": "来源库名"
      },
      {
        "name": "TableName",
        "type": "string",
        "required": false,
        "description": "Source Table Name",
        "zh": "来源表名"
      },
      {
        "name": "SinkType",
        "type": "string",
        "required": false,
        "description": "Target Table Metadata Type (HIVE,GBASE)",
        "zh": "目标表元数据类型(HIVE、GBASE)"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": false,
        "description": "Source Schema Name",
        "zh": "源端schema名称"
      },
      {
        "name": "SourceFieldInfoList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Field Information of Upstream Node",
        "zh": "上游节点的字段信息"
      },
      {
        "name": "Partitions",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Partition Field",
        "zh": "分区字段"
      },
      {
        "name": "Properties",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Table Creation Attributes",
        "zh": "建表属性"
      },
      {
        "name": "TableMode",
        "type": "integer",
        "required": false,
        "description": "Table Creation Mode,0: Wizard Mode,1: ddl",
        "zh": "建表模式，0:向导模式，1:ddl"
      },
      {
        "name": "TableVersion",
        "type": "string",
        "required": false,
        "description": "DLC Table Version, v1/v2",
        "zh": "DLC表版本，v1/v2"
      },
      {
        "name": "UpsertFlag",
        "type": "boolean",
        "required": false,
        "description": "Whether to Upsert Writes",
        "zh": "是否upsert写入"
      },
      {
        "name": "TableComment",
        "type": "string",
        "required": false,
        "description": "Table Description Information",
        "zh": "表描述信息"
      },
      {
        "name": "AddDataFiles",
        "type": "integer",
        "required": false,
        "description": "Threshold for Increased Number of Files, Exceeding Value Will Trigger Small File Merge",
        "zh": "增加的文件数量阈值, 超过值将触发小文件合并"
      },
      {
        "name": "AddEqualityDeletes",
        "type": "integer",
        "required": false,
        "description": "Threshold for Increased Number of Equality Deletes, Exceeding Value Will Trigger Small File Merge",
        "zh": "增加的Equality delete数量阈值, 超过值将触发小文件合并"
      },
      {
        "name": "AddPositionDeletes",
        "type": "integer",
        "required": false,
        "description": "Threshold for Increased Number of Position Deletes, Exceeding Value Will Trigger Small File Merge",
        "zh": "增加的Position delete数量阈值, 超过值将触发小文件合并"
      },
      {
        "name": "AddDeleteFiles",
        "type": "integer",
        "required": false,
        "description": "Threshold for Increased Number of Delete Files",
        "zh": "增加的delete file数量阈值"
      },
      {
        "name": "TargetDatasourceId",
        "type": "string",
        "required": false,
        "description": "Downstream Node Data Source ID",
        "zh": "下游节点数据源ID"
      },
      {
        "name": "UpsertKeys",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "DLC Upsert Primary Key",
        "zh": "dlc upsert主键"
      },
      {
        "name": "TableBaseInfo",
        "type": "object",
        "required": false,
        "description": "DLC Table Governance Information",
        "zh": "dlc表治理信息"
      },
      {
        "name": "SinkSchemaName",
        "type": "string",
        "required": false,
        "description": "Target Schema Name",
        "zh": "目标端schema名称"
      },
      {
        "name": "Env",
        "type": "string",
        "required": false,
        "description": "获取源信息的环境"
      },
      {
        "name": "WriteMode",
        "type": "string",
        "required": false,
        "description": "doris写入模式配置"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "任务类型 201（实时）， 202（离线）"
      },
      {
        "name": "SinkTableName",
        "type": "string",
        "required": false,
        "description": "目标端table名称"
      }
    ]
  },
  "GetBatchDetailErrorLog": {
    "summary": "获取批量操作错误日志",
    "description": "获取批量操作错误日志",
    "members": [
      {
        "name": "JobId",
        "type": "integer",
        "required": true,
        "description": "批量操作ID"
      },
      {
        "name": "ResourceId",
        "type": "string",
        "required": true,
        "description": "资源对象ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      }
    ]
  },
  "GetCosToken": {
    "summary": "开发空间-获取cos token",
    "description": "获取cos token",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "<p>项目id</p>"
      },
      {
        "name": "OriginDomain",
        "type": "string",
        "required": true,
        "description": "<p>请求域名</p>"
      },
      {
        "name": "CrossFlag",
        "type": "boolean",
        "required": true,
        "description": "<p>是否需要跨域</p>"
      },
      {
        "name": "BucketName",
        "type": "string",
        "required": false,
        "description": "<p>桶名</p>"
      },
      {
        "name": "RemotePath",
        "type": "string",
        "required": false,
        "description": "<p>远程地址</p>"
      },
      {
        "name": "RemoteRegion",
        "type": "string",
        "required": false,
        "description": "<p>地域</p>"
      }
    ]
  },
  "GetFileInfo": {
    "summary": "Development Space - Obtain Data Development Script Information",
    "description": "Development Space - Obtain data development script information",
    "zh": {
      "summary": "开发空间-获取数据开发脚本信息",
      "description": "开发空间-获取数据开发脚本信息"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "FilePath",
        "type": "string",
        "required": true,
        "description": "File pathProject Area 1470575647377821696 project, in directory f1: /datastudio/project/1470575647377821696/f1/sql1234.sql Personal Area: /datastudio/personal/sqlTTT.sql",
        "zh": "文件路径\n项目区1470575647377821696项目，f1目录下： /datastudio/project/1470575647377821696/f1/sql1234.sql 个人区： /datastudio/personal/sqlTTT.sql"
      }
    ]
  },
  "GetInstanceLog": {
    "summary": "Read the log of one run of an instance",
    "description": "Returns a page of the log of one lifecycle round (`LifeRoundNum`) of an instance: lines\n`StartLineNum` onwards, at most `EndLineCount` of them, with `IsEnd` set on the last page and `ExtInfo`\nas the cursor to pass back for the next one. Name the run by `ExecutionJobId` when the instance's\nlifecycle round has one, otherwise by `BrokerIp` and `OriginFileName`. Read-only.",
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
        "description": "The project ID, a string of digits (19 in practice, beyond JavaScript's safe integers).",
        "zh": "**项目ID**"
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>`, the task ID, an underscore and the\ninstance's data time (`CurRunDate`). It contains a space.",
        "zh": "**实例唯一标识**"
      },
      {
        "name": "LifeRoundNum",
        "type": "integer",
        "required": true,
        "description": "The lifecycle round whose log to read (0 is the first run, 1 the first rerun).",
        "zh": "**实例生命周期编号，标识实例的某一次执行**\n\n例如：周期实例第一次运行的编号为0，用户后期又重跑了该实例，第二次执行的编号为1"
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the scheduling and run times, as `UTC+8`, `UTC-5` or `UTC+5:30` (hours 0 to 14).\nDefault `UTC+8`. The times the reply gives in it (and time filters are read in): `SchedulerTime`,\n`StartTime`, `EndTime`, `LastUpdateTime`, lifecycle phases included. The data time (`CurRunDate`,\n`NextCurDate`), the InstanceKey's suffix and log text stay in UTC+8, as in the documented example.",
        "zh": "**时区**\ntimeZone, 默认UTC+8"
      },
      {
        "name": "BrokerIp",
        "type": "string",
        "required": false,
        "description": "The execution node that holds the log (`BrokerIp` of the lifecycle round).",
        "zh": "**日志所在执行机Ip**"
      },
      {
        "name": "OriginFileName",
        "type": "string",
        "required": false,
        "description": "The log file (`OriginFileName` of the lifecycle round), for runs without an ExecutionJobId.",
        "zh": "**日志文件**\n实例详情中 executionJobId 为空时，但 originFileName 不为空时，入参中必须包含 originFileName 与 brokerIp\n如果 executionJobId 与 originFileName 都为空，则说明实例未下发执行或没有产生日志。例如分支节点 或 归并节点"
      },
      {
        "name": "ExecutionJobId",
        "type": "string",
        "required": false,
        "description": "The execution ID (`ExecutionJobId` of the lifecycle round), when it has one.",
        "zh": "**执行ID**\n\n实例详情中 executionJobId 不为空时，入参中需包含executionJobId 。originFileName 与 brokerIp为非必要参数"
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
        "default": "All",
        "description": "Only lines of this level. Default `All`.",
        "zh": "**日志级别**\n默认All\n\n- Info\n- Debug\n- Warn\n- Error\n- All"
      },
      {
        "name": "StartLineNum",
        "type": "integer",
        "required": false,
        "default": 1,
        "description": "The first line to return, counted from 1. Default 1.",
        "zh": "**获取日志的开始行 行号**\n默认 1"
      },
      {
        "name": "EndLineCount",
        "type": "integer",
        "required": false,
        "default": 10000,
        "description": "How many lines to return at most. Default 10000.",
        "zh": "**获取日志的结束行 行号**\n默认 10000"
      },
      {
        "name": "ExtInfo",
        "type": "string",
        "required": false,
        "description": "The paging cursor of the previous page's `ExtInfo`; omitted on the first request.",
        "zh": "**分页查询日志时使用，无具体业务含义**\n\n第一次查询时值为null \n第二次及以后查询时使用上一次查询返回信息中的ExtInfo字段值即可"
      }
    ]
  },
  "GetIntegrationNodeColumnSchema": {
    "summary": "Extracting DataInLong Node Field Schema",
    "description": "Extracting DataInLong Node Field Schema",
    "zh": {
      "summary": "提取数据集成节点字段Schema",
      "description": "提取数据集成节点字段Schema"
    },
    "members": [
      {
        "name": "ColumnContent",
        "type": "string",
        "required": false,
        "description": "Field Example (JSON Format)",
        "zh": "字段示例（json格式）"
      },
      {
        "name": "DatasourceType",
        "type": "string",
        "required": false,
        "description": "Data Source Type MYSQL|HIVE|KAFKA|ES|MONGODB|REST_API|SYBASE|TIDB|DORIS|DM|",
        "zh": "数据源类型 MYSQL|HIVE|KAFKA|ES|MONGODB|REST_API|SYBASE|TIDB|DORIS|DM|"
      }
    ]
  },
  "GetJobStatus": {
    "summary": "获取异步任务状态",
    "description": "获取异步任务执行结果",
    "members": [
      {
        "name": "JobId",
        "type": "string",
        "required": true,
        "description": "异步任务id"
      }
    ]
  },
  "GetOfflineDIInstanceList": {
    "summary": "Get Offline Task Instance List (New)",
    "description": "Get Offline Task Instance List (New)",
    "zh": {
      "summary": "获取离线任务实例列表(新)",
      "description": "获取离线任务实例列表(新)"
    },
    "members": [
      {
        "name": "PageIndex",
        "type": "integer",
        "required": true,
        "description": "Which Page",
        "zh": "第几页"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Number of Items per Page.",
        "zh": "每页几条"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": false,
        "description": "No",
        "zh": "无"
      }
    ]
  },
  "GetOfflineInstanceList": {
    "summary": "Obtain Offline Task Instances",
    "description": "Obtain Offline Task Instances",
    "zh": {
      "summary": "获取离线任务实例",
      "description": "获取离线任务实例"
    },
    "members": [
      {
        "name": "PageIndex",
        "type": "string",
        "required": true,
        "description": "Which Page",
        "zh": "第几页"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "Number of Items per Page",
        "zh": "每页几条"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": false,
        "description": "No",
        "zh": "无"
      }
    ]
  },
  "GetPaginationTaskScript": {
    "summary": "获取带分页的任务脚本",
    "description": "获取带分页的任务脚本",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目编号"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务编号"
      },
      {
        "name": "PageNum",
        "type": "integer",
        "required": false,
        "description": "页码（从1开始）"
      }
    ]
  },
  "GetTaskInstance": {
    "summary": "Get the details of one scheduled task instance",
    "description": "Returns one task instance by its `InstanceKey` within a project, or `Data: null` when the service has\nnothing to return. Read-only and therefore safe to retry.",
    "zh": {
      "summary": "获取调度实例详情",
      "description": "获取实例列表"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits (19 in practice, beyond JavaScript's safe integers).",
        "zh": "**项目ID**"
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>`, the task ID, an underscore and the\ninstance's data time (`CurRunDate`). It contains a space.",
        "zh": "**实例唯一标识**"
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the scheduling and run times, as `UTC+8`, `UTC-5` or `UTC+5:30` (hours 0 to 14).\nDefault `UTC+8`. The times the reply gives in it (and time filters are read in): `SchedulerTime`,\n`StartTime`, `EndTime`, `LastUpdateTime`, lifecycle phases included. The data time (`CurRunDate`,\n`NextCurDate`), the InstanceKey's suffix and log text stay in UTC+8, as in the documented example.",
        "zh": "**时区**\ntimeZone, 默认UTC+8"
      }
    ]
  },
  "JudgeResourceFile": {
    "summary": "【资源管理】判断资源文件是否存在",
    "description": "资源管理-判断资源文件是否存在",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "FilePath",
        "type": "string",
        "required": true,
        "description": "资源路径"
      }
    ]
  },
  "KillOpsMakePlanInstances": {
    "summary": "Data Supplement - Batch Termination of Instances by Supplement Plan",
    "description": "Batch Termination of Instances by Supplement Plan.",
    "zh": {
      "summary": "数据补录-按补录计划批量终止实例",
      "description": "按补录计划批量终止实例。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "PlanId",
        "type": "string",
        "required": true,
        "description": "Supplemental Plan ID",
        "zh": "补录计划ID"
      },
      {
        "name": "AsyncMode",
        "type": "boolean",
        "required": false,
        "description": "是否异步模式"
      },
      {
        "name": "PlanName",
        "type": "string",
        "required": false,
        "description": "补录计划名"
      }
    ]
  },
  "KillScheduleInstances": {
    "summary": "Instance Operation and Maintenance - Batch terminate instances",
    "description": "Batch Termination of Instances",
    "zh": {
      "summary": "实例运维-批量终止l实例",
      "description": "批量终止实例"
    },
    "members": [
      {
        "name": "Instances",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Instance List",
        "zh": "实例列表"
      },
      {
        "name": "CheckFather",
        "type": "boolean",
        "required": false,
        "description": "Check Parent Task Type, true: Check parent task; false: Do not check parent task",
        "zh": "检查父任务类型, true: 检查父任务; false: 不检查父任务"
      },
      {
        "name": "RerunType",
        "type": "string",
        "required": false,
        "description": "Rerun Type, 1: Self; 3: Child; 2: Self and Child",
        "zh": "重跑类型, 1: 自身; 3: 孩子; 2: 自身以及孩子"
      },
      {
        "name": "DependentWay",
        "type": "string",
        "required": false,
        "description": "Instance Dependency Mode, 1: Self-dependent; 2: Task-dependent; 3: Self and Parent-Child dependent",
        "zh": "实例依赖方式, 1: 自依赖; 2: 任务依赖; 3: 自依赖及父子依赖"
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "Rerun Ignore Event Listening or Not",
        "zh": "重跑忽略事件监听与否"
      },
      {
        "name": "SonInstanceType",
        "type": "string",
        "required": false,
        "description": "Downstream Instance Range 1: Within the workflow 2: Within the project 3: Across all workflows dependent on the project",
        "zh": "下游实例范围 1: 所在工作流 2: 所在项目 3: 所有跨工作流依赖的项目"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": false,
        "description": "Query conditions",
        "zh": "查询条件"
      },
      {
        "name": "OptType",
        "type": "string",
        "required": false,
        "description": "Access type",
        "zh": "访问类型"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": false,
        "description": "Operator Name",
        "zh": "操作者名称"
      },
      {
        "name": "OperatorId",
        "type": "string",
        "required": false,
        "description": "Operator ID",
        "zh": "操作者id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "Project Identifier",
        "zh": "项目标志"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "Project name",
        "zh": "项目名称"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "Index Page Number",
        "zh": "索引页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size",
        "zh": "页面大小"
      },
      {
        "name": "Count",
        "type": "integer",
        "required": false,
        "description": "Total Data",
        "zh": "数据总数"
      },
      {
        "name": "RequestBaseInfo",
        "type": "object",
        "required": false,
        "description": "Basic Request Information",
        "zh": "基础请求信息"
      },
      {
        "name": "IsCount",
        "type": "boolean",
        "required": false,
        "description": "Whether to Calculate Total",
        "zh": "是否计算总数"
      },
      {
        "name": "AsyncMode",
        "type": "boolean",
        "required": false,
        "description": "是否异步模式"
      }
    ]
  },
  "ListBatchDetail": {
    "summary": "获取操作详情列表",
    "description": "获取批量操作详情列表",
    "members": [
      {
        "name": "JobId",
        "type": "integer",
        "required": true,
        "description": "批量操作历史Id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目Id"
      }
    ]
  },
  "ListInstances": {
    "summary": "List scheduled task instances",
    "description": "Searches the instances of a project whose planned scheduling time falls in a range, with optional\nfilters (states, task types, cycles, keyword, owners, folders, workflows, resource groups, start and\nupdate times), sorted and paged (`PageNumber` from 1, `PageSize` up to 200). Read-only.",
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
        "description": "The project ID, a string of digits (19 in practice, beyond JavaScript's safe integers).",
        "zh": "**项目ID**"
      },
      {
        "name": "ScheduleTimeFrom",
        "type": "string",
        "required": true,
        "example": "2025-03-28 00:00:00",
        "description": "The start of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`.",
        "zh": "**实例计划调度时间过滤条件**\n过滤起始时间，时间格式为 yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "ScheduleTimeTo",
        "type": "string",
        "required": true,
        "example": "2025-03-28 00:00:00",
        "description": "The end of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`.",
        "zh": "**实例计划调度时间过滤条件**\n过滤截止时间，时间格式为 yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "default": 1,
        "description": "The page to return, counted from 1. Default 1.",
        "zh": "**页码，整型**\n配合pageSize使用且不能小于1， 默认值1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "default": 10,
        "description": "Instances per page, at most 200. Default 10.",
        "zh": "**每页数目，整型**\n配合pageNumber使用且不能大于200, 默认值 10"
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
        "description": "What to sort by: `SCHEDULE_DATE` the planned scheduling time, `START_TIME` the time the run\nstarted, `END_TIME` the time it ended, `COST_TIME` how long it took.",
        "zh": "**查询结果排序字段**\n\n- SCHEDULE_DATE 表示 根据计划调度时间排序\n- START_TIME 表示 根据实例开始执行时间排序\n- END_TIME 表示 根据实例结束执行时间排序\n- COST_TIME 表示 根据实例执行时长排序"
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
        "description": "Only instances of this kind: `0` backfill, `1` periodic, `2` non-periodic.",
        "zh": "**实例类型**\n\n- 0 表示补录类型\n- 1 表示周期实例\n- 2 表示非周期实例"
      },
      {
        "name": "InstanceStateList",
        "type": "array",
        "required": false,
        "items": "integer",
        "enum": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7,
          8,
          9,
          10,
          12,
          13,
          18,
          19,
          21,
          22
        ],
        "example": [
          6,
          7,
          9,
          10,
          18
        ],
        "description": "Only instances in one of these state codes: `0` waiting for an event; `12` waiting for upstream\ntasks; `6`, `7`, `9`, `10`, `18` waiting to run; `1`, `19`, `22` running; `21` run skipped; `3`\nfailed, will retry; `8`, `4`, `5`, `13` failed; `2` succeeded.",
        "zh": "**实例执行状态**\n支持过滤多个，条件间为 或 的过滤关系\n\n- [0] 表示 等待事件\n- [12] 表示 等待上游\n- [6, 7, 9, 10, 18] 表示 等待运行\n- [1, 19, 22] 表示 运行中\n- [21] 表示 跳过运行\n- [3] 表示 失败重试\n- [8, 4, 5, 13] 表示 失败\n- [2] 表示 成功"
      },
      {
        "name": "TaskTypeIdList",
        "type": "array",
        "required": false,
        "items": "integer",
        "example": [
          35
        ],
        "description": "Only tasks of one of these task-type IDs (for example `35` Shell).",
        "zh": "**任务类型Id**\n\n- 支持过滤多个，条件间为 或 的过滤关系\n- 可以通过接口 DescribeAllTaskType 获取项目支持的全部任务类型"
      },
      {
        "name": "TaskCycleList",
        "type": "array",
        "required": false,
        "items": "string",
        "enum": [
          "O",
          "Y",
          "M",
          "W",
          "D",
          "H",
          "I",
          "C"
        ],
        "example": [
          "H",
          "I"
        ],
        "description": "Only tasks of one of these scheduling cycles: `O` one-off, `Y` yearly, `M` monthly, `W` weekly,\n`D` daily, `H` hourly, `I` minute, `C` crontab.",
        "zh": "**任务周期类型**\n支持过滤多个，条件间为 或 的过滤关系\n* O: ONEOFF_CYCLE\n* Y: YEAR_CYCLE\n* M: MONTH_CYCLE\n* W: WEEK_CYCLE\n* D: DAY_CYCLE\n* H: HOUR_CYCLE\n* I: MINUTE_CYCLE\n* C: CRONTAB_CYCLE"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "example": "cron_test",
        "description": "Task names or task IDs to match (fuzzy), several separated by commas.",
        "zh": "**任务名称 或 任务ID**\n支持模糊搜索过滤, 多个用 英文逗号, 分割"
      },
      {
        "name": "InChargeList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Only tasks owned by one of these users.",
        "zh": "**任务负责人**\n支持过滤多个，条件间为 或 的过滤关系"
      },
      {
        "name": "TaskFolderIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Only tasks in one of these folders (folder IDs).",
        "zh": "**任务所属文件件**\n支持过滤多个，条件间为 或 的过滤关系\n可以通过接口 FindAllFolder 获取项目下的所有文件夹列表"
      },
      {
        "name": "WorkflowIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Only tasks of one of these workflows (workflow IDs).",
        "zh": "**任务所属工作流**\n支持过滤多个，条件间为 或 的过滤关系\n可以通过接口 DescribeOpsWorkflows 获取项目下的所有工作流列表"
      },
      {
        "name": "ExecutorGroupIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Only instances run by one of these execution resource groups (group IDs).",
        "zh": "**执行资源组Id**\n支持过滤多个，条件间为 或 的过滤关系\n可以通过接口 DescribeNormalSchedulerExecutorGroups 获取项目下的所有调度资源组列表\n可以通过接口 DescribeNormalIntegrationExecutorGroups 获取项目下的所有集成资源组列表"
      },
      {
        "name": "StartTimeFrom",
        "type": "string",
        "required": false,
        "example": "2025-03-28 00:00:00",
        "description": "The start of the range of run start times, `yyyy-MM-dd HH:mm:ss`.",
        "zh": "**实例执行开始时间过滤条件**\n过滤起始时间，时间格式为 yyyy-MM-dd HH:mm:ss"
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
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the scheduling and run times, as `UTC+8`, `UTC-5` or `UTC+5:30` (hours 0 to 14).\nDefault `UTC+8`. The times the reply gives in it (and time filters are read in): `SchedulerTime`,\n`StartTime`, `EndTime`, `LastUpdateTime`, lifecycle phases included. The data time (`CurRunDate`,\n`NextCurDate`), the InstanceKey's suffix and log text stay in UTC+8, as in the documented example.",
        "zh": "**时区**\ntimeZone, 默认UTC+8"
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
      }
    ]
  },
  "LockIntegrationTask": {
    "summary": "Lock Integration Task",
    "description": "Lock Integration Task",
    "zh": {
      "summary": "锁定实时集成任务",
      "description": "锁定集成任务"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "ModifyApproveStatus": {
    "summary": "Modify Approval Form Status",
    "description": "Modify Approval Form Status",
    "zh": {
      "summary": "修改审批单状态",
      "description": "修改审批单状态"
    },
    "members": [
      {
        "name": "ApproveIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Approval Form IDs",
        "zh": "审批单ids"
      },
      {
        "name": "Remark",
        "type": "string",
        "required": false,
        "description": "Approval Remarks",
        "zh": "审批备注"
      },
      {
        "name": "Status",
        "type": "string",
        "required": false,
        "description": "Status",
        "zh": "状态"
      }
    ]
  },
  "ModifyDataSource": {
    "summary": "Data Source Management - Modify Data Source",
    "description": "Modify Data Source",
    "zh": {
      "summary": "数据源管理-修改数据源",
      "description": "修改数据源"
    },
    "members": [
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "Data Source Name, cannot be empty under the same SpaceName",
        "zh": "数据源名称，在相同SpaceName下，数据源名称不能为空"
      },
      {
        "name": "Category",
        "type": "string",
        "required": true,
        "description": "Data Source Category: Binding Engine, Binding Database",
        "zh": "数据源类别：绑定引擎、绑定数据库"
      },
      {
        "name": "Type",
        "type": "string",
        "required": true,
        "description": "Data Source Type: enumerated values",
        "zh": "数据源类型:枚举值"
      },
      {
        "name": "ID",
        "type": "integer",
        "required": false,
        "description": "Data Source ID",
        "zh": "数据源ID"
      },
      {
        "name": "BizParams",
        "type": "string",
        "required": false,
        "description": "Configuration Information Extension of Business Data Source",
        "zh": "业务侧数据源的配置信息扩展"
      },
      {
        "name": "Params",
        "type": "string",
        "required": false,
        "description": "Data source configuration information, stored as JSON KV. The KV storage information varies according to the data source type",
        "zh": "数据源的配置信息，以JSON KV存储，根据每个数据源类型不同，而KV存储信息不同"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Data source description information",
        "zh": "数据源描述信息"
      },
      {
        "name": "Display",
        "type": "string",
        "required": false,
        "description": "Data Source Display Name, for visual inspection",
        "zh": "数据源展示名，为了可视化查看"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": false,
        "description": "If the data source list is bound to a database, then it is the database name",
        "zh": "若数据源列表为绑定数据库，则为db名称"
      },
      {
        "name": "Instance",
        "type": "string",
        "required": false,
        "description": "Instance ID of the data source engine, e.g., CDB Instance ID",
        "zh": "数据源引擎的实例ID，如CDB实例ID"
      },
      {
        "name": "Status",
        "type": "integer",
        "required": false,
        "description": "Visibility of the data source, where 1 is visible and 0 is not visible. Default is 1",
        "zh": "数据源数据源的可见性，1为可见、0为不可见。默认为1"
      },
      {
        "name": "ClusterId",
        "type": "string",
        "required": false,
        "description": "Name of the business space to which the data source belongs",
        "zh": "数据源所属的业务空间名称"
      },
      {
        "name": "Collect",
        "type": "string",
        "required": false,
        "description": "Collection Status",
        "zh": "是否采集"
      },
      {
        "name": "OwnerProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "OwnerProjectName",
        "type": "string",
        "required": false,
        "description": "Project name",
        "zh": "项目名称"
      },
      {
        "name": "OwnerProjectIdent",
        "type": "string",
        "required": false,
        "description": "Project Chinese Name",
        "zh": "项目中文名"
      },
      {
        "name": "COSBucket",
        "type": "string",
        "required": false,
        "description": "cos bucket"
      },
      {
        "name": "COSRegion",
        "type": "string",
        "required": false,
        "description": "cos region"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Operation Item ID",
        "zh": "操作项目id"
      },
      {
        "name": "DevelopmentParams",
        "type": "string",
        "required": false,
        "description": "Data Source Development Environment Configuration",
        "zh": "数据源开发环境配置"
      }
    ]
  },
  "ModifyDimensionWeight": {
    "summary": "Modify Dimension Weight",
    "description": "Quality Report - Modify Dimension Permissions",
    "zh": {
      "summary": "修改维度权重",
      "description": "质量报告-修改维度权限"
    },
    "members": [
      {
        "name": "WeightInfoList",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Weight Information List",
        "zh": "权重信息列表"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "Refresh",
        "type": "boolean",
        "required": true,
        "description": "Whether to Refresh Historical Data",
        "zh": "是否重刷历史数据"
      }
    ]
  },
  "ModifyDsFolder": {
    "summary": "Folder Update",
    "description": "Data Development Module - Folder Update",
    "zh": {
      "summary": "文件夹更新",
      "description": "数据开发模块-文件夹更新"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "Folder Name",
        "zh": "文件夹名称"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "Folder ID",
        "zh": "文件夹Id"
      },
      {
        "name": "ParentsFolderId",
        "type": "string",
        "required": false,
        "description": "Parent Folder ID",
        "zh": "父文件夹ID"
      }
    ]
  },
  "ModifyExecStrategy": {
    "summary": "Update Rule Group Execution Strategy",
    "description": "Update Rule Group Execution Strategy",
    "zh": {
      "summary": "更新规则组执行策略",
      "description": "更新规则组执行策略"
    },
    "members": [
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "Rule Group ID",
        "zh": "规则组ID"
      },
      {
        "name": "MonitorType",
        "type": "integer",
        "required": false,
        "description": "Monitoring Type 1. Not Configured, 2. Associated Production Scheduling, 3. Offline Cycle Detection",
        "zh": "监控类型：1-未配置，2-关联生产调度，3-离线周期检测"
      },
      {
        "name": "ExecQueue",
        "type": "string",
        "required": false,
        "description": "Compute Queue",
        "zh": "计算队列"
      },
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": false,
        "description": "Execution Resource Group ID",
        "zh": "执行资源组ID"
      },
      {
        "name": "ExecutorGroupName",
        "type": "string",
        "required": false,
        "description": "Execution Resource Group Name",
        "zh": "执行资源组名称"
      },
      {
        "name": "Tasks",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Associated Production Scheduling Task List",
        "zh": "关联的生产调度任务列表"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Offline Cycle Mode, Effective Date - Start Time",
        "zh": "离线周期模式下,生效日期-开始时间"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "Offline Cycle Mode, Effective Date - End Time",
        "zh": "离线周期模式下,生效日期-结束时间"
      },
      {
        "name": "CycleType",
        "type": "string",
        "required": false,
        "description": "Offline Cycle Mode, Scheduling Period \nMINUTE_CYCLE:I,\nHOUR_CYCLE:H,\nDAY_CYCLE:D,\nWEEK_CYCLE:W,\nMONTH_CYCLE:M",
        "zh": "周期类型：MINUTE-分钟，HOUR-小时，DAY-天，WEEK-周，MONTH-月，YEAR-年"
      },
      {
        "name": "CycleStep",
        "type": "integer",
        "required": false,
        "description": "Offline Cycle Mode, Scheduling Step",
        "zh": "离线周期模式下,调度步长"
      },
      {
        "name": "TaskAction",
        "type": "string",
        "required": false,
        "description": "Offline Cycle Mode, Specified Time",
        "zh": "离线周期模式下,指定时间"
      },
      {
        "name": "DelayTime",
        "type": "integer",
        "required": false,
        "description": "Delayed Execution Time, Unit: Minute, Optional: <0-1439",
        "zh": "延时执行时间，单位分钟，可选: <0-1439"
      },
      {
        "name": "DatabaseId",
        "type": "string",
        "required": false,
        "description": "Database ID",
        "zh": "数据库Id"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "Data Source ID",
        "zh": "数据源Id"
      },
      {
        "name": "TableId",
        "type": "string",
        "required": false,
        "description": "Data Table ID",
        "zh": "数据表Id"
      },
      {
        "name": "ExecEngineType",
        "type": "string",
        "required": false,
        "description": "Running Execution Engine, Requests Default Execution Engine of the Data Source if Not Specified",
        "zh": "执行引擎类型，可选值：MYSQL, HIVE, SPARK, LIVY, DLC, GBASE, CDW_PG, TCHouse-P, DORIS, TCHouse-D"
      },
      {
        "name": "TriggerTypes",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Trigger scenario",
        "zh": "触发类型数组：1-手动触发，2-调度事件触发，3-周期调度触发"
      }
    ]
  },
  "ModifyIntegrationNode": {
    "summary": "Updating Integrated Nodes",
    "description": "Updating Integrated Nodes",
    "zh": {
      "summary": "更新集成节点",
      "description": "更新集成节点"
    },
    "members": [
      {
        "name": "NodeInfo",
        "type": "object",
        "required": true,
        "description": "Integrated Node Information",
        "zh": "集成节点信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Task Type \"201. stream, 202. offline\"",
        "zh": "任务类型 \"201. stream, 202. offline\""
      },
      {
        "name": "TaskMode",
        "type": "integer",
        "required": false,
        "description": "Distinguish Canvas Mode and Form \"1. Canvas, 2. Form\" mode",
        "zh": "区分画布模式和表单 \"1. 画布, 2. 表单\"模式"
      }
    ]
  },
  "ModifyIntegrationTask": {
    "summary": "Update Integration Task",
    "description": "Update Integration Task",
    "zh": {
      "summary": "更新集成任务",
      "description": "更新集成任务"
    },
    "members": [
      {
        "name": "TaskInfo",
        "type": "object",
        "required": true,
        "description": "Task Information",
        "zh": "任务信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "RollbackFlag",
        "type": "boolean",
        "required": false,
        "description": "Default is false. When true, it indicates rolling back to the node logic",
        "zh": "默认false . 为true时表示走回滚节点逻辑"
      }
    ]
  },
  "ModifyMonitorStatus": {
    "summary": "Update Monitoring Status",
    "description": "Update Monitoring Status",
    "zh": {
      "summary": "更新监控状态",
      "description": "更新监控状态"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "Rule Group ID",
        "zh": "规则组ID"
      },
      {
        "name": "MonitorStatus",
        "type": "boolean",
        "required": false,
        "description": "Monitor switch status",
        "zh": "监控是否开启：0-关闭，1-开启"
      }
    ]
  },
  "ModifyProject": {
    "summary": "修改项目基础信息",
    "description": "修改项目基础信息。",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "<p>目标修改的项目ID</p>"
      },
      {
        "name": "DisplayName",
        "type": "string",
        "required": false,
        "description": "<p>项目显示名称，可以为中文名,需要租户范围内唯一</p>"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "<p>备注</p>"
      },
      {
        "name": "TaskSubmitApproval",
        "type": "boolean",
        "required": false,
        "description": "<p>true/false则修改，不带该参数不修改。</p>"
      },
      {
        "name": "ResourcePoolInfo",
        "type": "object",
        "required": false,
        "description": "<p>资源池信息</p>"
      },
      {
        "name": "ProjectManagers",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "<p>项目管理员</p>"
      },
      {
        "name": "TaskStrictMode",
        "type": "boolean",
        "required": false,
        "description": "<p>调度任务严格模式</p>"
      },
      {
        "name": "ExtraOptions",
        "type": "string",
        "required": false,
        "description": "<p>以后新增选项可以直接通过前端的json格式写入去实现</p>"
      },
      {
        "name": "Model",
        "type": "string",
        "required": false,
        "description": "<p>项目类型，SIMPLE：简单模式 STANDARD：标准模式</p>"
      },
      {
        "name": "ProjectOwner",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "<p>项目负责人</p>"
      },
      {
        "name": "ModifyType",
        "type": "string",
        "required": false,
        "description": "<p>更新类型</p>"
      }
    ]
  },
  "ModifyRule": {
    "summary": "Update Quality Rule Interface",
    "description": "Update Quality Rule Interface",
    "zh": {
      "summary": "更新质量规则接口",
      "description": "更新质量规则接口"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "RuleId",
        "type": "integer",
        "required": false,
        "description": "Rule ID",
        "zh": "规则ID"
      },
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "Rule Group ID",
        "zh": "规则组ID"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Rule name",
        "zh": "规则名称"
      },
      {
        "name": "TableId",
        "type": "string",
        "required": false,
        "description": "Data Table ID",
        "zh": "数据表ID"
      },
      {
        "name": "RuleTemplateId",
        "type": "integer",
        "required": false,
        "description": "Rule Template ID",
        "zh": "规则模板ID"
      },
      {
        "name": "Type",
        "type": "integer",
        "required": false,
        "description": "Rule type 1.System Template, 2.Custom Definition Template, 3.Custom Definition SQL",
        "zh": "规则类型：1-系统模版，2-自定义模版，3-自定义SQL"
      },
      {
        "name": "QualityDim",
        "type": "integer",
        "required": false,
        "description": "Quality Dimension of Rule (1: Accuracy, 2: Uniqueness, 3: Integrity, 4: Consistency, 5: Timeliness, 6: Validity)",
        "zh": "质量维度：1-准确性，2-唯一性，3-完整性，4-一致性，5-及时性，6-有效性"
      },
      {
        "name": "SourceObjectDataTypeName",
        "type": "string",
        "required": false,
        "description": "Source Field Detailed Type, int, string",
        "zh": "源字段详细类型，int、string"
      },
      {
        "name": "SourceObjectValue",
        "type": "string",
        "required": false,
        "description": "Source Field Name",
        "zh": "源字段名称"
      },
      {
        "name": "ConditionType",
        "type": "integer",
        "required": false,
        "description": "Detection Range 1.Whole Table 2.Conditional Scan",
        "zh": "检测范围类型：1-全表，2-条件扫描"
      },
      {
        "name": "ConditionExpression",
        "type": "string",
        "required": false,
        "description": "Conditional Scan WHERE Condition Expression",
        "zh": "条件扫描WHERE条件表达式"
      },
      {
        "name": "CustomSql",
        "type": "string",
        "required": false,
        "description": "Custom Definition SQL",
        "zh": "自定义SQL"
      },
      {
        "name": "CompareRule",
        "type": "object",
        "required": false,
        "description": "Alert Trigger Condition",
        "zh": "报警触发条件"
      },
      {
        "name": "AlarmLevel",
        "type": "integer",
        "required": false,
        "description": "Alert Trigger Level 1.Low, 2.Medium, 3.High",
        "zh": "告警级别：1-低，2-中，3-高"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Rule Description",
        "zh": "规则描述"
      },
      {
        "name": "TargetDatabaseId",
        "type": "string",
        "required": false,
        "description": "Target Database Id",
        "zh": "目标库Id"
      },
      {
        "name": "TargetTableId",
        "type": "string",
        "required": false,
        "description": "Target Table Id",
        "zh": "目标表Id"
      },
      {
        "name": "TargetConditionExpr",
        "type": "string",
        "required": false,
        "description": "Target Filter Condition Expression",
        "zh": "目标过滤条件表达式"
      },
      {
        "name": "RelConditionExpr",
        "type": "string",
        "required": false,
        "description": "Source Field and Target Field Association Condition ON Expression",
        "zh": "源字段与目标字段关联条件on表达式"
      },
      {
        "name": "FieldConfig",
        "type": "object",
        "required": false,
        "description": "Custom Definition Template SQL Expression Field Replacement Parameter",
        "zh": "自定义模版sql表达式字段替换参数"
      },
      {
        "name": "TargetObjectValue",
        "type": "string",
        "required": false,
        "description": "Target Field Name CITY",
        "zh": "目标字段名称  CITY"
      },
      {
        "name": "SourceEngineTypes",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "Execution engine adapted to the rule",
        "zh": "执行引擎多选（位运算数组）：2-HIVE，4-SPARK，8-LIVY，16-DLC，64-TCHouse-P，128-DORIS，256-TCHouse-D，512-EMR-StarRocks，1024-TCHouse-X"
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
        "description": "目录"
      },
      {
        "name": "TargetCatalogName",
        "type": "string",
        "required": false,
        "description": "目标目录"
      }
    ]
  },
  "ModifyRuleGroupSubscription": {
    "summary": "Update Rule Group Subscription Information",
    "description": "Update Rule Group Subscription Information",
    "zh": {
      "summary": "更新规则组订阅信息",
      "description": "更新规则组订阅信息"
    },
    "members": [
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "Rule Group ID",
        "zh": "规则组ID"
      },
      {
        "name": "Receivers",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Subscriber Information",
        "zh": "订阅人信息"
      },
      {
        "name": "SubscribeType",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "Data Subscription Type",
        "zh": "订阅方式：1-邮件，2-短信，3-微信，4-语音，5-企微，6-HTTP连接，7-飞书群，8-钉钉群"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "DatabaseId",
        "type": "string",
        "required": false,
        "description": "Database ID",
        "zh": "数据库Id"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "Data Source ID",
        "zh": "数据源Id"
      },
      {
        "name": "TableId",
        "type": "string",
        "required": false,
        "description": "Data Table ID",
        "zh": "数据表Id"
      },
      {
        "name": "WebHooks",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Group Robot Webhook Information",
        "zh": "群机器人webhook信息"
      }
    ]
  },
  "ModifyRuleTemplate": {
    "summary": "Edit Rule Template",
    "description": "Edit Rule Template",
    "zh": {
      "summary": "编辑规则模板",
      "description": "编辑规则模板"
    },
    "members": [
      {
        "name": "TemplateId",
        "type": "integer",
        "required": false,
        "description": "Template ID",
        "zh": "模板ID"
      },
      {
        "name": "Type",
        "type": "integer",
        "required": false,
        "description": "Template Type 1. System Template 2. Custom Definition Template",
        "zh": "模版类型：1-系统模版，2-用户自定义模版"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Template Name",
        "zh": "模板名称"
      },
      {
        "name": "QualityDim",
        "type": "integer",
        "required": false,
        "description": "Quality Inspection Dimension 1. Accuracy 2. Uniqueness 3. Integrity 4. Consistency 5. Timeliness 6. Validity",
        "zh": "质量维度：1-准确性，2-唯一性，3-完整性，4-一致性，5-及时性，6-有效性"
      },
      {
        "name": "SourceObjectType",
        "type": "integer",
        "required": false,
        "description": "Source Data Object Type 1. Constant 2. Offline Table Level 2. Offline Field Level",
        "zh": "源数据对象类型：1-常量，2-离线表级，3-离线字段级别"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Description",
        "zh": "描述"
      },
      {
        "name": "SourceEngineTypes",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "Corresponding Engine Type of the Source",
        "zh": "执行引擎多选（位运算数组）：2-HIVE，4-SPARK，8-LIVY，16-DLC，64-TCHouse-P，128-DORIS，256-TCHouse-D，512-EMR-StarRocks，1024-TCHouse-X"
      },
      {
        "name": "MultiSourceFlag",
        "type": "boolean",
        "required": false,
        "description": "Whether to Associate with Other Databases and Tables",
        "zh": "是否关联其它库表"
      },
      {
        "name": "SqlExpression",
        "type": "string",
        "required": false,
        "description": "SQL Expression",
        "zh": "SQL 表达式"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "WhereFlag",
        "type": "boolean",
        "required": false,
        "description": "Whether to add where parameter",
        "zh": "是否添加where参数"
      }
    ]
  },
  "ModifyTaskAlarmRegular": {
    "summary": "Modify task alert rules",
    "description": "Modify task alert rules",
    "zh": {
      "summary": "修改任务告警规则",
      "description": "修改任务告警规则"
    },
    "members": [
      {
        "name": "Id",
        "type": "string",
        "required": true,
        "description": "Rule ID",
        "zh": "规则ID"
      },
      {
        "name": "TaskAlarmInfo",
        "type": "object",
        "required": true,
        "description": "Rule Information",
        "zh": "规则信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      }
    ]
  },
  "ModifyTaskInfo": {
    "summary": "Update Task",
    "description": "<p style=\"color:red;\">[Note: This version is only available to a portion of allowlist customers in the Guangzhou Region]</p>\nUpdate Task",
    "zh": {
      "summary": "更新任务（废弃）",
      "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n更新任务。本接口已废弃，请使用接口ModifyTaskInfoDs。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务ID"
      },
      {
        "name": "DelayTime",
        "type": "integer",
        "required": false,
        "description": "Execution time, in minutes, applicable to daily/weekly/monthly/yearly scheduling. For example, with daily scheduling, executing once at 02:00 AM every day, delayTime is 120 minutes",
        "zh": "执行时间，单位分钟，天/周/月/年调度才有。比如天调度，每天的02:00点执行一次，delayTime就是120分钟"
      },
      {
        "name": "StartupTime",
        "type": "integer",
        "required": false,
        "description": "Start Time",
        "zh": "启动时间"
      },
      {
        "name": "SelfDepend",
        "type": "integer",
        "required": false,
        "description": "Self-Dependency Type  1: Sequential serial, one at a time, queued, 2: Unordered serial, one at a time, not queued, 3: Parallel, multiple at once",
        "zh": "自依赖类型  1:有序串行 一次一个 排队, 2: 无序串行 一次一个 不排队， 3:并行 一次多个"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Effective Start Time, format yyyy-MM-dd HH:mm:ss",
        "zh": "生效开始时间，格式 yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "Effective End Time, format yyyy-MM-dd HH:mm:ss",
        "zh": "生效结束时间，格式 yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "TaskAction",
        "type": "string",
        "required": false,
        "description": "Scheduling Configuration - Elastic Cycle Configuration, applicable to Hourly/Weekly/Monthly/Yearly schedules. For hourly tasks scheduled at 0, 3, 4 o'clock, it would be '0,3,4'.",
        "zh": "调度配置-弹性周期配置，小时/周/月/年调度才有，小时任务指定每天的0点3点4点跑，则为'0,3,4'。"
      },
      {
        "name": "CycleType",
        "type": "integer",
        "required": false,
        "description": "\"Cycle Type  0:crontab, 1:Minute,2:Hour,3:Day,4:Week,5:Month,6:One-time,7:User driven,10:Flexible cycle Week,11:Flexible cycle Month,12:Year,13:Immediate Trigger Instant type, isolated from normal cycle scheduling task logic",
        "zh": "\"周期类型  0:crontab类型, 1:分钟，2:小时，3:天，4:周，5:月，6:一次性，7:用户驱动，10:弹性周期 周,11:弹性周期 月,12:年,13:即时触发Instant类型，与正常周期调度任务逻辑隔离"
      },
      {
        "name": "CycleStep",
        "type": "integer",
        "required": false,
        "description": "Step Length, Interval Time, minimum of 1",
        "zh": "步长，间隔时间，最小1"
      },
      {
        "name": "CrontabExpression",
        "type": "string",
        "required": false,
        "description": "Cron Expression is required only for Cron Tab Scheduling",
        "zh": "cron表达式  周期类型为crontab调度才需要"
      },
      {
        "name": "ExecutionStartTime",
        "type": "string",
        "required": false,
        "description": "Execution Time Left Closed Interval, format: HH:mm. Applicable only to hourly scheduling. For example, for hourly tasks, it specifies the effective interval every day",
        "zh": "执行时间左闭区间，格式：HH:mm  小时调度才有，例如小时任务, 每日固定区间生效"
      },
      {
        "name": "ExecutionEndTime",
        "type": "string",
        "required": false,
        "description": "Execution Time Right Closed Interval, format: HH:mm. Applicable only to hourly scheduling. For example, for hourly tasks, it specifies the effective interval every day",
        "zh": "执行时间右闭区间，格式：HH:mm  小时调度才有，例如小时任务, 每日固定区间生效"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": false,
        "description": "New Task Name",
        "zh": "新的任务名"
      },
      {
        "name": "RetryWait",
        "type": "integer",
        "required": false,
        "description": "Failure Retry Interval, in minutes, a default value has already been provided during task creation",
        "zh": "失败重试间隔,单位分钟，创建任务的时候已经给了默认值"
      },
      {
        "name": "TryLimit",
        "type": "integer",
        "required": false,
        "description": "Number of Retry Attempts on Failure, a default value has already been provided during task creation",
        "zh": "失败重试次数，创建任务的时候已经给了默认值"
      },
      {
        "name": "Retriable",
        "type": "integer",
        "required": false,
        "description": "Whether to Retry, 1 for yes",
        "zh": "是否可重试，1代表可以重试"
      },
      {
        "name": "RunPriority",
        "type": "integer",
        "required": false,
        "description": "Running Priority, 4 for High, 5 for Medium, 6 for Low",
        "zh": "运行优先级，4高 5中 6低"
      },
      {
        "name": "TaskExt",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Extended Task Configuration",
        "zh": "任务的扩展配置"
      },
      {
        "name": "ResourceGroup",
        "type": "string",
        "required": false,
        "description": "Execution Resource Group ID, needs to be created on the Resource Management Service and bind to a CVM machine",
        "zh": "执行资源组id，需要去资源管理服务上创建调度资源组，并且绑定cvm机器"
      },
      {
        "name": "YarnQueue",
        "type": "string",
        "required": false,
        "description": "Resource Pool Queue Name",
        "zh": "资源池队列名称"
      },
      {
        "name": "BrokerIp",
        "type": "string",
        "required": false,
        "description": "Specific Execution Machine under Resource Group, 'any' means it can run on any machine.",
        "zh": "资源组下具体执行机，any 表示可以跑在任意一台。"
      },
      {
        "name": "Notes",
        "type": "string",
        "required": false,
        "description": "Task notes",
        "zh": "任务备注"
      },
      {
        "name": "TaskParamInfos",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Task Parameters",
        "zh": "任务参数"
      },
      {
        "name": "SourceServer",
        "type": "string",
        "required": false,
        "description": "Source Data Source",
        "zh": "源数据源"
      },
      {
        "name": "TargetServer",
        "type": "string",
        "required": false,
        "description": "Target Data Source",
        "zh": "目标数据源"
      },
      {
        "name": "DependencyWorkflow",
        "type": "string",
        "required": false,
        "description": "Supports Workflow Dependencies yes/no, default no",
        "zh": "是否支持工作流依赖 yes / no 默认 no"
      },
      {
        "name": "DependencyConfigDTOs",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Dependency Configuration",
        "zh": "依赖配置"
      },
      {
        "name": "ExecutionTTL",
        "type": "integer",
        "required": false,
        "description": "Execution Duration",
        "zh": "执行耗时"
      },
      {
        "name": "ScriptChange",
        "type": "boolean",
        "required": false,
        "description": "Whether the Script has Changed",
        "zh": "脚本是否改变"
      },
      {
        "name": "InChargeIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Responsible Person ID",
        "zh": "责任人id"
      }
    ]
  },
  "ModifyTaskInfoDs": {
    "summary": "更新任务信息",
    "description": "更新任务Ds",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务ID"
      },
      {
        "name": "DelayTime",
        "type": "integer",
        "required": false,
        "description": "执行时间，单位分钟，天/周/月/年调度才有。比如天调度，每天的02:00点执行一次，delayTime就是120分钟"
      },
      {
        "name": "StartupTime",
        "type": "integer",
        "required": false,
        "description": "启动时间：该字段已废弃，无需填写"
      },
      {
        "name": "SelfDepend",
        "type": "integer",
        "required": false,
        "description": "自依赖类型  1:有序串行 一次一个 排队  2: 无序串行 一次一个 不排队 3:并行 一次多个；暂不支持其他值"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "生效开始时间，格式 yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "生效结束时间，格式 yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "TaskAction",
        "type": "string",
        "required": false,
        "description": "调度配置-弹性周期配置，小时/周/月/年调度才有，小时任务指定每天的0点3点4点跑，则为 0,3,4。设置该值时，请把CycleStep字段设置为1（如果原始值不为1）。"
      },
      {
        "name": "CycleType",
        "type": "integer",
        "required": false,
        "description": "周期类型  0:crontab类型, 1:分钟，2:小时，3:天，4:周，5:月，6:一次性，7:用户驱动，10:弹性周期 周,11:弹性周期 月,12:年,13:即时触发Instant类型，与正常周期调度任务逻辑隔离"
      },
      {
        "name": "CycleStep",
        "type": "integer",
        "required": false,
        "description": "小时和分钟任务才有；分钟任务：5、10、15、20、30，表示每隔5【或其他值】分钟执行一次；小时任务：1、2、3、4、5、6、7、8、9、10、11、12，表示每隔1【或其他值】小时执行一次。该值大于1时，请把TaskAction字段设置为空字符串。"
      },
      {
        "name": "CrontabExpression",
        "type": "string",
        "required": false,
        "description": "cron表达式  周期类型为crontab调度才需要"
      },
      {
        "name": "ExecutionStartTime",
        "type": "string",
        "required": false,
        "description": "执行时间左闭区间，格式：HH:mm  小时调度才有，例如小时任务, 每日固定区间生效"
      },
      {
        "name": "ExecutionEndTime",
        "type": "string",
        "required": false,
        "description": "执行时间右闭区间，格式：HH:mm  小时调度才有，例如小时任务, 每日固定区间生效"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": false,
        "description": "任务名，该字段废弃，请勿使用该字段重命名任务"
      },
      {
        "name": "RetryWait",
        "type": "integer",
        "required": false,
        "description": "失败重试间隔,单位分钟，创建任务的时候已经给了默认值"
      },
      {
        "name": "TryLimit",
        "type": "integer",
        "required": false,
        "description": "失败重试次数，创建任务的时候已经给了默认值"
      },
      {
        "name": "Retriable",
        "type": "integer",
        "required": false,
        "description": "是否可重试，0代码不可重试，1代表可以重试；暂不支持其他值"
      },
      {
        "name": "RunPriority",
        "type": "integer",
        "required": false,
        "description": "运行优先级，4高 5中 6低；暂不支持其他值"
      },
      {
        "name": "TaskExt",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "任务的扩展配置"
      },
      {
        "name": "ResourceGroup",
        "type": "string",
        "required": false,
        "description": "执行资源组Id，需要去资源管理服务上创建调度资源组，并且绑定cvm机器"
      },
      {
        "name": "YarnQueue",
        "type": "string",
        "required": false,
        "description": "资源池队列名称"
      },
      {
        "name": "BrokerIp",
        "type": "string",
        "required": false,
        "description": "资源组下具体执行机，any 表示可以跑在任意一台。"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": false,
        "description": "责任人，多个责任人请用分号隔开"
      },
      {
        "name": "Notes",
        "type": "string",
        "required": false,
        "description": "任务备注"
      },
      {
        "name": "TaskParamInfos",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "任务参数"
      },
      {
        "name": "SourceServer",
        "type": "string",
        "required": false,
        "description": "源数据源Id"
      },
      {
        "name": "TargetServer",
        "type": "string",
        "required": false,
        "description": "目标数据源Id"
      },
      {
        "name": "DependencyWorkflow",
        "type": "string",
        "required": false,
        "description": "是否支持工作流依赖 yes / no 默认 no"
      },
      {
        "name": "DependencyConfigDTOs",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "依赖配置,仅可修改上游任务实例配置方法"
      },
      {
        "name": "ExecutionTTL",
        "type": "integer",
        "required": false,
        "description": "运行耗时超时时间分钟数"
      },
      {
        "name": "ScriptChange",
        "type": "boolean",
        "required": false,
        "description": "脚本是否改变"
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "description": "任务时区，仅支持整数时区配置"
      },
      {
        "name": "ScheduleRunType",
        "type": "integer",
        "required": false,
        "description": "0 正常调度 1 空跑调度；暂不支持其他值"
      },
      {
        "name": "ConcurrentStrategy",
        "type": "integer",
        "required": false,
        "description": "0 并发度达到上限时，本次排队等待 1 并发度达到上限时，本次不执行，直接kill；暂不支持其他值"
      },
      {
        "name": "RegisterDsEventPublisherRequest",
        "type": "object",
        "required": false,
        "description": "shell任务发布事件"
      },
      {
        "name": "Content",
        "type": "string",
        "required": false,
        "description": "base64编码后脚本内容"
      }
    ]
  },
  "ModifyTaskLinks": {
    "summary": "Add parent task dependency (Deprecated)",
    "description": "<p style=\"color:red;\">[Note: This version is only available to some whitelist customers in the Guangzhou zone]</p>.\nAdd parent task dependency. This API is deprecated. Use API ModifyTaskLinksDs.",
    "zh": {
      "summary": "添加父任务依赖（废弃）",
      "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n添加父任务依赖。本接口已废弃，请使用接口ModifyTaskLinksDs。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "TaskFrom",
        "type": "string",
        "required": true,
        "description": "Parent Task ID",
        "zh": "父任务ID"
      },
      {
        "name": "TaskTo",
        "type": "string",
        "required": true,
        "description": "Subtask ID",
        "zh": "子任务ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Subtask Workflow",
        "zh": "子任务工作流"
      },
      {
        "name": "RealFromWorkflowId",
        "type": "string",
        "required": true,
        "description": "Parent Task Workflow",
        "zh": "父任务工作流"
      },
      {
        "name": "LinkDependencyType",
        "type": "string",
        "required": false,
        "description": "Dependency Relationship Between Parent and Child Tasks",
        "zh": "父子任务之间的依赖关系"
      }
    ]
  },
  "ModifyTaskLinksDs": {
    "summary": "Add parent task dependency for the current task",
    "description": "This API is used to add parent task dependency.",
    "zh": {
      "summary": "添加当前任务父任务依赖",
      "description": "添加父任务依赖"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "TaskFrom",
        "type": "string",
        "required": true,
        "description": "Parent Task ID",
        "zh": "父任务ID"
      },
      {
        "name": "TaskTo",
        "type": "string",
        "required": true,
        "description": "Subtask ID",
        "zh": "子任务ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Subtask Workflow",
        "zh": "子任务工作流"
      },
      {
        "name": "RealFromWorkflowId",
        "type": "string",
        "required": true,
        "description": "Parent task Workflow",
        "zh": "父任务工作流"
      },
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "Request source, WEB frontend; CLIENT CLIENT.",
        "zh": "请求来源，WEB 前端；CLIENT 客户端"
      },
      {
        "name": "LinkDependencyType",
        "type": "string",
        "required": false,
        "description": "Dependency relationship between parent and child tasks.\nEnable all instances that normally depend on the parent task.\n    normal_all(1),\nnormal dependent on parent task first one.\nSpecifies the normal dependent on parent task, which is the last one (3).\nValid values: normal, any one of dependent on parent tasks (4).\nnormal dependent on parent task a specified one.\nself-Dependency, cannot use.\n\nInvalid dependent parent task for all instances. enable (forward dependency for tomorrow).\n    non_normal_all_forward(11),\nnon-normal dependent on parent task. first one forward (12).\nnon-normal dependent on parent task, last one.\nNot normal, dependent on parent task, any one.\nSpecifies a non-normal task that depends on the parent task and designates one.\n\nSpecifies that all instances dependent on a non-normal parent task are enabled (backward dependency on yesterday).\n    non_normal_all_backward(21),\nnon-normal dependent on parent task. first one backward (22).\nNot normal dependent on parent task last one backward.\nnon-normal dependent on parent task, any one.\nSpecifies a non-normal task that depends on the parent task.",
        "zh": "父子任务之间的依赖关系\n    正常的依赖父任务全部实例  启用\n    normal_all(1),\n    normal_first_one(2), 正常的依赖父任务 第一个\n    normal_last_one(3), 正常的依赖父任务 最后一个\n    normal_any_one(4), 正常的依赖父任务 任意一个\n    normal_specific_one(5), 正常的依赖父任务 指定的一个\n    self(6), 自身依赖，可能用不到\n\n     非正常的依赖父任务全部实例  启用（向前依赖  明天)\n    non_normal_all_forward(11),\n    non_normal_first_one_forward(12), 非正常的依赖父任务 第一个\n    non_normal_last_one_forward(13), 非正常的依赖父任务 最后一个\n    non_normal_any_one_forward(14), 非正常的依赖父任务 任意一个\n    non_normal_specific_one_forward(15),非正常的依赖父任务 指定一个\n\n    非正常的依赖父任务全部实例  启用（向后依赖 昨天）\n    non_normal_all_backward(21),\n    non_normal_first_one_backward(22), 非正常的依赖父任务 第一个\n    non_normal_last_one_backward(23), 非正常的依赖父任务 最后一个\n    non_normal_any_one_backward(24), 非正常的依赖父任务 任意一个\n    non_normal_specific_one_backward(25) 非正常的依赖父任务 指定一个"
      },
      {
        "name": "LinkExt",
        "type": "string",
        "required": false,
        "description": "Additional attribute information such as branch node and merge node information.",
        "zh": "额外的属性信息 如分支节点、归并节点信息"
      }
    ]
  },
  "ModifyTaskName": {
    "summary": "Rename Task (Task Editing)",
    "description": "Rename Task (Task Editing)",
    "zh": {
      "summary": "重命名任务（任务编辑）",
      "description": "重命名任务（任务编辑）"
    },
    "members": [
      {
        "name": "TaskName",
        "type": "string",
        "required": true,
        "description": "Name",
        "zh": "名称"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project/workspace ID",
        "zh": "项目/工作空间id"
      },
      {
        "name": "Notes",
        "type": "string",
        "required": false,
        "description": "Remarks",
        "zh": "备注"
      }
    ]
  },
  "ModifyTaskScript": {
    "summary": "Modify Task Script",
    "description": "<p style=\"color:red;\">[Note: This version is only available to a portion of allowlist customers in the Guangzhou Region]</p>\nModify Task Script",
    "zh": {
      "summary": "修改任务脚本（废弃）",
      "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n修改任务脚本。本接口已废弃，请使用接口ModifyTaskInfoDs。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务ID"
      },
      {
        "name": "ScriptContent",
        "type": "string",
        "required": false,
        "description": "Script content Base64 encoded",
        "zh": "存在脚本的任务必填（shell任务、Hive任务、python任务等），脚本内容 base64编码"
      },
      {
        "name": "IntegrationNodeDetails",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Integrated Task Script Configuration",
        "zh": "集成任务脚本配置"
      }
    ]
  },
  "ModifyWorkflowInfo": {
    "summary": "Updates workflow information (Deprecated)",
    "description": "This API is used to update workflow information. (deprecated). Use API UpdateWorkflowInfo.",
    "zh": {
      "summary": "更新工作流信息（废弃）",
      "description": "更新工作流信息。本接口已废弃，请使用接口UpdateWorkflowInfo。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID",
        "zh": "工作流id"
      },
      {
        "name": "Owner",
        "type": "string",
        "required": false,
        "description": "Person in Charge",
        "zh": "责任人"
      },
      {
        "name": "OwnerId",
        "type": "string",
        "required": false,
        "description": "Responsible Person ID",
        "zh": "责任人id"
      },
      {
        "name": "WorkflowDesc",
        "type": "string",
        "required": false,
        "description": "Remarks",
        "zh": "备注"
      },
      {
        "name": "WorkflowName",
        "type": "string",
        "required": false,
        "description": "Workflow name",
        "zh": "工作流名称"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": false,
        "description": "Parent Folder ID",
        "zh": "所属文件夹id"
      },
      {
        "name": "UserGroupId",
        "type": "string",
        "required": false,
        "description": "Workflow User Group ID If multiple, separated by semicolons: a;b;c",
        "zh": "工作流所属用户分组id  若有多个,分号隔开: a;b;c"
      },
      {
        "name": "UserGroupName",
        "type": "string",
        "required": false,
        "description": "Workflow User Group Name If multiple, separated by semicolons: a;b;c",
        "zh": "工作流所属用户分组名称  若有多个,分号隔开: a;b;c"
      },
      {
        "name": "WorkflowParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Workflow Parameter List",
        "zh": "工作流参数列表"
      },
      {
        "name": "GeneralTaskParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Used to configure optimized parameters (Thread, Memory, CPU Core Count, etc.), applicable only to Spark SQL Node. Separate multiple parameters with English semicolons.",
        "zh": "用于配置优化参数（线程、内存、CPU核数等），仅作用于Spark SQL节点。多个参数用英文分号分隔。"
      }
    ]
  },
  "ModifyWorkflowSchedule": {
    "summary": "Updates workflow scheduling (Deprecated)",
    "description": "This API is used to update workflow scheduling. This API is deprecated. Use the RenewWorkflowSchedulerInfoDs API instead.",
    "zh": {
      "summary": "更新工作流调度（废弃）",
      "description": "更新工作流调度。本接口已废弃，请使用接口RenewWorkflowSchedulerInfoDs。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID",
        "zh": "工作流id"
      },
      {
        "name": "DelayTime",
        "type": "integer",
        "required": true,
        "description": "Delay time, in minutes",
        "zh": "延迟时间，单位分钟"
      },
      {
        "name": "StartupTime",
        "type": "integer",
        "required": true,
        "description": "Start Time",
        "zh": "启动时间"
      },
      {
        "name": "SelfDepend",
        "type": "integer",
        "required": true,
        "description": "Self-Dependency Type  1: Sequential serial, one at a time, queued, 2: Unordered serial, one at a time, not queued, 3: Parallel, multiple at once",
        "zh": "自依赖类型  1:有序串行 一次一个 排队, 2: 无序串行 一次一个 不排队， 3:并行 一次多个"
      },
      {
        "name": "CycleType",
        "type": "integer",
        "required": true,
        "description": "\"Cycle Type  0:crontab, 1:Minute,2:Hour,3:Day,4:Week,5:Month,6:One-time,7:User driven,10:Flexible cycle Week,11:Flexible cycle Month,12:Year,13:Immediate Trigger Instant type, isolated from normal cycle scheduling task logic",
        "zh": "\"周期类型  0:crontab类型, 1:分钟，2:小时，3:天，4:周，5:月，6:一次性，7:用户驱动，10:弹性周期 周,11:弹性周期 月,12:年,13:即时触发Instant类型，与正常周期调度任务逻辑隔离"
      },
      {
        "name": "CycleStep",
        "type": "integer",
        "required": true,
        "description": "Step Length, Interval Time, minimum of 1",
        "zh": "步长，间隔时间，最小1"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Effective Start Time, format yyyy-MM-dd HH:mm:ss",
        "zh": "生效开始时间，格式 yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "Effective End Time, format yyyy-MM-dd HH:mm:ss",
        "zh": "生效结束时间，格式 yyyy-MM-dd HH:mm:ss"
      },
      {
        "name": "TaskAction",
        "type": "string",
        "required": false,
        "description": "Scheduling Configuration - Elastic Cycle Configuration, applicable to Hourly/Weekly/Monthly/Yearly schedules. For hourly tasks scheduled at 0, 3, 4 o'clock, it would be '0,3,4'.",
        "zh": "调度配置-弹性周期配置，小时/周/月/年调度才有，小时任务指定每天的0点3点4点跑，则为'0,3,4'。"
      },
      {
        "name": "CrontabExpression",
        "type": "string",
        "required": false,
        "description": "Cron Expression is required only for Cron Tab Scheduling",
        "zh": "cron表达式  周期类型为crontab调度才需要"
      },
      {
        "name": "ExecutionStartTime",
        "type": "string",
        "required": false,
        "description": "Execution Time Left Closed Interval, format: HH:mm. Applicable only to hourly scheduling. For example, for hourly tasks, it specifies the effective interval every day",
        "zh": "执行时间左闭区间，格式：HH:mm  小时调度才有，例如小时任务, 每日固定区间生效"
      },
      {
        "name": "ExecutionEndTime",
        "type": "string",
        "required": false,
        "description": "Execution Time Right Closed Interval, format: HH:mm. Applicable only to hourly scheduling. For example, for hourly tasks, it specifies the effective interval every day",
        "zh": "执行时间右闭区间，格式：HH:mm  小时调度才有，例如小时任务, 每日固定区间生效"
      },
      {
        "name": "DependencyWorkflow",
        "type": "string",
        "required": false,
        "description": "Workflow Dependency, yes or no",
        "zh": "工作流依赖 ,yes 或者no"
      }
    ]
  },
  "MoveTasksToFolder": {
    "summary": "Move Task to Workflow Folder",
    "description": "Orchestration Space - Workflow - Move Task to Workflow Folder",
    "zh": {
      "summary": "移动任务到工作流文件夹",
      "description": "编排空间-工作流-移动任务到工作流文件夹"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID",
        "zh": "工作流ID"
      },
      {
        "name": "TaskFolderId",
        "type": "string",
        "required": true,
        "description": "Task Folder ID",
        "zh": "任务文件夹ID"
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Task ID",
        "zh": "任务ID"
      },
      {
        "name": "VirtualTaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Virtual Task ID",
        "zh": "虚拟任务ID"
      }
    ]
  },
  "RegisterDsEvent": {
    "summary": "Register an event",
    "description": "This API is used to register an event.",
    "zh": {
      "summary": "注册事件",
      "description": "注册事件"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "Event Name",
        "zh": "事件名称"
      },
      {
        "name": "EventSubType",
        "type": "string",
        "required": true,
        "description": "Event cycle type: \n1. minute: MIN\n2. HOUR: HOUR \n3. DAY: DAY",
        "zh": "事件周期类型 1、分钟：MIN    2、小时 ：HOUR    3、天：DAY"
      },
      {
        "name": "TimeToLive",
        "type": "string",
        "required": true,
        "description": "Event ttl. specifies a value that is an integer above 0",
        "zh": "事件存活时间，值为大于0的整数"
      },
      {
        "name": "TimeUnit",
        "type": "string",
        "required": true,
        "description": "Lifetime unit of the event: 1. day: DAYS 2. minute: MINUTES",
        "zh": "事件存活时间单位\t1、天：DAYS    2、分钟：MINUTES"
      },
      {
        "name": "Owner",
        "type": "string",
        "required": true,
        "description": "Event Owner Account Nickname",
        "zh": "事件所属人，账号昵称"
      },
      {
        "name": "Description",
        "type": "string",
        "required": true,
        "description": "Event Description",
        "zh": "事件描述"
      },
      {
        "name": "ValidConsumeCount",
        "type": "integer",
        "required": false,
        "description": "事件消费有效次数"
      }
    ]
  },
  "RegisterDsEventListener": {
    "summary": "注册事件监听者",
    "description": "注册事件监听者",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "Key",
        "type": "string",
        "required": true,
        "description": "任务Id"
      },
      {
        "name": "Type",
        "type": "string",
        "required": true,
        "description": "事件类型，默认 REST_API"
      },
      {
        "name": "EventName",
        "type": "string",
        "required": true,
        "description": "事件名称"
      },
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "请求来源，WEB 前端；CLIENT 客户端"
      },
      {
        "name": "Properties",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "配置信息，比如最长等待时间3天配置：[{\"ParamKey\":\"maxWaitEventTime\",\"ParamValue\":\"3\"},{\"ParamKey\":\"maxWaitEventTimeUnit\",\"ParamValue\":\"DAYS\"}]"
      },
      {
        "name": "EventProjectId",
        "type": "string",
        "required": false,
        "description": "事件所属项目id"
      }
    ]
  },
  "RegisterEvent": {
    "summary": "Register event (Deprecated)",
    "description": "<p style=\"color:red;\">[Note: This version is only available for partial allowlisted customers in the Guangzhou region]</p>.\nThis API is used to register events. This API is deprecated. Use API RegisterDsEvent.",
    "zh": {
      "summary": "注册事件（废弃）",
      "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n注册事件。本接口已废弃，请使用接口RegisterDsEvent。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "Event Name, supports English, numbers, and underscores, up to 20 characters long, cannot start with a number or underscore.",
        "zh": "事件名称，支持英文、数字和下划线，最长20个字符, 不能以数字下划线开头。"
      },
      {
        "name": "EventSubType",
        "type": "string",
        "required": true,
        "description": "Event Segmentation Type, cycle types: DAY, HOUR, MIN, SECOND",
        "zh": "事件分割类型，周期类型: DAY，HOUR，MIN，SECOND"
      },
      {
        "name": "EventBroadcastType",
        "type": "string",
        "required": true,
        "description": "Broadcast: BROADCAST, Unicast: SINGLE",
        "zh": "广播：BROADCAST,单播：SINGLE"
      },
      {
        "name": "TimeUnit",
        "type": "string",
        "required": true,
        "description": "For cycle types of day and hour: HOURS, For minutes: MINUTES, For seconds: SECONDS",
        "zh": "周期类型为天和小时为HOURS ，周期类型为分钟 ：MINUTES,周期类型为秒：SECONDS"
      },
      {
        "name": "Owner",
        "type": "string",
        "required": true,
        "description": "Event Owner",
        "zh": "事件所属人"
      },
      {
        "name": "EventType",
        "type": "string",
        "required": false,
        "description": "Required. event type. default value: TIME_SERIES.",
        "zh": "事件类型，不填会使用默认值 TIME_SERIES 填充"
      },
      {
        "name": "DimensionFormat",
        "type": "string",
        "required": false,
        "description": "Required. corresponds to day: yyyyMMdd, corresponds to HOUR: yyyyMMddHH, corresponds to MIN: yyyyMMddHHmm, corresponds to SECOND: yyyyMMddHHmmss. default value: yyyyMMdd.",
        "zh": "对应day： yyyyMMdd，对应HOUR：yyyyMMddHH，对应MIN：yyyyMMddHHmm，对应SECOND：yyyyMMddHHmmss，默认值：yyyyMMdd"
      },
      {
        "name": "TimeToLive",
        "type": "integer",
        "required": false,
        "description": "Uptime",
        "zh": "存活时间"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Event Description",
        "zh": "事件描述"
      }
    ]
  },
  "RegisterEventListener": {
    "summary": "Register Event Listener",
    "description": "<p style=\"color:red;\">[Note: This version is only available to a portion of allowlist customers in the Guangzhou Region]</p>\nRegister Event Listener",
    "zh": {
      "summary": "注册事件监听器（废弃）",
      "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n注册事件监听器。本接口已废弃，请使用接口RegisterDsEventListener。"
    },
    "members": [
      {
        "name": "Key",
        "type": "string",
        "required": true,
        "description": "Keyword, if it refers to a task, then pass the Task ID",
        "zh": "关键字，如果是任务，则传任务Id"
      },
      {
        "name": "EventName",
        "type": "string",
        "required": true,
        "description": "Event name",
        "zh": "事件名称"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "Type",
        "type": "string",
        "required": false,
        "description": "Event type, default REST_API",
        "zh": "事件类型，默认 REST_API"
      },
      {
        "name": "Properties",
        "type": "string",
        "required": false,
        "description": "Configuration information, for example, maximum waiting time 1 day configuration in json: {\"maxWaitEventTime\":1,\"maxWaitEventTimeUnit\":\"DAYS\"}",
        "zh": "配置信息，比如最长等待时间1天配置json：{\"maxWaitEventTime\":1,\"maxWaitEventTimeUnit\":\"DAYS\"}"
      }
    ]
  },
  "RemoveDatabase": {
    "summary": "移除database元数据",
    "description": "移除database元数据",
    "members": [
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": true,
        "description": "数据源id"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": true,
        "description": "database名称"
      }
    ]
  },
  "RemoveSchema": {
    "summary": "移除schema元数据",
    "description": "移除schema元数据",
    "members": [
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": true,
        "description": "数据源id"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": true,
        "description": "database名称"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": true,
        "description": "schema名称"
      }
    ]
  },
  "RemoveTable": {
    "summary": "移除table元数据",
    "description": "移除table元数据",
    "members": [
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": true,
        "description": "数据源id"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": true,
        "description": "database名称"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": true,
        "description": "schema名称"
      },
      {
        "name": "TableName",
        "type": "string",
        "required": true,
        "description": "表名称"
      }
    ]
  },
  "RemoveWorkflowDs": {
    "summary": "Delete orchestration space workflow",
    "description": "Delete orchestration space workflow",
    "zh": {
      "summary": "删除编排空间工作流",
      "description": "删除编排空间工作流"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID",
        "zh": "工作流ID"
      },
      {
        "name": "DeleteScript",
        "type": "string",
        "required": false,
        "description": "Whether to delete the script",
        "zh": "是否删除脚本"
      },
      {
        "name": "OperateIsInform",
        "type": "string",
        "required": false,
        "description": "Notify downstream if deleted",
        "zh": "删除是否通知下游"
      },
      {
        "name": "DeleteMode",
        "type": "string",
        "required": false,
        "description": "Whether to terminate ongoing tasks",
        "zh": "是否终止进行中的任务"
      }
    ]
  },
  "RenewWorkflowOwnerDs": {
    "summary": "Batch updates the task owner under a workflow",
    "description": "This API is used to batch update the task owner under a workflow.",
    "zh": {
      "summary": "批量更新工作流下任务责任人",
      "description": "批量更新工作流下任务责任人"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Workflow ID",
        "zh": "工作流ID"
      },
      {
        "name": "Owner",
        "type": "string",
        "required": true,
        "description": "Responsible Person",
        "zh": "责任人"
      },
      {
        "name": "OwnerId",
        "type": "string",
        "required": true,
        "description": "Responsible Person ID",
        "zh": "责任人ID"
      },
      {
        "name": "WorkflowIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Workflow ID List",
        "zh": "工作流ID列表"
      }
    ]
  },
  "RenewWorkflowSchedulerInfoDs": {
    "summary": "Updates the task scheduling information under a workflow",
    "description": "This API is used to update task scheduling information under a workflow.",
    "zh": {
      "summary": "更新工作流下任务调度信息",
      "description": "更新工作流下任务调度信息"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID",
        "zh": "工作流ID"
      },
      {
        "name": "DelayTime",
        "type": "integer",
        "required": false,
        "description": "Delay Time",
        "zh": "延迟时间"
      },
      {
        "name": "StartupTime",
        "type": "integer",
        "required": false,
        "description": "Start Time",
        "zh": "启动时间"
      },
      {
        "name": "SelfDepend",
        "type": "string",
        "required": false,
        "description": "Task Dependency",
        "zh": "任务依赖"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "Start Time",
        "zh": "开始时间"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "End Time",
        "zh": "结束时间"
      },
      {
        "name": "TaskAction",
        "type": "string",
        "required": false,
        "description": "Specified Running Time",
        "zh": "指定运行时间"
      },
      {
        "name": "CycleType",
        "type": "string",
        "required": false,
        "description": "Scheduling Cycle Time Unit",
        "zh": "调度周期时间单位"
      },
      {
        "name": "CycleStep",
        "type": "integer",
        "required": false,
        "description": "Scheduling Cycle",
        "zh": "调度周期"
      },
      {
        "name": "ExecutionStartTime",
        "type": "string",
        "required": false,
        "description": "Execution Time Left Closed Interval",
        "zh": "执行时间左闭区间"
      },
      {
        "name": "ExecutionEndTime",
        "type": "string",
        "required": false,
        "description": "Execution Time Right Closed Interval",
        "zh": "执行时间右闭区间"
      },
      {
        "name": "InstanceInitStrategy",
        "type": "string",
        "required": false,
        "description": "Task initialization strategy. valid values: T_PLUS_1, T_PLUS_0, T_MINUS_1",
        "zh": "任务初始化策略，T_PLUS_1、T_PLUS_0、T_MINUS_1"
      },
      {
        "name": "DependencyWorkflow",
        "type": "string",
        "required": false,
        "description": "Workflow dependency. valid values: yes or no",
        "zh": "工作流依赖，yes or no"
      },
      {
        "name": "CrontabExpression",
        "type": "string",
        "required": false,
        "description": "CrontabExpression"
      },
      {
        "name": "ModifyCycleValue",
        "type": "string",
        "required": false,
        "description": "0: Do not modify \n1: Change the upstream dependency configuration of the task to the default value",
        "zh": "0：不修改\n1：将任务的上游依赖配置改为默认值"
      },
      {
        "name": "CalendarOpen",
        "type": "string",
        "required": false,
        "description": "Whether calendar scheduling is enabled. 1 means enabled, and 0 means disabled.",
        "zh": "是否开启日历调度 1 开启 0关闭"
      },
      {
        "name": "CalendarName",
        "type": "string",
        "required": false,
        "description": "Calendar name.",
        "zh": "日历名称"
      },
      {
        "name": "CalendarId",
        "type": "string",
        "required": false,
        "description": "Calendar id.",
        "zh": "日历id"
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "description": "Specifies the time zone.",
        "zh": "时区"
      },
      {
        "name": "ClearLink",
        "type": "boolean",
        "required": false,
        "description": "Whether to automatically clean up links to unsupported tasks.",
        "zh": "是否自动清理不支持的任务链接"
      },
      {
        "name": "MainCyclicConfig",
        "type": "string",
        "required": false,
        "description": "ModifyCycleValue为1的时候生效，表示默认修改的上游依赖-时间维度"
      },
      {
        "name": "SubordinateCyclicConfig",
        "type": "string",
        "required": false,
        "description": "ModifyCycleValue为1的时候生效，表示默认修改的上游依赖-实例范围"
      }
    ]
  },
  "ReportDatabase": {
    "summary": "上报database元数据",
    "description": "上报database元数据",
    "members": [
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": true,
        "description": "数据源id"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": true,
        "description": "database名称,字符长度128内"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "描述,字符长度3000内"
      },
      {
        "name": "CreateTime",
        "type": "integer",
        "required": false,
        "description": "创建时间戳,毫秒,为空默认当前时间"
      },
      {
        "name": "ModifiedTime",
        "type": "integer",
        "required": false,
        "description": "修改时间戳,毫秒,为空默认当前时间"
      }
    ]
  },
  "ReportSchema": {
    "summary": "上报schema元数据",
    "description": "上报schema元数据",
    "members": [
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": true,
        "description": "数据源id"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": true,
        "description": "database名称,字符长度128内"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": true,
        "description": "schema名称,字符长度128内"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "描述,字符长度3000内"
      },
      {
        "name": "CreateTime",
        "type": "integer",
        "required": false,
        "description": "创建时间戳,毫秒,为空默认当前时间"
      },
      {
        "name": "ModifiedTime",
        "type": "integer",
        "required": false,
        "description": "修改时间戳,毫秒,为空默认当前时间"
      }
    ]
  },
  "ReportTable": {
    "summary": "上报table元数据",
    "description": "上报table元数据,当前列数量限制在300",
    "members": [
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": true,
        "description": "数据源id"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": true,
        "description": "database名称,字符长度128内"
      },
      {
        "name": "TableName",
        "type": "string",
        "required": true,
        "description": "table名称,字符长度128内"
      },
      {
        "name": "Type",
        "type": "string",
        "required": true,
        "description": "表类型,VIEW/TABLE"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": false,
        "description": "schema名称,字符长度128内"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "描述,字符长度1000内"
      },
      {
        "name": "CreateTime",
        "type": "integer",
        "required": false,
        "description": "创建时间戳,毫秒,为空默认当前时间"
      },
      {
        "name": "ModifiedTime",
        "type": "integer",
        "required": false,
        "description": "修改时间戳,毫秒,为空默认当前时间"
      },
      {
        "name": "Columns",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "字段信息"
      }
    ]
  },
  "ReportTaskLineage": {
    "summary": "任务血缘上报接口",
    "description": "血缘上报接口",
    "members": [
      {
        "name": "ChannelType",
        "type": "string",
        "required": true,
        "description": "上报渠道"
      },
      {
        "name": "Task",
        "type": "object",
        "required": true,
        "description": "血缘任务"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      },
      {
        "name": "TableLineages",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "表血缘关系"
      },
      {
        "name": "ColumnLineages",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "列血缘关系"
      }
    ]
  },
  "ResumeIntegrationTask": {
    "summary": "Continue Integration Task",
    "description": "Continue Integration Task",
    "zh": {
      "summary": "继续实时集成任务",
      "description": "继续集成任务"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "Event",
        "type": "string",
        "required": false,
        "description": "Event type (START, STOP, SUSPEND, RESUME, COMMIT, TIMESTAMP)",
        "zh": "事件类型(START, STOP, SUSPEND, RESUME, COMMIT, TIMESTAMP)"
      },
      {
        "name": "ExtConfig",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Additional parameters",
        "zh": "额外参数"
      },
      {
        "name": "EventDesc",
        "type": "string",
        "required": false,
        "description": "Describe the type of front-end operation",
        "zh": "前端操作类型描述"
      }
    ]
  },
  "RobAndLockIntegrationTask": {
    "summary": "Preemptive locking of integration tasks",
    "description": "Preemptive locking of integration tasks",
    "zh": {
      "summary": "抢占锁定集成任务",
      "description": "抢占锁定集成任务"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "Task Type: 201. stream, 202. offline",
        "zh": "任务类型：201. stream,   202. offline"
      }
    ]
  },
  "RunForceSucScheduleInstances": {
    "summary": "Instance Operation and Maintenance - Instance Batch Successfully Configured",
    "description": "Instance Batch Successfully Configured",
    "zh": {
      "summary": "实例运维-实例批量置成功1",
      "description": "实例批量置成功"
    },
    "members": [
      {
        "name": "Instances",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Instance List",
        "zh": "实例列表"
      },
      {
        "name": "CheckFather",
        "type": "boolean",
        "required": false,
        "description": "Check Parent Task Type, true: Check parent task; false: Do not check parent task",
        "zh": "检查父任务类型, true: 检查父任务; false: 不检查父任务"
      },
      {
        "name": "RerunType",
        "type": "string",
        "required": false,
        "description": "Rerun Type, 1: Self; 3: Child; 2: Self and Child",
        "zh": "重跑类型, 1: 自身; 3: 孩子; 2: 自身以及孩子"
      },
      {
        "name": "DependentWay",
        "type": "string",
        "required": false,
        "description": "Instance Dependency Mode, 1: Self-dependent; 2: Task-dependent; 3: Self and Parent-Child dependent",
        "zh": "实例依赖方式, 1: 自依赖; 2: 任务依赖; 3: 自依赖及父子依赖"
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "Rerun Ignore Event Listening or Not",
        "zh": "重跑忽略事件监听与否"
      },
      {
        "name": "SonInstanceType",
        "type": "string",
        "required": false,
        "description": "Downstream Instance Range 1: Within the workflow 2: Within the project 3: Across all workflows dependent on the project",
        "zh": "下游实例范围 1: 所在工作流 2: 所在项目 3: 所有跨工作流依赖的项目"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": false,
        "description": "Query conditions",
        "zh": "查询条件"
      },
      {
        "name": "OptType",
        "type": "string",
        "required": false,
        "description": "Access type",
        "zh": "访问类型"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": false,
        "description": "Operator Name",
        "zh": "操作者名称"
      },
      {
        "name": "OperatorId",
        "type": "string",
        "required": false,
        "description": "Operator ID",
        "zh": "操作者id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "Project Identifier",
        "zh": "项目标志"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "Project name",
        "zh": "项目名称"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "Index Page Number",
        "zh": "索引页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size",
        "zh": "页面大小"
      },
      {
        "name": "Count",
        "type": "integer",
        "required": false,
        "description": "Total Data",
        "zh": "数据总数"
      },
      {
        "name": "RequestBaseInfo",
        "type": "object",
        "required": false,
        "description": "Basic Request Information",
        "zh": "基础请求信息"
      },
      {
        "name": "IsCount",
        "type": "boolean",
        "required": false,
        "description": "Whether to Calculate Total",
        "zh": "是否计算总数"
      },
      {
        "name": "AsyncMode",
        "type": "boolean",
        "required": false,
        "description": "是否异步模式"
      }
    ]
  },
  "RunRerunScheduleInstances": {
    "summary": "Task Operation and Maintenance - Instance Batch Rerun",
    "description": "Instance Batch Rerun",
    "zh": {
      "summary": "任务运维-实例批量重跑",
      "description": "实例批量重跑"
    },
    "members": [
      {
        "name": "Instances",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Instance List",
        "zh": "必填，实例列表，每项必填TaskId ，CurRunDate"
      },
      {
        "name": "CheckFather",
        "type": "boolean",
        "required": false,
        "description": "Check Parent Task Type, true: Check parent task; false: Do not check parent task",
        "zh": "必填，检查父任务类型, true: 检查父任务; false: 不检查父任务"
      },
      {
        "name": "RerunType",
        "type": "string",
        "required": false,
        "description": "Rerun Type, 1: Self; 3: Child; 2: Self and Child",
        "zh": "必填，重跑类型, 1: 自身; 3: 孩子; 2: 自身以及孩子"
      },
      {
        "name": "DependentWay",
        "type": "string",
        "required": false,
        "description": "Instance Dependency Mode, 1: Self-dependent; 2: Task-dependent; 3: Self and Parent-Child dependent",
        "zh": "实例依赖方式, 1: 自依赖; 2: 任务依赖; 3: 自依赖及父子依赖"
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "Rerun Ignore Event Listening or Not",
        "zh": "必填，重跑忽略事件监听与否"
      },
      {
        "name": "SonInstanceType",
        "type": "string",
        "required": false,
        "description": "Downstream Instance Range 1: Within the workflow 2: Within the project 3: Across all workflows dependent on the project",
        "zh": "下游实例范围 1: 所在工作流 2: 所在项目 3: 所有跨工作流依赖的项目"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": false,
        "description": "Query conditions",
        "zh": "查询条件"
      },
      {
        "name": "OptType",
        "type": "string",
        "required": false,
        "description": "Access type",
        "zh": "访问类型"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": false,
        "description": "Operator Name",
        "zh": "操作者名称"
      },
      {
        "name": "OperatorId",
        "type": "string",
        "required": false,
        "description": "Operator ID",
        "zh": "操作者id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "必填，项目id"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "Project Identifier",
        "zh": "项目标志"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "Project name",
        "zh": "项目名称"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "Index Page Number",
        "zh": "索引页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "Page size",
        "zh": "页面大小"
      },
      {
        "name": "Count",
        "type": "integer",
        "required": false,
        "description": "Total Data",
        "zh": "数据总数"
      },
      {
        "name": "RequestBaseInfo",
        "type": "object",
        "required": false,
        "description": "Basic Request Information",
        "zh": "基础请求信息"
      },
      {
        "name": "IsCount",
        "type": "boolean",
        "required": false,
        "description": "Whether to Calculate Total",
        "zh": "是否计算总数"
      },
      {
        "name": "AsyncMode",
        "type": "boolean",
        "required": false,
        "description": "必填，是否异步模式"
      },
      {
        "name": "CheckParentType",
        "type": "string",
        "required": false,
        "description": "是否检查上游任务： ALL（全部）、 MAKE_SCOPE（选中）、NONE （全部不检查）"
      },
      {
        "name": "SameSelfDependType",
        "type": "boolean",
        "required": false,
        "description": "任务原有自依赖配置 true（是）、false（否）"
      },
      {
        "name": "ParallelNum",
        "type": "integer",
        "required": false,
        "description": "实例运行并发度"
      },
      {
        "name": "SameSelfWorkflowDependType",
        "type": "boolean",
        "required": false,
        "description": "任务原有自依赖配置 true（是）、false（否）"
      },
      {
        "name": "SelfWorkflowDependency",
        "type": "string",
        "required": false,
        "description": "代表重新指定 的  是 或者 否  yes、 no"
      },
      {
        "name": "DataTimeOrder",
        "type": "integer",
        "required": false,
        "description": "运行实例数据时间排序 0---正常  1--正序  2 – 逆序"
      },
      {
        "name": "ReDoParams",
        "type": "string",
        "required": false,
        "description": "重跑参数"
      },
      {
        "name": "MapParamList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "重跑实例自定义参数"
      },
      {
        "name": "AppParam",
        "type": "string",
        "required": false,
        "description": "引擎应用执行参数"
      }
    ]
  },
  "RunTasksByMultiWorkflow": {
    "summary": "Batch startup of workflows",
    "description": "Batch startup of workflows",
    "zh": {
      "summary": "批量启动工作流",
      "description": "批量启动工作流"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "WorkflowIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "Workflow ID List",
        "zh": "工作流id列表"
      },
      {
        "name": "EnableMakeUp",
        "type": "integer",
        "required": true,
        "description": "Whether to supplement intermediate instances 0. Do not supplement 1. Supplement instance",
        "zh": "是否补录中间实例 0.不补录 1.补录实例"
      }
    ]
  },
  "SaveCustomFunction": {
    "summary": "Save User-Defined Function",
    "description": "Save User-Defined Function",
    "zh": {
      "summary": "保存用户自定义函数",
      "description": "保存用户自定义函数"
    },
    "members": [
      {
        "name": "FunctionId",
        "type": "string",
        "required": true,
        "description": "Function Unique Identifier",
        "zh": "函数唯一标识"
      },
      {
        "name": "Kind",
        "type": "string",
        "required": true,
        "description": "Classification: Window functions, Aggregation functions, Date functions...",
        "zh": "分类：窗口函数、聚合函数、日期函数......"
      },
      {
        "name": "ClusterIdentifier",
        "type": "string",
        "required": true,
        "description": "Cluster Engine Instance",
        "zh": "集群引擎实例"
      },
      {
        "name": "ClassName",
        "type": "string",
        "required": true,
        "description": "Class",
        "zh": "类名"
      },
      {
        "name": "ResourceList",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Resource list",
        "zh": "资源列表"
      },
      {
        "name": "Description",
        "type": "string",
        "required": true,
        "description": "Function Description",
        "zh": "函数说明"
      },
      {
        "name": "Usage",
        "type": "string",
        "required": true,
        "description": "Usage",
        "zh": "用法"
      },
      {
        "name": "ParamDesc",
        "type": "string",
        "required": true,
        "description": "Parameter description",
        "zh": "参数说明"
      },
      {
        "name": "ReturnDesc",
        "type": "string",
        "required": true,
        "description": "Return value description",
        "zh": "返回值说明"
      },
      {
        "name": "Example",
        "type": "string",
        "required": true,
        "description": "Sample code",
        "zh": "示例"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID, cannot be modified, used by DLC when saving the function",
        "zh": "项目id，不支持修改，dlc侧创建函数保存时用"
      },
      {
        "name": "DbName",
        "type": "string",
        "required": false,
        "description": "Database Name, cannot be modified, used by DLC when saving the function",
        "zh": "数据库名称，不支持修改，dlc侧创建函数保存时用"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Function Name, cannot be modified, used by DLC when saving the function",
        "zh": "函数名称，不支持修改，dlc侧创建函数保存时用"
      }
    ]
  },
  "SetTaskAlarmNew": {
    "summary": "Set Task Alerts, Create (Update) Alert Information",
    "description": "<p style=\"color:red;\">[Note: This version is only available to a portion of allowlist customers in the Guangzhou Region]</p>\nSet Task Alerts, Create/Update Alert Information (Latest)",
    "zh": {
      "summary": "设置任务告警，新建（更新）告警信息",
      "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n设置任务告警，新建/更新告警信息（最新）"
    },
    "members": [
      {
        "name": "AlarmInfoList",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "Setting Task Timeout Alert and Failure Alert Information",
        "zh": "设置任务超时告警和失败告警信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      }
    ]
  },
  "StartIntegrationTask": {
    "summary": "Initiate Integration Task",
    "description": "Initiate Integration Task",
    "zh": {
      "summary": "启动实时集成任务",
      "description": "启动集成任务"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "Event",
        "type": "string",
        "required": false,
        "description": "Event type (START, STOP, SUSPEND, RESUME, COMMIT, TIMESTAMP)",
        "zh": "事件类型(START, STOP, SUSPEND, RESUME, COMMIT, TIMESTAMP)"
      },
      {
        "name": "ExtConfig",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Additional parameters",
        "zh": "额外参数"
      },
      {
        "name": "EventDesc",
        "type": "string",
        "required": false,
        "description": "Operation Type Description",
        "zh": "操作类型描述"
      }
    ]
  },
  "StopIntegrationTask": {
    "summary": "Stop Integration Task",
    "description": "Stop Integration Task",
    "zh": {
      "summary": "停止实时集成任务",
      "description": "停止集成任务"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "SubmitCustomFunction": {
    "summary": "Submit Custom Definition Function",
    "description": "Submit Custom Definition Function",
    "zh": {
      "summary": "提交自定义函数",
      "description": "提交自定义函数"
    },
    "members": [
      {
        "name": "FunctionId",
        "type": "string",
        "required": true,
        "description": "Function Unique Identifier",
        "zh": "函数唯一标识"
      },
      {
        "name": "ClusterIdentifier",
        "type": "string",
        "required": true,
        "description": "Cluster Instance ID",
        "zh": "集群实例 ID"
      },
      {
        "name": "Comment",
        "type": "string",
        "required": true,
        "description": "Remark Information",
        "zh": "备注信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目ID"
      }
    ]
  },
  "SubmitSqlTask": {
    "summary": "Submit SQL Task",
    "description": "Ad Hoc Analysis - Submit SQL Task",
    "zh": {
      "summary": "提交SQL任务",
      "description": "即席分析提交SQL任务"
    },
    "members": [
      {
        "name": "DatabaseType",
        "type": "string",
        "required": true,
        "description": "Database Type",
        "zh": "数据库类型"
      },
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": true,
        "description": "Data Source ID",
        "zh": "数据源Id"
      },
      {
        "name": "GroupId",
        "type": "string",
        "required": true,
        "description": "Resource Group ID",
        "zh": "资源组Id"
      },
      {
        "name": "ScriptId",
        "type": "string",
        "required": true,
        "description": "Script File ID",
        "zh": "脚本文件id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": false,
        "description": "Database name",
        "zh": "数据库名称"
      },
      {
        "name": "EngineId",
        "type": "string",
        "required": false,
        "description": "Execution Engine Instance ID",
        "zh": "执行引擎实例ID"
      },
      {
        "name": "ScriptContent",
        "type": "string",
        "required": false,
        "description": "Script Content",
        "zh": "脚本内容"
      },
      {
        "name": "ResourceQueue",
        "type": "string",
        "required": false,
        "description": "Resource Queue",
        "zh": "资源队列"
      },
      {
        "name": "DatasourceType",
        "type": "string",
        "required": false,
        "description": "Database Type",
        "zh": "数据库类型"
      },
      {
        "name": "ComputeResource",
        "type": "string",
        "required": false,
        "description": "Compute Resource Name",
        "zh": "计算资源名称"
      },
      {
        "name": "RunParams",
        "type": "string",
        "required": false,
        "description": "Advanced Running Parameters",
        "zh": "高级运行参数"
      },
      {
        "name": "ConfParams",
        "type": "string",
        "required": false,
        "description": "Advanced Settings",
        "zh": "高级设置"
      },
      {
        "name": "ScriptEncryption",
        "type": "boolean",
        "required": false,
        "description": "Whether the script content is Base64 encrypted",
        "zh": "脚本内容是否base64加密"
      }
    ]
  },
  "SubmitTask": {
    "summary": "Submit tasks (Deprecated)",
    "description": "<p style=\"color:red;\">[Note: This version is only available for partial whitelist customers in the Guangzhou zone]</p>.\nThis API is used to submit tasks. This API is deprecated. Use the CreateTaskVersionDs API.",
    "zh": {
      "summary": "提交任务（废弃）",
      "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n提交任务。本接口已废弃，请使用接口CreateTaskVersionDs。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
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
        "description": "Version Notes",
        "zh": "版本备注"
      },
      {
        "name": "StartScheduling",
        "type": "boolean",
        "required": true,
        "description": "Whether to Enable Scheduling",
        "zh": "是否启动调度"
      }
    ]
  },
  "SubmitTaskTestRun": {
    "summary": "Submit Workflow Test Run Task",
    "description": "No",
    "zh": {
      "summary": "提交工作流测试运行任务",
      "description": "无"
    },
    "members": [
      {
        "name": "TaskIds",
        "type": "string",
        "required": true,
        "description": "taskId list",
        "zh": "taskId列表"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "WorkFlowId",
        "type": "string",
        "required": false,
        "description": "Workflow ID",
        "zh": "工作流id"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "Workflow name",
        "zh": "工作流名称"
      },
      {
        "name": "Tasks",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Workflow Task List",
        "zh": "工作流任务列表"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Remarks",
        "zh": "备注"
      },
      {
        "name": "RunParams",
        "type": "string",
        "required": false,
        "description": "Runtime Parameters, JSON format of map",
        "zh": "运行参数，map的Json形式"
      },
      {
        "name": "ScriptContent",
        "type": "string",
        "required": false,
        "description": "Script Content",
        "zh": "脚本内容"
      },
      {
        "name": "VersionId",
        "type": "string",
        "required": false,
        "description": "Version number",
        "zh": "版本号"
      },
      {
        "name": "SubmitTaskTestRunType",
        "type": "string",
        "required": false,
        "description": "提交任务测试运行类型"
      }
    ]
  },
  "SubmitWorkflow": {
    "summary": "Submits a workflow (Deprecated)",
    "description": "Submit a workflow. This API is deprecated. Use the BatchCreateTaskVersionAsync API.",
    "zh": {
      "summary": "提交工作流（废弃）",
      "description": "接口已经废弃，调用会产生脏数据\n\n提交工作流。本接口已废弃，请使用接口BatchCreateTaskVersionAsync。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID",
        "zh": "工作流id"
      },
      {
        "name": "VersionRemark",
        "type": "string",
        "required": true,
        "description": "Submitted Version Notes",
        "zh": "提交的版本备注"
      },
      {
        "name": "StartScheduling",
        "type": "boolean",
        "required": true,
        "description": "Whether to Enable Scheduling",
        "zh": "是否启动调度"
      }
    ]
  },
  "SuspendIntegrationTask": {
    "summary": "Pause Integration Task",
    "description": "Pause Integration Task",
    "zh": {
      "summary": "暂停实时集成任务",
      "description": "暂停集成任务"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "Event",
        "type": "string",
        "required": false,
        "description": "Event Type (START, STOP, SUSPEND, SUSPEND_WITHOUT_SP, RESUME, COMMIT, TIMESTAMP)",
        "zh": "事件类型(START, STOP, SUSPEND, SUSPEND_WITHOUT_SP,RESUME, COMMIT, TIMESTAMP)"
      }
    ]
  },
  "TaskLog": {
    "summary": "Query Real-Time Task Logs API",
    "description": "Query Inlong Manager Logs",
    "zh": {
      "summary": "查询实时任务日志接口",
      "description": "查询Inlong manager日志"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "StartTime",
        "type": "integer",
        "required": true,
        "description": "Start timestamp, unit: milliseconds",
        "zh": "起始时间戳，单位毫秒"
      },
      {
        "name": "EndTime",
        "type": "integer",
        "required": true,
        "description": "End timestamp, unit: milliseconds",
        "zh": "结束时间戳，单位毫秒"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "Limit",
        "type": "integer",
        "required": false,
        "description": "Number of log pulls, default 100",
        "zh": "拉取日志数量，默认100"
      },
      {
        "name": "OrderType",
        "type": "string",
        "required": false,
        "description": "Log sorting, desc for descending, asc for ascending",
        "zh": "日志排序 desc 倒序 asc 顺序"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "Real-time task 201 Offline task 202 Default is real-time task",
        "zh": "实时任务 201   离线任务 202  默认实时任务"
      }
    ]
  },
  "TriggerDsEvent": {
    "summary": "Trigger events",
    "description": "Event Management - Triggered Events",
    "zh": {
      "summary": "触发事件",
      "description": "事件管理-触发事件"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "EventCaseList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Event Instance Information",
        "zh": "事件实例信息"
      },
      {
        "name": "EventBatchCaseList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Event Instance Information (Continuous Time)",
        "zh": "事件实例信息(连续时间)"
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "description": "触发时区"
      }
    ]
  },
  "TriggerEvent": {
    "summary": "Trigger event to generate event instance (Deprecated)",
    "description": "<p style=\"color:red;\">[Note: This version is only available to some allowlisted customers in the Guangzhou region]</p>.\nThis API is used to trigger event. This API is deprecated. Use API TriggerDsEvent.",
    "zh": {
      "summary": "触发事件生成事件实例（废弃）",
      "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n触发事件。本接口已废弃，请使用接口TriggerDsEvent。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "Case Name",
        "zh": "案例名称"
      },
      {
        "name": "Dimension",
        "type": "string",
        "required": true,
        "description": "Time format: If the trigger time is selected as June 21, 2022, it should be set to 20220621",
        "zh": "时间格式：如果选择触发时间：2022年6月21，则设置为20220621"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "Description",
        "zh": "描述信息"
      }
    ]
  },
  "TriggerManualTasks": {
    "summary": "手动任务触发运行",
    "description": "手动任务触发运行",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "TriggerName",
        "type": "string",
        "required": true,
        "description": "触发运行名称"
      },
      {
        "name": "TriggerScope",
        "type": "string",
        "required": true,
        "description": "运行范围 ENTIRE_WORKFLOW or SPECIFIED_TASK"
      },
      {
        "name": "DataTimeList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "运行数据时间列表"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "手动工作流ID"
      },
      {
        "name": "Remark",
        "type": "string",
        "required": false,
        "description": "备注"
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "需要运行的手动工作流任务列表TriggerScope=ENTIRE_WORKFLOW 时无需传此参数，TriggerScope=SPECIFIED_TASK此参数必传"
      },
      {
        "name": "SchedulerResourceGroup",
        "type": "string",
        "required": false,
        "description": "用户提交运行时指定的调度资源组，未指定时使用任务配置的调度资源组"
      },
      {
        "name": "IntegrationResourceGroup",
        "type": "string",
        "required": false,
        "description": "用户提交运行时指定的集成资源组，未指定时使用任务配置的集成资源组"
      },
      {
        "name": "ExecOrder",
        "type": "string",
        "required": false,
        "description": "执行顺序 ASC、RAND、DESC"
      },
      {
        "name": "CustomParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "自定义参数，最高优先级"
      },
      {
        "name": "ExtraParams",
        "type": "string",
        "required": false,
        "description": "页面反显使用，无业务含义"
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "description": "实例时间的时区"
      },
      {
        "name": "TimeType",
        "type": "string",
        "required": false,
        "description": "时间类型，DATA_TIME：数据时间、SCHEDULE_TIME：计划调度时间, 为空时会被当成DATA_TIME处理"
      }
    ]
  },
  "UnboundProjectExecutorResource": {
    "summary": "执行资源组-资源包解除绑定项目",
    "description": "商业化版本：执行资源组/资源包解除绑定项目",
    "members": [
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": true,
        "description": "执行资源组id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      },
      {
        "name": "ProjectIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "可选: 需要绑定的多个项目id, 若申明将带上ProjectId一起绑定"
      },
      {
        "name": "ExecutorResourcePackageIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "需要绑定项目的资源包id集合，为空则绑定整个资源组"
      }
    ]
  },
  "UnlockIntegrationTask": {
    "summary": "Unlock Integration Task",
    "description": "Unlock Integration Task",
    "zh": {
      "summary": "解锁实时集成任务",
      "description": "解锁集成任务"
    },
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "Task ID",
        "zh": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "UpdateCodeTemplate": {
    "summary": "更新代码模版",
    "description": "更新模版",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "CodeTemplateId",
        "type": "string",
        "required": true,
        "description": "模版id"
      },
      {
        "name": "CodeTemplateName",
        "type": "string",
        "required": true,
        "description": "模版名"
      },
      {
        "name": "InChargeId",
        "type": "string",
        "required": true,
        "description": "责任人列表"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": true,
        "description": "责任人名称"
      },
      {
        "name": "Ext",
        "type": "object",
        "required": true,
        "description": "扩展属性"
      },
      {
        "name": "BrokerIp",
        "type": "string",
        "required": false,
        "description": "执行机ip"
      },
      {
        "name": "ResourceGroup",
        "type": "string",
        "required": false,
        "description": "资源组id"
      },
      {
        "name": "CodeTemplateDesc",
        "type": "string",
        "required": false,
        "description": "模版描述"
      },
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "请求来源，WEB 前端；CLIENT 客户端"
      },
      {
        "name": "ScriptChange",
        "type": "boolean",
        "required": false,
        "description": "脚本是否发生变化"
      },
      {
        "name": "Content",
        "type": "string",
        "required": false,
        "description": "转Base64的代码内容"
      }
    ]
  },
  "UpdateDataModelRegistryInfo": {
    "summary": "（仅公有云）数语向Wedata注册，更新相关信息",
    "description": "数语向wedata注册，提供自身cam角色信息，跳转域名、ip、端口信息等",
    "members": [
      {
        "name": "CloudappId",
        "type": "string",
        "required": true,
        "description": "云应用的实例id"
      },
      {
        "name": "AppCamRole",
        "type": "string",
        "required": true,
        "description": "数语的CAM角色"
      },
      {
        "name": "Ip",
        "type": "string",
        "required": false,
        "description": "数语的公网访问ip"
      },
      {
        "name": "Port",
        "type": "integer",
        "required": false,
        "description": "数语的公网访问端口"
      },
      {
        "name": "AppCamRoleId",
        "type": "string",
        "required": false,
        "description": "数语的CAM角色id"
      },
      {
        "name": "Provider",
        "type": "string",
        "required": false,
        "description": "服务提供方"
      },
      {
        "name": "TenantId",
        "type": "string",
        "required": false,
        "description": "租户id"
      },
      {
        "name": "OwnId",
        "type": "string",
        "required": false,
        "description": "主账号id"
      },
      {
        "name": "VpcId",
        "type": "string",
        "required": false,
        "description": "VpcId"
      },
      {
        "name": "VpcRegion",
        "type": "string",
        "required": false,
        "description": "Vpc地域"
      },
      {
        "name": "Pip",
        "type": "string",
        "required": false,
        "description": "数语的内网访问ip"
      },
      {
        "name": "Pport",
        "type": "integer",
        "required": false,
        "description": "数语的内网访问端口"
      },
      {
        "name": "IsPublic",
        "type": "integer",
        "required": false,
        "description": "是否开放公网访问数语, 1:是，0:否，默认1开放"
      }
    ]
  },
  "UpdateProjectUserRole": {
    "summary": "Modify the user role of a project",
    "description": "This API is used to modify user roles in a project.",
    "zh": {
      "summary": "修改项目用户角色",
      "description": "修改项目用户角色"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目id"
      },
      {
        "name": "UserIds",
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
        "description": "Role ID",
        "zh": "角色id"
      }
    ]
  },
  "UpdateWorkflowInfo": {
    "summary": "Updates workflow information [integrated]",
    "description": "This API is developed in ds.\nThis API is used to update a workflow, including its basic information and workflow parameters.",
    "zh": {
      "summary": "更新工作流信息【整合】",
      "description": "<p style=\"color:red;\">[该接口为 ds 中开发]</p>\n更新工作流（包括工作流基本信息与工作流参数）"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": true,
        "description": "Operator Name",
        "zh": "操作者名称"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "Workflow ID",
        "zh": "工作流id"
      },
      {
        "name": "Owner",
        "type": "string",
        "required": false,
        "description": "Responsible Person",
        "zh": "责任人"
      },
      {
        "name": "OwnerId",
        "type": "string",
        "required": false,
        "description": "Responsible Person ID",
        "zh": "责任人id"
      },
      {
        "name": "WorkflowDesc",
        "type": "string",
        "required": false,
        "description": "Remarks",
        "zh": "备注"
      },
      {
        "name": "WorkflowName",
        "type": "string",
        "required": false,
        "description": "Workflow Name",
        "zh": "工作流名称"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": false,
        "description": "Folder ID",
        "zh": "所属文件夹id"
      },
      {
        "name": "UserGroupId",
        "type": "string",
        "required": false,
        "description": "Workflow user group id. if there are multiple, separate them with a semicolon: a;b;c",
        "zh": "工作流所属用户分组id  若有多个,分号隔开: a;b;c"
      },
      {
        "name": "UserGroupName",
        "type": "string",
        "required": false,
        "description": "Workflow user group name if there are multiple, separate with semicolons: a;b;c",
        "zh": "工作流所属用户分组名称  若有多个,分号隔开: a;b;c"
      },
      {
        "name": "WorkflowParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Workflow Parameter List",
        "zh": "工作流参数列表"
      },
      {
        "name": "GeneralTaskParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "Specifies configuration optimization parameters (such as threads, memory, and number of CPU cores), which apply to Spark SQL nodes. separate multiple parameters with semicolons.",
        "zh": "用于配置优化参数（线程、内存、CPU核数等），仅作用于Spark SQL节点。多个参数用英文分号分隔。"
      },
      {
        "name": "DependencyWorkflow",
        "type": "string",
        "required": false,
        "description": "工作流依赖，yes/no。开启后表示当前任务依赖本工作流上个周期的所有任务。仅支持当前任务所在工作流的任务全部为同周期的情况，如果非同周期则不生效，请在工作流-统一调度上进行配置。"
      }
    ]
  },
  "UpdateWorkflowOwner": {
    "summary": "Modify the workflow owner (Deprecated)",
    "description": "This API is used to modify the workflow owner. Deprecated. Use the RenewWorkflowOwnerDs API.",
    "zh": {
      "summary": "修改工作流责任人（废弃）",
      "description": "修改工作流责任人。本接口已废弃，请使用接口RenewWorkflowOwnerDs。"
    },
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "Project ID",
        "zh": "项目Id"
      },
      {
        "name": "WorkflowIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Workflow IDs",
        "zh": "工作流Ids"
      },
      {
        "name": "Owner",
        "type": "string",
        "required": false,
        "description": "Person in charge, separated by ';'",
        "zh": "责任人，多个以';'号分割"
      },
      {
        "name": "OwnerId",
        "type": "string",
        "required": false,
        "description": "Person in Charge UserId, separated by ';'",
        "zh": "责任人UserId，多个以';'号分割"
      }
    ]
  },
  "UploadContent": {
    "summary": "Development Space - Save Task Information",
    "description": "Save Task Information",
    "zh": {
      "summary": "开发空间-保存任务信息",
      "description": "保存任务信息"
    },
    "members": [
      {
        "name": "ScriptRequestInfo",
        "type": "object",
        "required": true,
        "description": "Script Upload Information",
        "zh": "脚本上传信息"
      },
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "Request Source, WEB frontend; CLIENT client",
        "zh": "请求来源，WEB 前端；CLIENT 客户端"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "Project ID",
        "zh": "项目id"
      }
    ]
  },
  "UploadResource": {
    "summary": "【资源管理】上传资源",
    "description": "资源管理-上传资源",
    "members": [
      {
        "name": "UploadResourceRequestInfo",
        "type": "object",
        "required": false,
        "description": "资源上传请求信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      }
    ]
  }
};
