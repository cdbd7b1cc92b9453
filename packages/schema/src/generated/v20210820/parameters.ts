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
    "summary": "添加项目用户角色",
    "description": "添加项目用户角色",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "UserIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "用户uin"
      },
      {
        "name": "RoleIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "角色id"
      }
    ]
  },
  "BatchCreateIntegrationTaskAlarms": {
    "summary": "批量创建任务告警规则",
    "description": "批量创建任务告警规则",
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "任务id"
      },
      {
        "name": "TaskAlarmInfo",
        "type": "object",
        "required": true,
        "description": "告警配置信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      }
    ]
  },
  "BatchCreateTaskVersionAsync": {
    "summary": "异步批量创建任务版本",
    "description": "异步批量创建任务版本",
    "members": [
      {
        "name": "Tasks",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "<p>任务信息</p>"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "<p>项目ID</p>"
      },
      {
        "name": "AutoRun",
        "type": "boolean",
        "required": false,
        "description": "<p>是否自动运行</p>"
      },
      {
        "name": "AlarmWays",
        "type": "string",
        "required": false,
        "description": "<p>告警方式:email-邮件;sms-短信;wecom-企业微信</p>"
      },
      {
        "name": "AlarmRecipientTypes",
        "type": "string",
        "required": false,
        "description": "<p>告警对象:1-项目管理员，2-任务责任人</p>"
      },
      {
        "name": "NeedCheckParentSubmitted",
        "type": "boolean",
        "required": false,
        "description": "<p>是否需要校验父任务已经提交到调度</p>"
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
    "summary": "批量删除集成任务",
    "description": "批量删除集成任务",
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "任务id"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "任务类型，201为实时任务，202为离线任务"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "DeleteKFFlag",
        "type": "integer",
        "required": false,
        "description": "是否删除开发态任务。默认不删除开发态，为 0 不删除 , 为 1 删除"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "操作名称"
      },
      {
        "name": "TaskNames",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "本次批量操作涉及任务，用于审计"
      }
    ]
  },
  "BatchDeleteOpsTasks": {
    "summary": "任务运维-批量删除任务",
    "description": "任务运维-批量删除任务",
    "members": [
      {
        "name": "TaskIdList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "批量删除的任务TaskId"
      },
      {
        "name": "DeleteMode",
        "type": "boolean",
        "required": true,
        "description": "true : 删除后下游任务可正常运行\nfalse：删除后下游任务不可运行"
      },
      {
        "name": "EnableNotify",
        "type": "boolean",
        "required": true,
        "description": "true：通知下游任务责任人\nfalse:  不通知下游任务责任人"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
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
    "summary": "批量置成功集成任务实例",
    "description": "批量置成功集成任务实例",
    "members": [
      {
        "name": "Instances",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "实例信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      }
    ]
  },
  "BatchKillIntegrationTaskInstances": {
    "summary": "批量终止集成任务实例",
    "description": "批量终止集成任务实例",
    "members": [
      {
        "name": "Instances",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "实例信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      }
    ]
  },
  "BatchMakeUpIntegrationTasks": {
    "summary": "批量补数据",
    "description": "对集成离线任务执行批量补数据操作",
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "任务id"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "任务类型，201为实时任务，202为离线任务"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": true,
        "description": "补数据开始时间"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": true,
        "description": "补数据结束时间"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      }
    ]
  },
  "BatchModifyOpsOwners": {
    "summary": "任务运维-批量修改任务责任人",
    "description": "批量修改任务责任人",
    "members": [
      {
        "name": "TaskIdList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "需要更新责任人的TaskId数组"
      },
      {
        "name": "Owners",
        "type": "string",
        "required": true,
        "description": "需要更新的责任人userId信息，多个责任人用;连接"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      }
    ]
  },
  "BatchRerunIntegrationTaskInstances": {
    "summary": "批量重跑集成任务实例",
    "description": "批量重跑集成任务实例",
    "members": [
      {
        "name": "Instances",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "实例信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      }
    ]
  },
  "BatchResumeIntegrationTasks": {
    "summary": "批量继续执行集成任务",
    "description": "批量继续执行集成实时任务",
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "任务id"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "任务类型, 201为实时任务，202为离线任务"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      }
    ]
  },
  "BatchRunOpsTask": {
    "summary": "任务运维-批量启动任务",
    "description": "任务运维-任务列表 批量启动",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "EnableMakeUp",
        "type": "integer",
        "required": true,
        "description": "是否补录中间实例,0不补录;1补录"
      },
      {
        "name": "Tasks",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "任务id列表"
      }
    ]
  },
  "BatchStartIntegrationTasks": {
    "summary": "批量运行集成任务",
    "description": "批量运行集成任务",
    "members": [
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "任务类型，201为实时任务，202为离线任务"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "任务id"
      },
      {
        "name": "StartTaskInfoSet",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "批量运行集成任务，目前仅实时集成用到了这个参数"
      }
    ]
  },
  "BatchStopIntegrationTasks": {
    "summary": "批量停止集成任务",
    "description": "批量停止集成任务",
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "任务id"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "任务类型，201为实时任务，202为离线任务"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      }
    ]
  },
  "BatchStopOpsTasks": {
    "summary": "任务运维-批量停止任务",
    "description": "仅对任务状态为”调度中“和”已暂停“有效，对所选任务的任务实例进行终止，并停止调度",
    "members": [
      {
        "name": "TaskIdList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "批量停止任务的TaskId"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "KillInstance",
        "type": "boolean",
        "required": false,
        "description": "是否终止已生成的实例"
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
    "summary": "批量停止工作流",
    "description": "批量停止工作流",
    "members": [
      {
        "name": "WorkflowIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "工作流id列表"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "KillInstance",
        "type": "boolean",
        "required": false,
        "description": "是否终止已生成的实例"
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
    "summary": "批量暂停集成任务",
    "description": "批量暂停集成任务",
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "任务id"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "任务类型，201为实时任务，202为离线任务"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "Event",
        "type": "string",
        "required": false,
        "description": "事件类型(START, STOP, SUSPEND, SUSPEND_WITHOUT_SP,RESUME, COMMIT, TIMESTAMP)"
      },
      {
        "name": "TaskNames",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "本次批量操作涉及任务，用于审计"
      }
    ]
  },
  "BatchUpdateIntegrationTasks": {
    "summary": "批量更新集成任务",
    "description": "批量更新集成任务（暂时仅支持批量更新责任人）",
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "任务id"
      },
      {
        "name": "Incharge",
        "type": "string",
        "required": true,
        "description": "责任人（多个责任人用小写分号隔开；离线任务传入的是账号名，实时任务传入的是账号id）"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "任务类型"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "InchargeIds",
        "type": "string",
        "required": false,
        "description": "责任人Id（多个责任人用小写分号隔开）"
      },
      {
        "name": "TaskNames",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "本次批量操作涉及任务，用于审计"
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
    "summary": "判断告警规则重名",
    "description": "判断告警规则重名",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目名称"
      },
      {
        "name": "AlarmRegularName",
        "type": "string",
        "required": true,
        "description": "规则名称"
      },
      {
        "name": "Id",
        "type": "string",
        "required": false,
        "description": "主键ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "任务类型:201.实时,202.离线"
      },
      {
        "name": "MonitorType",
        "type": "integer",
        "required": false,
        "description": "监控对象类型(1:所有任务,2:指定任务,3:指定责任人,4:指定资源组)"
      }
    ]
  },
  "CheckIntegrationNodeNameExists": {
    "summary": "判断集成节点名称是否存在",
    "description": "判断集成节点名称是否存在",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务ID"
      },
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "节点名称"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "Id",
        "type": "integer",
        "required": false,
        "description": "节点ID"
      }
    ]
  },
  "CheckIntegrationTaskNameExists": {
    "summary": "判断集成任务名称是否存在",
    "description": "判断集成任务名称是否存在",
    "members": [
      {
        "name": "TaskName",
        "type": "string",
        "required": true,
        "description": "任务名称"
      },
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
        "description": "任务ID"
      },
      {
        "name": "SyncType",
        "type": "integer",
        "required": false,
        "description": "同步类型1.单表同步，2.解决方案"
      }
    ]
  },
  "CheckTaskNameExist": {
    "summary": "离线任务重名校验",
    "description": "离线任务重名校验",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id/工作空间id"
      },
      {
        "name": "TypeId",
        "type": "integer",
        "required": true,
        "description": "任务类型（跟调度传参保持一致27）"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": true,
        "description": "任务名"
      }
    ]
  },
  "CommitIntegrationTask": {
    "summary": "提交集成任务",
    "description": "提交集成任务",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "<p>任务id</p>"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "<p>项目id</p>"
      },
      {
        "name": "CommitType",
        "type": "integer",
        "required": false,
        "description": "<p>0.仅提交，1.立即启动，2.停止线上作业，丢弃作业状态数据，重新启动运行，3.暂停线上作业，保留作业状态数据，继续运行，4.保留作业状态数据，继续运行</p>"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "<p>实时任务 201   离线任务 202  默认实时任务</p>"
      },
      {
        "name": "ExtConfig",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "<p>额外参数</p>"
      },
      {
        "name": "VersionDesc",
        "type": "string",
        "required": false,
        "description": "<p>提交版本描述</p>"
      },
      {
        "name": "InstanceVersion",
        "type": "integer",
        "required": false,
        "description": "<p>提交版本号</p>"
      },
      {
        "name": "EventDesc",
        "type": "string",
        "required": false,
        "description": "<p>前端操作类型描述</p>"
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
    "summary": "提交规则组运行任务接口",
    "description": "提交规则组运行任务接口",
    "members": [
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "规则组ID"
      },
      {
        "name": "TriggerType",
        "type": "integer",
        "required": false,
        "description": "触发类型：1-手动触发，2-调度事件触发，3-周期调度触发"
      },
      {
        "name": "ExecRuleConfig",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "规则配置列表"
      },
      {
        "name": "ExecConfig",
        "type": "object",
        "required": false,
        "description": "执行配置"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      },
      {
        "name": "EngineType",
        "type": "string",
        "required": false,
        "description": "执行引擎类型，可选值：MYSQL, HIVE, SPARK, LIVY, DLC, GBASE, CDW_PG, TCHouse-P, DORIS, TCHouse-D"
      }
    ]
  },
  "CountOpsInstanceState": {
    "summary": "智能运维-统计任务实例状态",
    "description": "统计任务实例状态",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
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
    "summary": "创建用户自定义函数",
    "description": "创建用户自定义函数",
    "members": [
      {
        "name": "Type",
        "type": "string",
        "required": true,
        "description": "枚举值：HIVE、SPARK、DLC"
      },
      {
        "name": "Kind",
        "type": "string",
        "required": true,
        "description": "枚举值：ANALYSIS(函数)、ENCRYPTION(加密函数)、AGGREGATE(聚合函数)、LOGIC(逻辑函数)、DATE_AND_TIME(日期与时间函数)、MATH(数学函数)、CONVERSION(转换函数)、STRING(字符串函数)、IP_AND_DOMAIN(IP和域名函数)、WINDOW(窗口函数)、OTHER(其他函数)"
      },
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "函数名称"
      },
      {
        "name": "ClusterIdentifier",
        "type": "string",
        "required": true,
        "description": "集群实例引擎 ID"
      },
      {
        "name": "DbName",
        "type": "string",
        "required": false,
        "description": "数据库名称"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
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
    "summary": "数据源管理-创建数据源",
    "description": "创建数据源",
    "members": [
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "数据源名称，在相同SpaceName下，数据源名称不能为空"
      },
      {
        "name": "Category",
        "type": "string",
        "required": true,
        "description": "数据源类别：绑定引擎、绑定数据库"
      },
      {
        "name": "Type",
        "type": "string",
        "required": true,
        "description": "数据源类型:枚举值"
      },
      {
        "name": "OwnerProjectId",
        "type": "string",
        "required": true,
        "description": "归属项目ID"
      },
      {
        "name": "OwnerProjectName",
        "type": "string",
        "required": true,
        "description": "归属项目Name"
      },
      {
        "name": "OwnerProjectIdent",
        "type": "string",
        "required": true,
        "description": "归属项目Name中文"
      },
      {
        "name": "BizParams",
        "type": "string",
        "required": false,
        "description": "业务侧数据源的配置信息扩展"
      },
      {
        "name": "Params",
        "type": "string",
        "required": false,
        "description": "数据源的配置信息，以JSON KV存储，根据每个数据源类型不同，而KV存储信息不同"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "数据源描述信息"
      },
      {
        "name": "Display",
        "type": "string",
        "required": false,
        "description": "数据源展示名，为了可视化查看"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": false,
        "description": "若数据源列表为绑定数据库，则为db名称"
      },
      {
        "name": "Instance",
        "type": "string",
        "required": false,
        "description": "数据源引擎的实例ID，如CDB实例ID"
      },
      {
        "name": "Status",
        "type": "integer",
        "required": false,
        "description": "数据源数据源的可见性，1为可见、0为不可见。默认为1"
      },
      {
        "name": "ClusterId",
        "type": "string",
        "required": false,
        "description": "数据源所属的业务空间名称"
      },
      {
        "name": "Collect",
        "type": "string",
        "required": false,
        "description": "是否采集"
      },
      {
        "name": "COSBucket",
        "type": "string",
        "required": false,
        "description": "cos桶信息"
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
        "description": "连接测试结果"
      },
      {
        "name": "DevelopmentParams",
        "type": "string",
        "required": false,
        "description": "开发环境数据源配置"
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
    "summary": "创建文件夹",
    "description": "编排空间-创建文件夹",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "文件夹名称"
      },
      {
        "name": "ParentsFolderId",
        "type": "string",
        "required": false,
        "description": "父文件夹ID"
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
    "summary": "建hive表",
    "description": "建hive表",
    "members": [
      {
        "name": "DatasourceId",
        "type": "string",
        "required": true,
        "description": "数据源id"
      },
      {
        "name": "Database",
        "type": "string",
        "required": true,
        "description": "数据库名称"
      },
      {
        "name": "DDLSql",
        "type": "string",
        "required": true,
        "description": "base64转码之后的建表语句"
      },
      {
        "name": "Privilege",
        "type": "integer",
        "required": true,
        "description": "表权限 ，默认为0:项目共享;1:仅个人与管理员"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
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
        "description": "责任人"
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
    "summary": "创建hive表",
    "description": "创建hive表，返回表名称",
    "members": [
      {
        "name": "DatasourceId",
        "type": "string",
        "required": true,
        "description": "数据源ID"
      },
      {
        "name": "Database",
        "type": "string",
        "required": true,
        "description": "数据库"
      },
      {
        "name": "DDLSql",
        "type": "string",
        "required": true,
        "description": "建hive表ddl的base64编码"
      },
      {
        "name": "Privilege",
        "type": "integer",
        "required": true,
        "description": "表权限 ，默认为0:项目共享;1:仅个人与管理员"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "Type",
        "type": "string",
        "required": true,
        "description": "目标表类型(HIVE或GBASE)"
      },
      {
        "name": "Incharge",
        "type": "string",
        "required": false,
        "description": "责任人"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": false,
        "description": "schema名称"
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
    "summary": "创建集成节点",
    "description": "创建集成节点",
    "members": [
      {
        "name": "NodeInfo",
        "type": "object",
        "required": true,
        "description": "集成节点信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "任务类型，201为实时任务，202为离线任务"
      }
    ]
  },
  "CreateIntegrationTask": {
    "summary": "创建集成任务",
    "description": "创建集成任务",
    "members": [
      {
        "name": "TaskInfo",
        "type": "object",
        "required": true,
        "description": "任务信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      }
    ]
  },
  "CreateOfflineTask": {
    "summary": "创建离线任务",
    "description": "创建离线任务",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "CycleStep",
        "type": "integer",
        "required": true,
        "description": "间隔，可选，默认1。非空。默认 1"
      },
      {
        "name": "DelayTime",
        "type": "integer",
        "required": true,
        "description": "延时执行时间，单位分钟"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": true,
        "description": "任务结束数据时间。非空。默认当前时间"
      },
      {
        "name": "Notes",
        "type": "string",
        "required": true,
        "description": "备注"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": true,
        "description": "当前日期"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": true,
        "description": "任务名称"
      },
      {
        "name": "TypeId",
        "type": "integer",
        "required": true,
        "description": "跟之前调用调度接口保持一致27"
      },
      {
        "name": "TaskAction",
        "type": "string",
        "required": true,
        "description": "时间指定，如月任务指定1，3号，则填入 1，3。非空。默认 \"\" 月任务：如具体1，3号则写 \"1,3\"，指定月末不可和具体号数一起输入，仅能为 \"L\""
      },
      {
        "name": "TaskMode",
        "type": "string",
        "required": true,
        "description": "区分画布和表单"
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
    "summary": "任务运维-批量补数据（创建补录计划）",
    "description": "批量补数据（创建补录任务）",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "MakeName",
        "type": "string",
        "required": true,
        "description": "补录计划名称"
      },
      {
        "name": "TaskIdList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "补录任务集合"
      },
      {
        "name": "MakeDatetimeList",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "补录计划日期范围"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "项目标识"
      },
      {
        "name": "CheckParent",
        "type": "boolean",
        "required": false,
        "description": "补录是否检查父任务状态，默认不检查。不推荐使用，后续会废弃，推荐使用 CheckParentType。"
      },
      {
        "name": "CheckParentType",
        "type": "string",
        "required": false,
        "description": "补录检查父任务类型。取值范围：\n<li> NONE: 全部不检查 </li>\n<li> ALL: 检查全部上游父任务 </li>\n<li> MAKE_SCOPE: 只在（当前补录计划）选中任务中检查 </li>"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "项目名称"
      },
      {
        "name": "SelfDependence",
        "type": "string",
        "required": false,
        "description": "已弃用。任务自依赖类型：parallel（并行），serial（无序串行），orderly（有序串行）"
      },
      {
        "name": "ParallelNum",
        "type": "integer",
        "required": false,
        "description": "并行度"
      },
      {
        "name": "SameCycle",
        "type": "boolean",
        "required": false,
        "description": "补录实例生成周期是否和原周期相同，默认为true"
      },
      {
        "name": "TargetTaskCycle",
        "type": "string",
        "required": false,
        "description": "补录实例目标周期类型"
      },
      {
        "name": "TargetTaskAction",
        "type": "integer",
        "required": false,
        "description": "补录实例目标周期类型指定时间"
      },
      {
        "name": "MapParamList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "补录实例自定义参数"
      },
      {
        "name": "CreatorId",
        "type": "string",
        "required": false,
        "description": "创建人id"
      },
      {
        "name": "Creator",
        "type": "string",
        "required": false,
        "description": "创建人"
      },
      {
        "name": "Remark",
        "type": "string",
        "required": false,
        "description": "补录计划说明"
      },
      {
        "name": "SameSelfDependType",
        "type": "boolean",
        "required": false,
        "description": "是否使用任务原有自依赖配置，默认为true"
      },
      {
        "name": "SourceTaskCycle",
        "type": "string",
        "required": false,
        "description": "补录实例原始周期类型"
      },
      {
        "name": "SchedulerResourceGroup",
        "type": "string",
        "required": false,
        "description": "补录指定的调度资源组（ID） 为空则表示使用任务原有调度执行资源组"
      },
      {
        "name": "IntegrationResourceGroup",
        "type": "string",
        "required": false,
        "description": "补录指定的集成资源组（ID） 为空则表示使用任务原有集成执行资源组"
      },
      {
        "name": "SchedulerResourceGroupName",
        "type": "string",
        "required": false,
        "description": "补录指定的调度资源组名称 为空则表示使用任务原有调度执行资源组"
      },
      {
        "name": "IntegrationResourceGroupName",
        "type": "string",
        "required": false,
        "description": "补录指定的集成资源组名称 为空则表示使用任务原有集成执行资源组"
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
    "summary": "创建质量规则接口",
    "description": "创建质量规则接口",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      },
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "规则组Id"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "规则名称"
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
        "description": "规则模板列表"
      },
      {
        "name": "Type",
        "type": "integer",
        "required": false,
        "description": "规则类型：1-系统模版，2-自定义模版，3-自定义SQL"
      },
      {
        "name": "QualityDim",
        "type": "integer",
        "required": false,
        "description": "质量维度：1-准确性，2-唯一性，3-完整性，4-一致性，5-及时性，6-有效性"
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
        "description": "检测范围类型：1-全表，2-条件扫描"
      },
      {
        "name": "ConditionExpression",
        "type": "string",
        "required": false,
        "description": "条件扫描WHERE条件表达式"
      },
      {
        "name": "CustomSql",
        "type": "string",
        "required": false,
        "description": "自定义SQL"
      },
      {
        "name": "CompareRule",
        "type": "object",
        "required": false,
        "description": "报警触发条件"
      },
      {
        "name": "AlarmLevel",
        "type": "integer",
        "required": false,
        "description": "告警级别：1-低，2-中，3-高"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "规则描述"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "数据源Id"
      },
      {
        "name": "DatabaseId",
        "type": "string",
        "required": false,
        "description": "数据库Id"
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
        "description": "自定义模版sql表达式字段替换参数"
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
        "description": "执行引擎多选（位运算数组）：2-HIVE，4-SPARK，8-LIVY，16-DLC，64-TCHouse-P，128-DORIS，256-TCHouse-D，512-EMR-StarRocks，1024-TCHouse-X"
      }
    ]
  },
  "CreateRuleTemplate": {
    "summary": "创建规则模板",
    "description": "创建规则模板",
    "members": [
      {
        "name": "Type",
        "type": "integer",
        "required": false,
        "description": "模版类型：1-系统模版，2-用户自定义模版"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "模板名称"
      },
      {
        "name": "QualityDim",
        "type": "integer",
        "required": false,
        "description": "质量维度：1-准确性，2-唯一性，3-完整性，4-一致性，5-及时性，6-有效性"
      },
      {
        "name": "SourceObjectType",
        "type": "integer",
        "required": false,
        "description": "源数据对象类型：1-常量，2-离线表级，3-离线字段级别"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "模板描述"
      },
      {
        "name": "SourceEngineTypes",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "执行引擎多选（位运算数组）：2-HIVE，4-SPARK，8-LIVY，16-DLC，64-TCHouse-P，128-DORIS，256-TCHouse-D，512-EMR-StarRocks，1024-TCHouse-X"
      },
      {
        "name": "MultiSourceFlag",
        "type": "boolean",
        "required": false,
        "description": "是否关联其它库表"
      },
      {
        "name": "SqlExpression",
        "type": "string",
        "required": false,
        "description": "SQL 表达式"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目Id"
      },
      {
        "name": "WhereFlag",
        "type": "boolean",
        "required": false,
        "description": "是否添加where参数"
      }
    ]
  },
  "CreateTask": {
    "summary": "创建任务（废弃）",
    "description": "创建任务。本接口已废弃，请使用接口CreateTaskNew。",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "工作流id"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": true,
        "description": "任务名"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "26离线同步，30Python，31PySpark，32DLC，33Impala，34Hive SQL，35Shell，36Spark SQL，39Spark，40TCHouse-P，92MapReduce"
      },
      {
        "name": "TaskExt",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "扩展属性"
      }
    ]
  },
  "CreateTaskAlarmRegular": {
    "summary": "创建任务告警规则",
    "description": "创建任务告警规则",
    "members": [
      {
        "name": "TaskAlarmInfo",
        "type": "object",
        "required": true,
        "description": "告警配置信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      }
    ]
  },
  "CreateTaskFolder": {
    "summary": "创建任务文件夹",
    "description": "编排空间-工作流-创建任务文件夹",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "文件夹名称"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "工作流ID"
      },
      {
        "name": "ParentFolderId",
        "type": "string",
        "required": false,
        "description": "父文件夹ID"
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
    "summary": "聚合创建任务",
    "description": "聚合创建任务",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "工作流id"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": true,
        "description": "任务名"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "26离线同步，30Python，31PySpark，32DLC，33Impala，34Hive SQL，35Shell，36Spark SQL，39Spark，40CDW PG，92MapReduce"
      },
      {
        "name": "Content",
        "type": "string",
        "required": true,
        "description": "（必填参数）指定脚本内容，base64编码"
      },
      {
        "name": "TaskExt",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "扩展属性"
      },
      {
        "name": "ProductName",
        "type": "string",
        "required": false,
        "description": "产品名称"
      },
      {
        "name": "InstanceInitStrategy",
        "type": "string",
        "required": false,
        "description": "任务实例初始化策略"
      },
      {
        "name": "LeftCoordinate",
        "type": "number",
        "required": false,
        "description": "画布坐标横轴"
      },
      {
        "name": "TopCoordinate",
        "type": "number",
        "required": false,
        "description": "画布坐标纵轴"
      },
      {
        "name": "TaskFolderId",
        "type": "string",
        "required": false,
        "description": "工作流目录ID"
      },
      {
        "name": "CodeTemplateId",
        "type": "string",
        "required": false,
        "description": "代码模板ID"
      }
    ]
  },
  "CreateTaskVersionDs": {
    "summary": "提交任务版本",
    "description": "提交任务版本",
    "members": [
      {
        "name": "Task",
        "type": "object",
        "required": true,
        "description": "<p>任务id</p>"
      },
      {
        "name": "NeedCheckParentSubmitted",
        "type": "boolean",
        "required": true,
        "description": "<p>是否需要校验父任务已经提交到调度</p>"
      },
      {
        "name": "AutoRun",
        "type": "boolean",
        "required": true,
        "description": "<p>是否自动运行</p>"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "<p>项目ID</p>"
      },
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "请求来源，WEB 前端；CLIENT 客户端"
      },
      {
        "name": "AlarmWays",
        "type": "string",
        "required": false,
        "description": "<p>告警方式:email-邮件;sms-短信;wecom-企业微信</p>"
      },
      {
        "name": "AlarmRecipientTypes",
        "type": "string",
        "required": false,
        "description": "<p>告警对象:1-项目管理员，2-任务责任人</p>"
      },
      {
        "name": "EnableCheckTaskCycleLink",
        "type": "boolean",
        "required": false,
        "description": "<p>是否需要校验循环依赖，默认为 true，如果使用了 CheckTaskCycleLink 和 CheckTaskCycleConfiguration 两个接口校验成功可以传 false，后台服务器不再做校验</p>"
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
    "summary": "创建工作流",
    "description": "创建工作流",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "WorkflowName",
        "type": "string",
        "required": true,
        "description": "工作流名称"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "文件夹ID"
      },
      {
        "name": "WorkflowDesc",
        "type": "string",
        "required": false,
        "description": "工作流描述"
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
    "summary": "拉取dag实例",
    "description": "拉取dag实例",
    "members": [
      {
        "name": "Instances",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "实例列表"
      },
      {
        "name": "CheckFather",
        "type": "boolean",
        "required": false,
        "description": "检查父任务类型, true: 检查父任务; false: 不检查父任务"
      },
      {
        "name": "RerunType",
        "type": "string",
        "required": false,
        "description": "重跑类型, 1: 自身; 3: 孩子; 2: 自身以及孩子"
      },
      {
        "name": "DependentWay",
        "type": "string",
        "required": false,
        "description": "实例依赖方式, 1: 自依赖; 2: 任务依赖; 3: 自依赖及父子依赖"
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "重跑忽略事件监听与否"
      },
      {
        "name": "SonInstanceType",
        "type": "string",
        "required": false,
        "description": "下游实例范围 1: 所在工作流 2: 所在项目 3: 所有跨工作流依赖的项目"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": false,
        "description": "查询条件,当前接口需要把要查询的示例信息放在该字段"
      },
      {
        "name": "OptType",
        "type": "string",
        "required": false,
        "description": "访问类型"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": false,
        "description": "操作者名称"
      },
      {
        "name": "OperatorId",
        "type": "string",
        "required": false,
        "description": "操作者id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "项目标志"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "项目名称"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "索引页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "页面大小"
      },
      {
        "name": "Count",
        "type": "integer",
        "required": false,
        "description": "数据总数"
      },
      {
        "name": "RequestBaseInfo",
        "type": "object",
        "required": false,
        "description": "基础请求信息"
      },
      {
        "name": "IsCount",
        "type": "boolean",
        "required": false,
        "description": "是否计算总数"
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
    "summary": "删除用户自定义函数",
    "description": "删除用户自定义函数",
    "members": [
      {
        "name": "ClusterIdentifier",
        "type": "string",
        "required": false,
        "description": "集群实例 ID"
      },
      {
        "name": "FunctionId",
        "type": "string",
        "required": false,
        "description": "函数 ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID，必须填"
      },
      {
        "name": "FunctionName",
        "type": "string",
        "required": false,
        "description": "函数名称"
      },
      {
        "name": "FunctionType",
        "type": "string",
        "required": false,
        "description": "函数类型，HIVE，SPARK，DLC，CDW_POSTGRESQL"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": false,
        "description": "数据库名"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": false,
        "description": "模式名"
      },
      {
        "name": "CommandFormat",
        "type": "string",
        "required": false,
        "description": "函数命令格式"
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
    "summary": "数据源管理-删除数据源",
    "description": "删除数据源",
    "members": [
      {
        "name": "Ids",
        "type": "array",
        "required": true,
        "items": "integer",
        "description": "id列表"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      }
    ]
  },
  "DeleteDsFolder": {
    "summary": "删除文件夹",
    "description": "编排空间-删除文件夹",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "文件夹ID"
      }
    ]
  },
  "DeleteFile": {
    "summary": "开发空间-删除文件",
    "description": "删除文件",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "ResourceId",
        "type": "string",
        "required": true,
        "description": "资源id"
      }
    ]
  },
  "DeleteFilePath": {
    "summary": "开发空间-批量删除目录和文件",
    "description": "开发空间-批量删除目录和文件",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "ResourceIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "资源ID"
      },
      {
        "name": "UseStatus",
        "type": "string",
        "required": true,
        "description": "使用状态\n- true\n- false"
      },
      {
        "name": "FilePaths",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "文件路径"
      }
    ]
  },
  "DeleteIntegrationNode": {
    "summary": "删除集成节点",
    "description": "删除集成节点",
    "members": [
      {
        "name": "Id",
        "type": "string",
        "required": true,
        "description": "节点id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      }
    ]
  },
  "DeleteIntegrationTask": {
    "summary": "删除实时集成任务",
    "description": "删除集成任务",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
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
    "summary": "删除离线任务",
    "description": "删除任务",
    "members": [
      {
        "name": "OperatorName",
        "type": "string",
        "required": true,
        "description": "操作者name"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目/工作空间id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务id"
      },
      {
        "name": "VirtualFlag",
        "type": "boolean",
        "required": true,
        "description": "虚拟任务标记(跟之前调度接口保持一致默认false)"
      }
    ]
  },
  "DeleteProjectParamDs": {
    "summary": "删除项目参数",
    "description": "删除项目参数",
    "members": [
      {
        "name": "ParamKey",
        "type": "string",
        "required": true,
        "description": "参数名"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      }
    ]
  },
  "DeleteProjectUsers": {
    "summary": "删除项目用户",
    "description": "删除项目用户",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "UserIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "用户ID列表"
      }
    ]
  },
  "DeleteResource": {
    "summary": "删除资源（废弃）",
    "description": "资源管理删除资源。本接口已废弃，请使用接口DeleteResourceFile。",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "ResourceId",
        "type": "string",
        "required": true,
        "description": "资源ID"
      }
    ]
  },
  "DeleteResourceFile": {
    "summary": "【资源管理】删除资源",
    "description": "资源管理-删除资源文件",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "ResourceId",
        "type": "string",
        "required": true,
        "description": "资源id"
      }
    ]
  },
  "DeleteResourceFiles": {
    "summary": "【资源管理】批量删除资源",
    "description": "资源管理-批量删除资源文件",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "UseStatus",
        "type": "boolean",
        "required": true,
        "description": "使用状态， 为ture 判断资源的使用状态，如果使用中则不能删除"
      },
      {
        "name": "ResourceIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "资源id列表"
      },
      {
        "name": "FilePaths",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "需要删除的资源路径列表 即资源管理中的目录结构"
      }
    ]
  },
  "DeleteRule": {
    "summary": "删除质量规则接口",
    "description": "删除质量规则接口",
    "members": [
      {
        "name": "RuleId",
        "type": "integer",
        "required": false,
        "description": "质量规则ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      }
    ]
  },
  "DeleteRuleTemplate": {
    "summary": "删除规则模板",
    "description": "删除规则模板",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目Id"
      },
      {
        "name": "Ids",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "模板Id列表"
      }
    ]
  },
  "DeleteTaskAlarmRegular": {
    "summary": "删除任务告警规则",
    "description": "删除任务告警规则",
    "members": [
      {
        "name": "Id",
        "type": "string",
        "required": true,
        "description": "主键ID"
      },
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
        "description": "任务ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "任务类型(201表示实时任务，202表示离线任务)"
      }
    ]
  },
  "DeleteTaskDs": {
    "summary": "删除编排空间任务",
    "description": "删除编排空间任务",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "DeleteScript",
        "type": "boolean",
        "required": false,
        "description": "是否删除脚本\ntrue：删除\nfalse：不删除\n不传默认false"
      },
      {
        "name": "OperateInform",
        "type": "boolean",
        "required": false,
        "description": "任务操作是否消息通知下游任务责任人true：通知\nfalse：不通知\n不传默认false"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "任务ID\n和VirtualTaskId选填一个"
      },
      {
        "name": "VirtualTaskId",
        "type": "string",
        "required": false,
        "description": "虚拟任务id\n和TaskId选填一个"
      },
      {
        "name": "VirtualFlag",
        "type": "boolean",
        "required": false,
        "description": "虚拟任务标记\ntrue：是虚拟任务\nfalse：不是虚拟任务\n不传默认false"
      },
      {
        "name": "DeleteMode",
        "type": "boolean",
        "required": false,
        "description": "任务删除方式\ntrue：不针对下游任务实例进行强制失败\nfalse：针对下游任务实例进行强制失败\n不传默认false"
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
    "summary": "通过工作流Id删除工作流",
    "description": "通过工作流Id删除工作流",
    "members": [
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
      },
      {
        "name": "DeleteMode",
        "type": "boolean",
        "required": false,
        "description": "删除后下游任务的处理方式，true:下游任务均正常运行 false:下游任务均运行失败"
      },
      {
        "name": "EnableNotify",
        "type": "boolean",
        "required": false,
        "description": "删除任务后是否通知下游任务责任人, true:通知 false:不通知"
      }
    ]
  },
  "DescribeAlarmEvents": {
    "summary": "告警事件列表",
    "description": "告警事件列表",
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
        "required": true,
        "description": "当前页"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "每页记录数"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤条件(key可以是：AlarmLevel,AlarmIndicator,KeyWord)"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序字段（AlarmTime）"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "类型(201表示实时，202表示离线)"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "开始时间"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "结束时间"
      },
      {
        "name": "MonitorType",
        "type": "integer",
        "required": false,
        "description": "监控对象类型(1:所有任务,2:指定任务,3:指定责任人,4:指定资源组)"
      }
    ]
  },
  "DescribeAlarmReceiver": {
    "summary": "告警接收人详情",
    "description": "告警接收人详情",
    "members": [
      {
        "name": "AlarmId",
        "type": "string",
        "required": true,
        "description": "告警ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "当前页"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "每页记录数"
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
        "description": "类型"
      },
      {
        "name": "AlarmRecipient",
        "type": "string",
        "required": false,
        "description": "告警接收人ID(逗号分隔)"
      },
      {
        "name": "AlarmRecipientName",
        "type": "string",
        "required": false,
        "description": "告警接收人姓名(逗号分隔)"
      },
      {
        "name": "AlarmTime",
        "type": "string",
        "required": false,
        "description": "告警时间"
      },
      {
        "name": "MessageId",
        "type": "string",
        "required": false,
        "description": "消息ID"
      },
      {
        "name": "RecordId",
        "type": "integer",
        "required": false,
        "description": "告警记录id"
      },
      {
        "name": "MonitorType",
        "type": "integer",
        "required": false,
        "description": "监控对象类型(1:所有任务,2:指定任务,3:指定责任人,4:指定资源组)"
      }
    ]
  },
  "DescribeAllByFolderNew": {
    "summary": "查询父目录下所有子文件夹+工作流",
    "description": "查询父目录下所有子文件夹+工作流",
    "members": [
      {
        "name": "Folder",
        "type": "object",
        "required": false,
        "description": "文件夹属性"
      },
      {
        "name": "Workflows",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "工作流列表"
      },
      {
        "name": "TargetFolderId",
        "type": "string",
        "required": false,
        "description": "目标文件id"
      },
      {
        "name": "KeyWords",
        "type": "string",
        "required": false,
        "description": "关键字"
      },
      {
        "name": "ParentsFolderId",
        "type": "string",
        "required": false,
        "description": "父文件id"
      },
      {
        "name": "IsAddWorkflow",
        "type": "string",
        "required": false,
        "description": "拉取文件夹列表"
      },
      {
        "name": "TaskStates",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "任务状态"
      },
      {
        "name": "FindType",
        "type": "string",
        "required": false,
        "description": "搜索类型"
      },
      {
        "name": "OptType",
        "type": "string",
        "required": false,
        "description": "访问类型"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": false,
        "description": "操作者名称"
      },
      {
        "name": "OperatorId",
        "type": "string",
        "required": false,
        "description": "操作者id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "项目标志"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "项目名称"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "索引页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "页面大小"
      },
      {
        "name": "Count",
        "type": "integer",
        "required": false,
        "description": "数据总数"
      },
      {
        "name": "RequestBaseInfo",
        "type": "object",
        "required": false,
        "description": "基础请求信息"
      },
      {
        "name": "IsCount",
        "type": "boolean",
        "required": false,
        "description": "是否计算总数"
      }
    ]
  },
  "DescribeApproveList": {
    "summary": "获取待审批列表",
    "description": "获取待审批列表",
    "members": [
      {
        "name": "ApproveClassification",
        "type": "string",
        "required": true,
        "description": "审批分类key"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "分页大小"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "分页数"
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
      }
    ]
  },
  "DescribeApproveTypeList": {
    "summary": "获取审批分类列表",
    "description": "获取审批分类列表",
    "members": [
      {
        "name": "Classification",
        "type": "string",
        "required": true,
        "description": "类型key"
      }
    ]
  },
  "DescribeBaseBizCatalogs": {
    "summary": "数据类目基础信息列表",
    "description": "数据地图-信息配置 数据类目列表",
    "members": []
  },
  "DescribeBatchOperateTask": {
    "summary": "批量操作页面获取任务列表",
    "description": "批量操作页面获取任务列表",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "Page",
        "type": "string",
        "required": true,
        "description": "页码"
      },
      {
        "name": "Size",
        "type": "string",
        "required": true,
        "description": "页号"
      },
      {
        "name": "StatusList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "状态列表\n草稿：'NS'，'N','P','R'\n运行：''Y'\n停止：'F'\n冻结：'O'\n停止中：'T'"
      },
      {
        "name": "OwnerNameList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "责任人名列表"
      },
      {
        "name": "WorkflowIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "工作流列表"
      },
      {
        "name": "TaskNameFilter",
        "type": "string",
        "required": false,
        "description": "任务名称搜索"
      },
      {
        "name": "TaskTypeList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "任务类型列表"
      },
      {
        "name": "FordIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "文件夹列表"
      },
      {
        "name": "TaskIdFilter",
        "type": "string",
        "required": false,
        "description": "任务Id搜索"
      },
      {
        "name": "OwnerNameFilter",
        "type": "string",
        "required": false,
        "description": "责任人搜索"
      },
      {
        "name": "SortItem",
        "type": "string",
        "required": false,
        "description": "排序字段：\nUpdateTime\nCreateTime"
      },
      {
        "name": "SortType",
        "type": "string",
        "required": false,
        "description": "asc:升序\ndesc:降序"
      },
      {
        "name": "DataEngineList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "引擎类型列表：三种\nSparkJob\nSparkSql\npresto"
      },
      {
        "name": "UserId",
        "type": "string",
        "required": false,
        "description": "操作人名"
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
        "description": "数据源ID列表"
      },
      {
        "name": "DatasourceTypeList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "数据源类型列表"
      },
      {
        "name": "CycleUnitList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "调度单位类型列表"
      },
      {
        "name": "CanSubmit",
        "type": "boolean",
        "required": false,
        "description": "是否筛选出可提交的任务"
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
    "summary": "列出字段血缘信息",
    "description": "列出字段血缘信息",
    "members": [
      {
        "name": "Direction",
        "type": "string",
        "required": true,
        "description": "查询方向枚举值\n\n- INPUT\n- OUTPUT\n- BOTH"
      },
      {
        "name": "Data",
        "type": "object",
        "required": true,
        "description": "字段信息"
      },
      {
        "name": "InputDepth",
        "type": "integer",
        "required": false,
        "description": "单次查询入度"
      },
      {
        "name": "OutputDepth",
        "type": "integer",
        "required": false,
        "description": "单次查询出度"
      },
      {
        "name": "ExtParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "额外参数（传递调用方信息）"
      },
      {
        "name": "IgnoreTemp",
        "type": "boolean",
        "required": false,
        "description": "是否过滤临时表 默认值为true"
      }
    ]
  },
  "DescribeColumnsMeta": {
    "summary": "查询表的所有列元数据",
    "description": "查询表的所有列元数据",
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
      },
      {
        "name": "IsPartitionQuery",
        "type": "boolean",
        "required": false,
        "description": "是否查询分区字段，默认false"
      },
      {
        "name": "ComplianceId",
        "type": "integer",
        "required": false,
        "description": "合规组ID"
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
    "summary": "获取数据库信息",
    "description": "获取数据库信息",
    "members": [
      {
        "name": "Filters",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "过滤参数"
      },
      {
        "name": "ConnectionType",
        "type": "string",
        "required": true,
        "description": "连接类型"
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
    "summary": "查询数据库列表",
    "description": "查询数据库列表",
    "members": [
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤字段，projectIds/msTypes/createTime/modifiedTime"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序字段，如name"
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
    "summary": "数据质量数据监测情况接口",
    "description": "数据质量的概览页面数据监测情况接口",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "BeginDate",
        "type": "string",
        "required": true,
        "description": "开始时间，时间戳到秒"
      },
      {
        "name": "EndDate",
        "type": "string",
        "required": true,
        "description": "结束时间，时间戳到秒"
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
    "summary": "数据源管理-数据源详情",
    "description": "数据源详情",
    "members": [
      {
        "name": "Id",
        "type": "integer",
        "required": true,
        "description": "对象唯一ID"
      },
      {
        "name": "Env",
        "type": "string",
        "required": false,
        "description": "production：生产，development开发"
      }
    ]
  },
  "DescribeDataSourceInfoList": {
    "summary": "获取数据源信息",
    "description": "获取数据源信息-数据源分页列表",
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
        "required": false,
        "description": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "页数"
      },
      {
        "name": "Filters",
        "type": "object",
        "required": false,
        "description": "过滤条件（暂不支持）"
      },
      {
        "name": "OrderFields",
        "type": "object",
        "required": false,
        "description": "排序配置"
      },
      {
        "name": "Type",
        "type": "string",
        "required": false,
        "description": "数据源类型，MYSQL,TENCENT_MYSQL,TDSQL_MYSQL,HIVE,KAFKA,POSTGRE,CDW,ORACLE,SQLSERVER,FTP,HDFS,ICEBERG,HBASE,TDSQL,TDSQLC,SPARK,VIRTUAL,TBASE,DB2,DM,TDENGINE,GAUSSDB,GBASE,IMPALA,ES,TENCENT_ES,S3_DATAINSIGHT,GREENPLUM,PHOENIX,SAP_HANA,SFTP,OCEANBASE,CLICKHOUSE,TCHOUSE_C,KUDU,VERTICA,REDIS,COS,S3,DLC,DORIS,CKAFKA,TDMQ_PULSAR,MONGODB,TENCENT_MONGODB,FTP_FILE,HDFS_FILE,DTS_KAFKA,REST_API,FILE,TIDB,SYBASE,TCHOUSE_X,TDSQL_POSTGRE,TCHOUSE_P,TCHOUSE_D,STARROCKS,EMR_STARROCKS,TBDS_STARROCKS,TRINO,KYUUBI,GDB,INFLUXDB,BIG_QUERY,BLOB,FILESYSTEM,SHAREPOINT,KINGBASEES,HUDI等"
      },
      {
        "name": "DatasourceName",
        "type": "string",
        "required": false,
        "description": "数据源名称过滤"
      }
    ]
  },
  "DescribeDataSourceList": {
    "summary": "数据源管理-查询数据源分页列表",
    "description": "数据源详情",
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "<p>页码</p>"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "<p>返回数量</p>"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "<p>排序配置</p>"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "<p>可选过滤条件，Filter可选配置(参考): &quot;Name&quot;: { &quot;type&quot;: &quot;string&quot;, &quot;description&quot;: &quot;数据源名称&quot; }, &quot;Type&quot;: { &quot;type&quot;: &quot;string&quot;, &quot;description&quot;: &quot;类型&quot; }, &quot;ClusterId&quot;: { &quot;type&quot;: &quot;string&quot;, &quot;description&quot;: &quot;集群id&quot; }, &quot;CategoryId&quot;: { &quot;type&quot;: &quot;string&quot;, &quot;description&quot;: &quot;分类，项目或空间id&quot; }</p>"
      }
    ]
  },
  "DescribeDependOpsTasks": {
    "summary": "根据层级查找上-下游任务节点",
    "description": "根据层级查找上/下游任务节点",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务Id"
      },
      {
        "name": "Deep",
        "type": "integer",
        "required": true,
        "description": "上游/下游层级1-6级"
      },
      {
        "name": "Up",
        "type": "integer",
        "required": true,
        "description": "1: 表示查询上游节点；0:表示查询下游节点；2：表示查询上游和下游节点"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "任务工作流id"
      }
    ]
  },
  "DescribeDependTaskLists": {
    "summary": "通过taskIds查询task详情列表",
    "description": "通过taskIds查询task详情列表",
    "members": [
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "任务Id列表"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      }
    ]
  },
  "DescribeDimensionScore": {
    "summary": "查询维度评分",
    "description": "质量报告-查询质量评分",
    "members": [
      {
        "name": "StatisticsDate",
        "type": "integer",
        "required": true,
        "description": "统计日期 时间戳"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "数据来源id"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤参数"
      }
    ]
  },
  "DescribeDsFolderTree": {
    "summary": "编排空间-查询目录树",
    "description": "查询目录树",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "FirstLevelPull",
        "type": "boolean",
        "required": false,
        "description": "是否一级拉取 true 是 \nfalse 否"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": false,
        "description": "文件夹ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "工作流ID"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "关键字搜索"
      },
      {
        "name": "IncludeWorkflow",
        "type": "boolean",
        "required": false,
        "description": "是否包含工作流 true 是 \nfalse 否"
      },
      {
        "name": "IncludeTask",
        "type": "boolean",
        "required": false,
        "description": "是否包含任务 true 是 \nfalse 否"
      },
      {
        "name": "IncludeVirtualTask",
        "type": "boolean",
        "required": false,
        "description": "是否包含虚拟任务，当 IncludeTask 为 true 的时候，该参数才生效，默认为 true"
      },
      {
        "name": "TaskFolderId",
        "type": "string",
        "required": false,
        "description": "任务目录id"
      },
      {
        "name": "DisplayType",
        "type": "string",
        "required": false,
        "description": "classification.分类展示  catalog.目录展示"
      },
      {
        "name": "IncludeTaskFolder",
        "type": "boolean",
        "required": false,
        "description": "是否包含任务目录 true 是 \nfalse 否"
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
    "summary": "编排空间-查询父目录树",
    "description": "查询父目录树，用于工作流、任务定位",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": false,
        "description": "文件夹ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "工作流ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "任务id"
      },
      {
        "name": "DisplayType",
        "type": "string",
        "required": false,
        "description": "任务展示形式, 示例取值\n-    classification:分类展示\n-    catalog:目录展示"
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
    "summary": "实例运维-事件实例-查询事件详情",
    "description": "根据项目ID和事件名称查看事件详情",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "EventName",
        "type": "string",
        "required": true,
        "description": "事件名称"
      }
    ]
  },
  "DescribeEventCases": {
    "summary": "查找事件实例",
    "description": "根据条件查找事件实例",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "Category",
        "type": "string",
        "required": true,
        "description": "事件实例目录,示例取值:\n- 已过期: expired\n- 未过期: consuming\n- 全部: all"
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
        "description": "每页数目"
      },
      {
        "name": "EventName",
        "type": "string",
        "required": false,
        "description": "事件名称"
      },
      {
        "name": "EventSubType",
        "type": "string",
        "required": false,
        "description": "事件分割类型"
      },
      {
        "name": "CreationTimeStart",
        "type": "string",
        "required": false,
        "description": "事件实例最小创建时间"
      },
      {
        "name": "CreationTimeEnd",
        "type": "string",
        "required": false,
        "description": "事件实例最大创建时间"
      },
      {
        "name": "EventTriggeredTimeStart",
        "type": "string",
        "required": false,
        "description": "事件实例最小触发时间"
      },
      {
        "name": "EventTriggeredTimeEnd",
        "type": "string",
        "required": false,
        "description": "事件实例最大触发时间"
      },
      {
        "name": "LogTimeStart",
        "type": "string",
        "required": false,
        "description": "事件实例最小消费时间"
      },
      {
        "name": "LogTimeEnd",
        "type": "string",
        "required": false,
        "description": "事件实例最大消费时间"
      },
      {
        "name": "Dimension",
        "type": "string",
        "required": false,
        "description": "事件实例数据时间"
      },
      {
        "name": "TimeToLive",
        "type": "string",
        "required": false,
        "description": "事件实例有效时间"
      },
      {
        "name": "SortItem",
        "type": "string",
        "required": false,
        "description": "排序字段"
      },
      {
        "name": "SortType",
        "type": "string",
        "required": false,
        "description": "排序顺序"
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
    "summary": "事件实例-事件实例查看消费任务",
    "description": "查看事件实例的消费任务",
    "members": [
      {
        "name": "EventCaseId",
        "type": "string",
        "required": true,
        "description": "事件实例ID"
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
        "description": "每页数目"
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
    "summary": "查询规则组执行策略",
    "description": "查询规则组执行策略",
    "members": [
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "规则组Id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目Id"
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
    "summary": "字段基础信息查询",
    "description": "元数据模型-字段基础信息查询接口",
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "分页页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "分页大小"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤字段"
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
  "DescribeFolderWorkflowList": {
    "summary": "拉取文件夹下的工作流",
    "description": "根据项目id 获取项目下所有工作流列表",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "ParentsFolderId",
        "type": "string",
        "required": true,
        "description": "父文件夹ID"
      },
      {
        "name": "KeyWords",
        "type": "string",
        "required": false,
        "description": "关键字"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "页码，默认1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "页大小，默认10"
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
    "summary": "查询函数分类",
    "description": "查询函数分类",
    "members": []
  },
  "DescribeFunctionTypes": {
    "summary": "查询函数类型",
    "description": "查询函数类型",
    "members": []
  },
  "DescribeInstanceByCycle": {
    "summary": "周期实例统计",
    "description": "根据周期类型查询所有实例",
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
    "summary": "获取日志详情页面",
    "description": "日志获取详情页面",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务id"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": true,
        "description": "数据时间"
      }
    ]
  },
  "DescribeInstanceList": {
    "summary": "获取离线运维实例列表",
    "description": "获取实例列表",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目/工作空间id"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": true,
        "description": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "一页展示的条数"
      },
      {
        "name": "CycleList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "周期列表（如天，一次性），可选"
      },
      {
        "name": "OwnerList",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "责任人"
      },
      {
        "name": "InstanceType",
        "type": "string",
        "required": true,
        "description": "跟之前保持一致"
      },
      {
        "name": "Sort",
        "type": "string",
        "required": true,
        "description": "排序顺序（asc，desc）"
      },
      {
        "name": "SortCol",
        "type": "string",
        "required": true,
        "description": "排序列（costTime 运行耗时，startTime 开始时间，state 实例状态，curRunDate 数据时间）"
      },
      {
        "name": "TaskTypeList",
        "type": "array",
        "required": true,
        "items": "integer",
        "description": "类型列表（如python任务类型：30\npyspark任务类型：31\nhivesql任务类型：34\nshell任务类型：35\nsparksql任务类型：36 jdbcsql任务类型：21 dlc任务类型：32），可选"
      },
      {
        "name": "StateList",
        "type": "array",
        "required": true,
        "items": "integer",
        "description": "状态列表（如成功 2，正在执行 1），可选"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "任务名称"
      }
    ]
  },
  "DescribeInstanceLog": {
    "summary": "获取实例运行日志",
    "description": "获取实例运行日志",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务id"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": true,
        "description": "数据时间"
      },
      {
        "name": "BrokerIp",
        "type": "string",
        "required": true,
        "description": "服务器Ip"
      },
      {
        "name": "OriginFileName",
        "type": "string",
        "required": true,
        "description": "文件Name"
      }
    ]
  },
  "DescribeInstanceLogDetail": {
    "summary": "实例运维-获取具体实例相关日志信息内容",
    "description": "获取具体实例相关日志信息",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "<p>项目ID</p>"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "<p>任务id</p>"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": true,
        "description": "<p>数据时间</p>"
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
        "description": "<p>服务器Ip, 注意: &quot;BrokerIp+OriginFileName&quot;跟ExecutionJobId必须有一个不为空</p>"
      },
      {
        "name": "OriginFileName",
        "type": "string",
        "required": false,
        "description": "<p>文件Name, 注意: &quot;BrokerIp+OriginFileName&quot;跟ExecutionJobId必须有一个不为空</p>"
      },
      {
        "name": "StartCount",
        "type": "integer",
        "required": false,
        "description": "<p>起始行</p>"
      },
      {
        "name": "LineCount",
        "type": "integer",
        "required": false,
        "description": "<p>每次查询行数</p>"
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
    "summary": "下载日志文件",
    "description": "下载日志文件，返回日志下载URL",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "<p>项目ID</p>"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "<p>任务ID</p>"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": false,
        "description": "<p>实例数据时间</p>"
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
        "description": "<p>执行机IP</p>"
      },
      {
        "name": "OriginFileName",
        "type": "string",
        "required": false,
        "description": "<p>日志文件名</p>"
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
    "summary": "获取离线任务实例运行日志列表",
    "description": "离线任务实例运行日志列表",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务id"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": true,
        "description": "数据时间"
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
    "summary": "查询集成节点",
    "description": "查询集成节点",
    "members": [
      {
        "name": "Id",
        "type": "string",
        "required": true,
        "description": "节点id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "任务类型，201为实时任务，202为离线任务"
      }
    ]
  },
  "DescribeIntegrationStatistics": {
    "summary": "数据集成大屏概览",
    "description": "数据集成大屏概览",
    "members": [
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "任务类型（实时：201，离线：202）"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "QueryDate",
        "type": "string",
        "required": false,
        "description": "查询日期"
      }
    ]
  },
  "DescribeIntegrationStatisticsInstanceTrend": {
    "summary": "数据集成大屏实例状态统计趋势",
    "description": "数据集成大屏实例状态统计趋势",
    "members": [
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "任务类型（实时：201，离线：202）"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "QueryDate",
        "type": "string",
        "required": false,
        "description": "查询日期"
      },
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": false,
        "description": "资源组id"
      }
    ]
  },
  "DescribeIntegrationStatisticsRecordsTrend": {
    "summary": "数据集成大屏同步条数统计趋势",
    "description": "数据集成大屏同步条数统计趋势",
    "members": [
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "任务类型（实时：201，离线：202）"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "QueryDate",
        "type": "string",
        "required": false,
        "description": "查询日期"
      }
    ]
  },
  "DescribeIntegrationStatisticsTaskStatus": {
    "summary": "数据集成大屏任务状态分布统计",
    "description": "数据集成大屏任务状态分布统计",
    "members": [
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "任务类型（实时：201，离线：202）"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "QueryDate",
        "type": "string",
        "required": false,
        "description": "查询日期"
      },
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": false,
        "description": "资源组id"
      }
    ]
  },
  "DescribeIntegrationStatisticsTaskStatusTrend": {
    "summary": "数据集成大屏任务状态统计趋势",
    "description": "数据集成大屏任务状态统计趋势",
    "members": [
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "任务类型（实时：201，离线：202）"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "QueryDate",
        "type": "string",
        "required": false,
        "description": "查询日期"
      },
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": false,
        "description": "资源组id"
      }
    ]
  },
  "DescribeIntegrationTask": {
    "summary": "查询集成任务详情",
    "description": "查询集成任务",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "<p>任务id</p>"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "<p>项目id</p>"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "<p>任务类型，201: 实时集成任务,   202：离线集成任务，不传默认值为201 实时任务类型</p>"
      },
      {
        "name": "InstanceVersion",
        "type": "integer",
        "required": false,
        "description": "<p>提交版本号</p>"
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
    "summary": "查询集成任务列表",
    "description": "查询集成任务列表",
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
        "description": "分页第n页"
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
        "description": "查询filter;默认查询任务的开发态，如需查询生产态任务需添加{\"Values\":[\"true\"],\"Name\":\"ProductionState\"};如需查询查询任务状态需要查询生产态任务列表"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序字段信息"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "开始时间"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "结束时间"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "201. 实时同步, 202. 离线同步 默认实时"
      }
    ]
  },
  "DescribeIntegrationVersionNodesInfo": {
    "summary": "查询集成任务版本节点信息",
    "description": "查询集成任务版本节点信息",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "TaskVersionPath",
        "type": "string",
        "required": true,
        "description": "该任务选定版本的存储路径：\nDescribeDsTaskVersionList 或者 DescribeDsTaskVersionInfo 返回的对应的 TaskInfo.TaskExt.Properties 下 Base64.encode($region | $bucket | $ftp.file.name) 值"
      },
      {
        "name": "TaskVersion",
        "type": "string",
        "required": false,
        "description": "该任务选定版本id：\nDescribeDsTaskVersionList 或者 DescribeDsTaskVersionInfo 返回的对应的 VersionId 取值"
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
    "summary": "获取离线任务长连接Token",
    "description": "获取离线任务长连接Token",
    "members": []
  },
  "DescribeOperateOpsTasks": {
    "summary": "智能运维-任务运维列表组合条件查询",
    "description": "任务运维列表组合条件查询",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "FolderIdList",
        "type": "string",
        "required": false,
        "description": "文件夹id，多个文件夹以逗号分隔"
      },
      {
        "name": "WorkFlowIdList",
        "type": "string",
        "required": false,
        "description": "工作流id，多个工作流id之间以英文字符逗号分隔"
      },
      {
        "name": "WorkFlowNameList",
        "type": "string",
        "required": false,
        "description": "工作流名称，多个工作流名称之间以英文字符逗号分隔"
      },
      {
        "name": "TaskNameList",
        "type": "string",
        "required": false,
        "description": "任务名称，多个任务名称之间以英文字符逗号分隔"
      },
      {
        "name": "TaskIdList",
        "type": "string",
        "required": false,
        "description": "任务id，多个任务id之间以英文字符逗号分隔"
      },
      {
        "name": "PageNumber",
        "type": "string",
        "required": false,
        "description": "页号"
      },
      {
        "name": "PageSize",
        "type": "string",
        "required": false,
        "description": "分页大小"
      },
      {
        "name": "SortItem",
        "type": "string",
        "required": false,
        "description": "排序字段，支持字段为FirstSubmitTime和FirstRunTime，标识最近提交和首次执行事件"
      },
      {
        "name": "SortType",
        "type": "string",
        "required": false,
        "description": "排序类型。两种取值 DESC、ASC"
      },
      {
        "name": "InChargeList",
        "type": "string",
        "required": false,
        "description": "责任人，多个责任人之间以英文字符逗号分隔"
      },
      {
        "name": "TaskTypeIdList",
        "type": "string",
        "required": false,
        "description": "任务类型Id字符串，多个任务类型id之间以英文字符逗号分隔"
      },
      {
        "name": "StatusList",
        "type": "string",
        "required": false,
        "description": "任务状态字符串，多个任务状态之间以英文字符逗号分隔"
      },
      {
        "name": "TaskCycleUnitList",
        "type": "string",
        "required": false,
        "description": "任务周期类型字符串，多个任务周期之间以英文字符逗号分隔"
      },
      {
        "name": "ProductNameList",
        "type": "string",
        "required": false,
        "description": "任务所属产品类型"
      },
      {
        "name": "SourceServiceId",
        "type": "string",
        "required": false,
        "description": "数据源id或（仅针对离线同步任务）来源数据源id"
      },
      {
        "name": "SourceServiceType",
        "type": "string",
        "required": false,
        "description": "数据源类型或（仅针对离线同步任务）来源数据源类型"
      },
      {
        "name": "TargetServiceId",
        "type": "string",
        "required": false,
        "description": "（仅针对离线同步任务）目标数据源id"
      },
      {
        "name": "TargetServiceType",
        "type": "string",
        "required": false,
        "description": "（仅针对离线同步任务）目标数据源类型"
      },
      {
        "name": "AlarmType",
        "type": "string",
        "required": false,
        "description": "告警类型，多个类型以逗号分隔"
      },
      {
        "name": "ExecutorGroupIdList",
        "type": "string",
        "required": false,
        "description": "资源组id,多个资源组id之间以英文字符逗号分隔"
      },
      {
        "name": "TaskTags",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "任务标签"
      },
      {
        "name": "KeyWord",
        "type": "string",
        "required": false,
        "description": "查询关键字"
      },
      {
        "name": "InitStrategy",
        "type": "string",
        "required": false,
        "description": "实例生成方式"
      },
      {
        "name": "RequestResourceTypes",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "额外请求的资源类型"
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
    "summary": "实例运维-获取实例日志列表",
    "description": "实例运维-获取实例日志列表",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务id"
      },
      {
        "name": "CurRunDate",
        "type": "string",
        "required": true,
        "description": "数据时间"
      }
    ]
  },
  "DescribeOpsMakePlanInstances": {
    "summary": "数据补录-查看补录计划任务实例",
    "description": "根据补录计划和补录任务获取补录实例列表。",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "PlanId",
        "type": "string",
        "required": true,
        "description": "补录计划ID"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "补录任务ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "分页页码，默认值1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "分页大小，默认值10"
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
    "summary": "数据补录-查询补录计划",
    "description": "根据条件分页查询补录计划",
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
        "description": "分页数，默认值1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "分页大小，默认值10"
      },
      {
        "name": "PlanId",
        "type": "string",
        "required": false,
        "description": "补录计划ID"
      },
      {
        "name": "PlanName",
        "type": "string",
        "required": false,
        "description": "补录计划名称"
      },
      {
        "name": "TaskName",
        "type": "string",
        "required": false,
        "description": "补录任务名称"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "补录任务ID"
      },
      {
        "name": "Creator",
        "type": "string",
        "required": false,
        "description": "补录计划创建者"
      },
      {
        "name": "MinCreateTime",
        "type": "string",
        "required": false,
        "description": "补录计划最小创建时间"
      },
      {
        "name": "MaxCreateTime",
        "type": "string",
        "required": false,
        "description": "补录计划最大创建时间"
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
    "summary": "数据补录-查看补录计划任务",
    "description": "查看补录计划任务",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "PlanId",
        "type": "string",
        "required": true,
        "description": "补录计划ID"
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
        "description": "分页页码，默认值1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "分页大小，默认值10"
      }
    ]
  },
  "DescribeOpsWorkflows": {
    "summary": "查询用户生产工作流列表",
    "description": "查询用户生产工作流列表",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "ProductNameList",
        "type": "string",
        "required": false,
        "description": "任务产品类型名称列表，以 ',' 号分割"
      },
      {
        "name": "FolderIdList",
        "type": "string",
        "required": false,
        "description": "文件id列表，以 ',' 号分割"
      },
      {
        "name": "WorkFlowIdList",
        "type": "string",
        "required": false,
        "description": "工作流id，以 ',' 号分割"
      },
      {
        "name": "WorkFlowNameList",
        "type": "string",
        "required": false,
        "description": "工作流名称列表，以 ',' 号分割"
      },
      {
        "name": "TaskNameList",
        "type": "string",
        "required": false,
        "description": "任务名称列表，以 ',' 号分割"
      },
      {
        "name": "TaskIdList",
        "type": "string",
        "required": false,
        "description": "任务id列表，以 ',' 号分割"
      },
      {
        "name": "StatusList",
        "type": "string",
        "required": false,
        "description": "状态列表，以 ',' 号分割"
      },
      {
        "name": "InChargeList",
        "type": "string",
        "required": false,
        "description": "负责人列表，以 ',' 号分割"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "分页页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "分页大小"
      },
      {
        "name": "SortItem",
        "type": "string",
        "required": false,
        "description": "排序项"
      },
      {
        "name": "SortType",
        "type": "string",
        "required": false,
        "description": "排序方式，DESC或ASC"
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
    "summary": "查询全量函数（层级化）接口",
    "description": "查询全量函数",
    "members": [
      {
        "name": "Type",
        "type": "string",
        "required": true,
        "description": "场景类型：开发、使用"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目 ID"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "函数名称"
      },
      {
        "name": "DisplayName",
        "type": "string",
        "required": false,
        "description": "展示名称"
      },
      {
        "name": "EnvType",
        "type": "string",
        "required": false,
        "description": "标准模式开发环境：DEV\n标准模式生产环境：PROD\n简单模式：ALL"
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
    "summary": "获取项目信息",
    "description": "获取项目信息",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id。一般使用项目Id来查询，与projectName必须存在一个。"
      },
      {
        "name": "DescribeClusters",
        "type": "boolean",
        "required": false,
        "description": "是否展示关联集群信息"
      },
      {
        "name": "DescribeExecutors",
        "type": "boolean",
        "required": false,
        "description": "是否展示关联执行组的信息，仅部分信息。"
      },
      {
        "name": "DescribeAdminUsers",
        "type": "boolean",
        "required": false,
        "description": "默认不展示项目管理员信息"
      },
      {
        "name": "DescribeMemberCount",
        "type": "boolean",
        "required": false,
        "description": "默认不统计项目人员数量"
      },
      {
        "name": "DescribeCreator",
        "type": "boolean",
        "required": false,
        "description": "默认不查询创建者的信息"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "项目名只在租户内唯一，一般用来转化为项目ID。"
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
    "summary": "查询质量评分",
    "description": "质量报告-质量评分",
    "members": [
      {
        "name": "StatisticsDate",
        "type": "integer",
        "required": true,
        "description": "统计日期"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "数据来源id"
      },
      {
        "name": "ScoreType",
        "type": "string",
        "required": false,
        "description": "1:按全维度权重计算,2:按已配置维度权重计算,3:不按维度权重计算,默认1"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤参数"
      }
    ]
  },
  "DescribeQualityScoreTrend": {
    "summary": "查询质量分趋势",
    "description": "质量报告-质量分周期趋势",
    "members": [
      {
        "name": "StatisticsStartDate",
        "type": "integer",
        "required": true,
        "description": "统计开始日期"
      },
      {
        "name": "StatisticsEndDate",
        "type": "integer",
        "required": true,
        "description": "统计结束日期"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "数据来源id"
      },
      {
        "name": "ScoreType",
        "type": "string",
        "required": false,
        "description": "1:按全维度权重计算,2:按已配置维度权重计算,3:不按维度权重计算,默认1"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤参数"
      }
    ]
  },
  "DescribeRealTimeTaskInstanceNodeInfo": {
    "summary": "查询实时任务实例节点信息",
    "description": "查询实时任务实例节点信息",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "实时任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      }
    ]
  },
  "DescribeRealTimeTaskMetricOverview": {
    "summary": "实时任务运行指标概览",
    "description": "实时任务运行指标概览",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "要查看的实时任务的任务ID，可在任务列表页面中获得"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "要查看的项目ID"
      },
      {
        "name": "StartTime",
        "type": "integer",
        "required": false,
        "description": "开始时间"
      },
      {
        "name": "EndTime",
        "type": "integer",
        "required": false,
        "description": "结束时间"
      }
    ]
  },
  "DescribeRealTimeTaskSpeed": {
    "summary": "实时任务同步速度趋势",
    "description": "实时任务同步速度趋势",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务id"
      },
      {
        "name": "StartTime",
        "type": "integer",
        "required": true,
        "description": "带毫秒的时间戳"
      },
      {
        "name": "EndTime",
        "type": "integer",
        "required": true,
        "description": "带毫秒的时间戳"
      },
      {
        "name": "Granularity",
        "type": "integer",
        "required": true,
        "description": "粒度，1或者5"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
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
    "summary": "获取用量大盘任务详情",
    "description": "查询上报任务详情，注意：任务执行完后，任务详情上报存在10分钟的延迟，使用接口查询任务详情时需等待任务运行完10分钟后查询",
    "members": [
      {
        "name": "EngineTaskId",
        "type": "string",
        "required": true,
        "description": "引擎任务id"
      }
    ]
  },
  "DescribeReportTaskList": {
    "summary": "查询用量大盘任务列表",
    "description": "查询上报任务列表",
    "members": [
      {
        "name": "PageNum",
        "type": "integer",
        "required": false,
        "description": "页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "每页条数"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "任务id"
      },
      {
        "name": "InstanceId",
        "type": "string",
        "required": false,
        "description": "实例id"
      },
      {
        "name": "JobId",
        "type": "string",
        "required": false,
        "description": "作业id"
      },
      {
        "name": "EngineTaskId",
        "type": "string",
        "required": false,
        "description": "引擎任务id"
      },
      {
        "name": "ProductSource",
        "type": "string",
        "required": false,
        "description": "数据来源,DATA_INTEGRATION、DATA_EXPLORATION、DATA_QUALITY、OM_CENTER等"
      },
      {
        "name": "OnwerUid",
        "type": "string",
        "required": false,
        "description": "主账号"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "开始时间"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "结束时间"
      }
    ]
  },
  "DescribeResourceManagePathTrees": {
    "summary": "获取资源管理目录树",
    "description": "获取资源管理目录树",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "名字，供搜索"
      },
      {
        "name": "FileType",
        "type": "string",
        "required": false,
        "description": "文件类型"
      },
      {
        "name": "FilePath",
        "type": "string",
        "required": false,
        "description": "文件路径"
      },
      {
        "name": "DirType",
        "type": "string",
        "required": false,
        "description": "文件夹类型\npersonal 个人\nproject 项目\nresource 资源"
      }
    ]
  },
  "DescribeRoleList": {
    "summary": "获取角色列表信息",
    "description": "获取角色列表信息",
    "members": [
      {
        "name": "ShowAllRoles",
        "type": "boolean",
        "required": false,
        "description": "返回所有角色。"
      },
      {
        "name": "IncludeRoleTypes",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "需要返回的角色类型(system,tenant,project)"
      },
      {
        "name": "DescribeMemberCount",
        "type": "boolean",
        "required": false,
        "description": "返回角色绑定人员统计，仅私有化版本支持"
      },
      {
        "name": "DescribeOperator",
        "type": "boolean",
        "required": false,
        "description": "返回操作者信息，私有化多租户版本"
      },
      {
        "name": "DescribeSystemRoleOnly",
        "type": "boolean",
        "required": false,
        "description": "系统角色"
      },
      {
        "name": "DescribeCustomRoleOnly",
        "type": "boolean",
        "required": false,
        "description": "自定义角色"
      },
      {
        "name": "DescribePrivileges",
        "type": "boolean",
        "required": false,
        "description": "查看权限"
      },
      {
        "name": "RoleIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "筛选角色id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
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
        "description": "分页信息"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "查询字段"
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
  "DescribeRule": {
    "summary": "查询规则详情",
    "description": "查询规则详情",
    "members": [
      {
        "name": "RuleId",
        "type": "integer",
        "required": false,
        "description": "质量规则ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      }
    ]
  },
  "DescribeRuleDimStat": {
    "summary": "数据质量触发维度分布统计接口",
    "description": "数据质量概览页面触发维度分布统计接口",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "BeginDate",
        "type": "string",
        "required": true,
        "description": "开始时间，时间戳到秒"
      },
      {
        "name": "EndDate",
        "type": "string",
        "required": true,
        "description": "结束时间，时间戳到秒"
      }
    ]
  },
  "DescribeRuleExecDetail": {
    "summary": "查询规则执行结果详情",
    "description": "查询规则执行结果详情",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      },
      {
        "name": "RuleExecId",
        "type": "integer",
        "required": false,
        "description": "规则执行id"
      }
    ]
  },
  "DescribeRuleExecLog": {
    "summary": "规则执行日志查询",
    "description": "规则执行日志查询",
    "members": [
      {
        "name": "RuleExecId",
        "type": "integer",
        "required": true,
        "description": "规则执行Id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "RuleGroupExecId",
        "type": "integer",
        "required": true,
        "description": "规则组执行id"
      }
    ]
  },
  "DescribeRuleExecResults": {
    "summary": "规则执行结果列表查询",
    "description": "规则执行结果列表查询",
    "members": [
      {
        "name": "RuleGroupExecId",
        "type": "integer",
        "required": false,
        "description": "规则组执行Id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目Id"
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
    "summary": "数据质量规则运行情况接口",
    "description": "数据质量概览页面规则运行情况接口",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "BeginDate",
        "type": "string",
        "required": true,
        "description": "开始时间，时间戳到秒"
      },
      {
        "name": "EndDate",
        "type": "string",
        "required": true,
        "description": "结束时间，时间戳到秒"
      }
    ]
  },
  "DescribeRuleGroup": {
    "summary": "查询规则组详情接口",
    "description": "查询规则组详情接口",
    "members": [
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "规则组ID"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "数据来源ID"
      },
      {
        "name": "TableId",
        "type": "string",
        "required": false,
        "description": "数据表Id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      },
      {
        "name": "DatabaseId",
        "type": "string",
        "required": false,
        "description": "数据库ID"
      }
    ]
  },
  "DescribeRuleGroupExecResultsByPage": {
    "summary": "规则组执行结果分页查询接口",
    "description": "规则组执行结果分页查询接口",
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "分页序号"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "分页大小"
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
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      }
    ]
  },
  "DescribeRuleGroupsByPage": {
    "summary": "分页查询规则组接口",
    "description": "【过滤条件】\n{表名称TableName,支持模糊匹配}       {表负责人TableOwnerName,支持模糊匹配}      {监控方式MonitorTypes，1.未配置 2.关联生产调度 3.离线周期检测,支持多选}  {订阅人ReceiverUin}\n【必要字段】\n{数据来源DatasourceId}",
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "分页序号"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "分页大小"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤条件,每次请求的Filters的上限为10，Filter.Values的上限为5"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序方式"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目Id"
      }
    ]
  },
  "DescribeRuleGroupSubscription": {
    "summary": "查询规则组订阅信息",
    "description": "查询规则组订阅信息",
    "members": [
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "规则组ID"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      }
    ]
  },
  "DescribeRuleGroupTable": {
    "summary": "查询表绑定执行规则组信息",
    "description": "查询表绑定执行规则组信息",
    "members": [
      {
        "name": "TableId",
        "type": "string",
        "required": true,
        "description": "表ID"
      }
    ]
  },
  "DescribeRules": {
    "summary": "查询质量规则列表",
    "description": "查询质量规则列表",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      },
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "规则组id"
      },
      {
        "name": "EngineType",
        "type": "string",
        "required": false,
        "description": "执行引擎类型，可选值：MYSQL, HIVE, SPARK, LIVY, DLC, GBASE, CDW_PG, TCHouse-P, DORIS, TCHouse-D"
      }
    ]
  },
  "DescribeRulesByPage": {
    "summary": "分页查询质量规则",
    "description": "分页查询质量规则",
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "分页序号"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "分页大小"
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
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      }
    ]
  },
  "DescribeRuleTemplate": {
    "summary": "查询模板详情",
    "description": "查询模板详情",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      },
      {
        "name": "TemplateId",
        "type": "integer",
        "required": false,
        "description": "规则模板Id"
      }
    ]
  },
  "DescribeRuleTemplates": {
    "summary": "查询规则模板列表",
    "description": "查询规则模板列表",
    "members": [
      {
        "name": "Type",
        "type": "integer",
        "required": false,
        "description": "模版类型：1-系统模版，2-用户自定义模版"
      },
      {
        "name": "SourceObjectType",
        "type": "integer",
        "required": false,
        "description": "源数据对象类型：1-常量，2-离线表级，3-离线字段级别"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目Id"
      },
      {
        "name": "SourceEngineTypes",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "执行引擎多选（位运算数组）：2-HIVE，4-SPARK，8-LIVY，16-DLC，64-TCHouse-P，128-DORIS，256-TCHouse-D，512-EMR-StarRocks，1024-TCHouse-X"
      }
    ]
  },
  "DescribeRuleTemplatesByPage": {
    "summary": "规则模板查询接口",
    "description": "【过滤条件】 {模板名称Name,支持模糊匹配} {模板类型type，1.系统模板 2.自定义模板} {质量检测维度QualityDims, 1.准确性 2.唯一性 3.完整性 4.一致性 5.及时性 6.有效性} 【排序字段】 { 引用数排序类型CitationOrderType，根据引用数量排序 ASC DESC}",
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "当前页"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "每页记录数"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "工作空间ID"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "通用排序字段"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "通用过滤条件"
      }
    ]
  },
  "DescribeScheduleInstances": {
    "summary": "运维中心-获取实例列表",
    "description": "获取实例列表",
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
        "description": "【已废弃参数，新用户接入无需关注】\n实例列表过滤条件"
      },
      {
        "name": "CheckFather",
        "type": "boolean",
        "required": false,
        "description": "【已废弃参数，新用户接入无需关注】\n检查父任务类型,  true: 检查父任务类型;  false: 不检查父任务类型"
      },
      {
        "name": "RerunType",
        "type": "string",
        "required": false,
        "description": "【已废弃参数，新用户接入无需关注】\n重跑类型, 1: 仅重跑当前实例; 2: 重跑当前实例及其子实例; 3: 仅重跑子实例"
      },
      {
        "name": "DependentWay",
        "type": "string",
        "required": false,
        "description": "【已废弃参数，新用户接入无需关注】\n实例依赖方式, 1: 任务自依赖; 2: 任务上游依赖; 3: 自依赖及其上游依赖"
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "【已废弃参数，新用户接入无需关注】\n重跑时是否忽略事件监听"
      },
      {
        "name": "SonInstanceType",
        "type": "string",
        "required": false,
        "description": "【已废弃参数，新用户接入无需关注】\n下游实例范围 1: 所在工作流 2: 所在项目 3: 所有跨工作流依赖的项目"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": false,
        "description": "查询条件"
      },
      {
        "name": "OptType",
        "type": "string",
        "required": false,
        "description": "【已废弃参数，新用户接入无需关注】\n访问类型"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": false,
        "description": "【已废弃参数，新用户接入无需关注】\n操作者名称"
      },
      {
        "name": "OperatorId",
        "type": "string",
        "required": false,
        "description": "【已废弃参数，新用户接入无需关注】\n操作者id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "【必要参数】\n项目ID"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "【已废弃参数，新用户接入无需关注】\n项目名称"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "【必要参数】\n分页查询开始页页码，默认值为 1"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "【必要参数】\n分页查询每页返回的结果行数，默认值为 10"
      },
      {
        "name": "Count",
        "type": "integer",
        "required": false,
        "description": "【已废弃参数，新用户接入无需关注】\n数据总数"
      },
      {
        "name": "RequestBaseInfo",
        "type": "object",
        "required": false,
        "description": "【已废弃参数，新用户接入无需关注】\n基础请求信息"
      },
      {
        "name": "IsCount",
        "type": "boolean",
        "required": false,
        "description": "【已废弃参数，新用户接入无需关注】\n是否计算总数"
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
    "summary": "运维大屏-实例状态分布",
    "description": "运维大屏-实例状态分布",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "TaskTypeId",
        "type": "string",
        "required": false,
        "description": "任务类型ID"
      },
      {
        "name": "ExecutionGroupId",
        "type": "string",
        "required": false,
        "description": "执行资源组ID"
      },
      {
        "name": "ExecutionGroupName",
        "type": "string",
        "required": false,
        "description": "执行资源组名字"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "开始时间"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "结束时间"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": false,
        "description": "责任人"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "工作流ID"
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
    "summary": "运维大屏-实例运行时长排行",
    "description": "运维大屏-实例运行时长排行",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "CycleUnit",
        "type": "string",
        "required": false,
        "description": "周期类型"
      },
      {
        "name": "TimeUnit",
        "type": "string",
        "required": false,
        "description": "时间单元 eg: 12h"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "开始日期：2023-03-02"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "结束日前：2023-03-20"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "任务类型"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": false,
        "description": "责任人"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "工作流ID"
      },
      {
        "name": "SortItem",
        "type": "string",
        "required": false,
        "description": "排序字段"
      },
      {
        "name": "SortType",
        "type": "string",
        "required": false,
        "description": "升序降序"
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
    "summary": "任务状态统计",
    "description": "任务状态统计",
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
        "description": "工作流ID"
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
    "summary": "运维大屏-任务状态分布",
    "description": "运维大屏-任务状态分布",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": false,
        "description": "责任人"
      }
    ]
  },
  "DescribeStatisticInstanceStatusTrendOps": {
    "summary": "实例状态趋势",
    "description": "任务状态趋势",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "TaskTypeId",
        "type": "string",
        "required": false,
        "description": "任务类型Id"
      },
      {
        "name": "TimeType",
        "type": "string",
        "required": false,
        "description": "时间类型"
      },
      {
        "name": "TypeName",
        "type": "string",
        "required": false,
        "description": "任务类型名称"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "开始时间"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "结束时间"
      },
      {
        "name": "ExecutionGroupId",
        "type": "string",
        "required": false,
        "description": "资源组ID"
      },
      {
        "name": "ExecutionGroupName",
        "type": "string",
        "required": false,
        "description": "资源组名称"
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
        "description": "D代表天，H代表小时"
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
        "description": "工作流ID"
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
    "summary": "查询实时任务日志列表",
    "description": "查询实时任务日志列表",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "<p>项目ID</p>"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "<p>任务ID</p>"
      },
      {
        "name": "JobId",
        "type": "string",
        "required": true,
        "description": "<p>作业ID</p>"
      },
      {
        "name": "EndTime",
        "type": "integer",
        "required": true,
        "description": "<p>结束时间</p>"
      },
      {
        "name": "StartTime",
        "type": "integer",
        "required": true,
        "description": "<p>开始时间</p>"
      },
      {
        "name": "Container",
        "type": "string",
        "required": false,
        "description": "<p>container名字</p>"
      },
      {
        "name": "Limit",
        "type": "integer",
        "required": false,
        "description": "<p>条数</p>"
      },
      {
        "name": "OrderType",
        "type": "string",
        "required": false,
        "description": "<p>排序类型 desc asc</p>"
      },
      {
        "name": "RunningOrderId",
        "type": "integer",
        "required": false,
        "description": "<p>作业运行的实例ID</p>"
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "description": "<p>关键字</p>"
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
    "summary": "获取任务全部下游（开发态）",
    "description": "获取下游任务信息",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
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
    "summary": "表基础信息查询",
    "description": "元数据模型-表基础信息查询接口",
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "分页页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "分页大小"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤字段"
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
    "summary": "获取数据表信息",
    "description": "获取数据表信息",
    "members": [
      {
        "name": "Filters",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "表名"
      },
      {
        "name": "ConnectionType",
        "type": "string",
        "required": true,
        "description": "如果是hive这里写rpc，如果是其他类型不传"
      },
      {
        "name": "Catalog",
        "type": "string",
        "required": true,
        "description": "数据库源类型"
      }
    ]
  },
  "DescribeTableLineage": {
    "summary": "列出表血缘信息",
    "description": "列出表血缘信息",
    "members": [
      {
        "name": "Direction",
        "type": "string",
        "required": true,
        "description": "查询方向枚举值\n\n- INPUT\n- OUTPUT\n- BOTH"
      },
      {
        "name": "Data",
        "type": "object",
        "required": true,
        "description": "表信息"
      },
      {
        "name": "InputDepth",
        "type": "integer",
        "required": false,
        "description": "单次查询入度,默认 1"
      },
      {
        "name": "OutputDepth",
        "type": "integer",
        "required": false,
        "description": "单次查询出度,默认 1"
      },
      {
        "name": "ExtParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "额外参数（传递调用方信息）"
      },
      {
        "name": "IgnoreTemp",
        "type": "boolean",
        "required": false,
        "description": "是否过滤临时表,默认true"
      },
      {
        "name": "RecursiveSecond",
        "type": "boolean",
        "required": false,
        "description": "是否递归查询二级节点数目，默认为true"
      }
    ]
  },
  "DescribeTableLineageInfo": {
    "summary": "表血缘信息查询接口",
    "description": "列出表血缘信息",
    "members": [
      {
        "name": "Direction",
        "type": "string",
        "required": true,
        "description": "查询方向，INPUT,OUTPUT,BOTH枚举值"
      },
      {
        "name": "Data",
        "type": "object",
        "required": true,
        "description": "表信息"
      },
      {
        "name": "InputDepth",
        "type": "integer",
        "required": false,
        "description": "单次查询入度,默认 1"
      },
      {
        "name": "OutputDepth",
        "type": "integer",
        "required": false,
        "description": "单次查询出度,默认 1"
      },
      {
        "name": "ExtParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "额外参数（传递调用方信息）"
      },
      {
        "name": "IgnoreTemp",
        "type": "boolean",
        "required": false,
        "description": "是否过滤临时表,默认true"
      },
      {
        "name": "RecursiveSecond",
        "type": "boolean",
        "required": false,
        "description": "是否递归查询二级节点数目，默认为true"
      }
    ]
  },
  "DescribeTableMeta": {
    "summary": "查询表元数据详情",
    "description": "查询表元数据详情",
    "members": [
      {
        "name": "TableId",
        "type": "string",
        "required": true,
        "description": "表唯一id"
      },
      {
        "name": "TableNameFilter",
        "type": "object",
        "required": false,
        "description": "按名称查询的条件"
      },
      {
        "name": "TableFilterType",
        "type": "integer",
        "required": false,
        "description": "查询条件类型0按id，1按名称，默认为0"
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
    "summary": "获取表元数据list",
    "description": "获取表元数据list",
    "members": [
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "分页页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "分页大小"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤字段:\ndbName-数据库名称\nbizCatalogIds-资产目录ID\nDataLayerUuid-数仓分层ID\nownerAccount-负责人ID\nassetStatus-资产状态：1-已上架 0-未上架\nassetLevel-资产等级：40-核心30-重要 20-一般 10-临时 \nmsTypes-数据源类型：例如TENCENT_MYSQL-腾讯云MySQL，数据源类型ID可参考\n[\n  {\n    \"DisplayName\": \"TCHouse-P\",\n    \"Id\": \"TCHOUSE_P\"\n  },\n  {\n    \"DisplayName\": \"Iceberg\",\n    \"Id\": \"ICEBERG\"\n  },\n  {\n    \"DisplayName\": \"Hive\",\n    \"Id\": \"HIVE\"\n  },\n  {\n    \"DisplayName\": \"HBase\",\n    \"Id\": \"HBASE\"\n  },\n  {\n    \"DisplayName\": \"DLC\",\n    \"Id\": \"DLC\"\n  },\n  {\n    \"DisplayName\": \"腾讯云MySQL\",\n    \"Id\": \"TENCENT_MYSQL\"\n  },\n  {\n    \"DisplayName\": \"TCHouse-D\",\n    \"Id\": \"TCHOUSE_D\"\n  },\n  {\n    \"DisplayName\": \"TCHouse-C\",\n    \"Id\": \"TCHOUSE_C\"\n  },\n  {\n    \"DisplayName\": \"EMR StarRocks\",\n    \"Id\": \"EMR_STARROCKS\"\n  },\n  {\n    \"DisplayName\": \"Doris\",\n    \"Id\": \"DORIS\"\n  },\n  {\n    \"DisplayName\": \"MySQL\",\n    \"Id\": \"MYSQL\"\n  },\n  {\n    \"DisplayName\": \"Oracle\",\n    \"Id\": \"ORACLE\"\n  },\n  {\n    \"DisplayName\": \"PostgreSQL\",\n    \"Id\": \"POSTGRE\"\n  },\n  {\n    \"DisplayName\": \"SQL Server\",\n    \"Id\": \"SQLSERVER\"\n  },\n  {\n    \"DisplayName\": \"TDSQL PostgreSQL\",\n    \"Id\": \"TDSQL_POSTGRE\"\n  },\n  {\n    \"DisplayName\": \"Greenplum\",\n    \"Id\": \"GREENPLUM\"\n  },\n  {\n    \"DisplayName\": \"StarRocks\",\n    \"Id\": \"STARROCKS\"\n  },\n  {\n    \"DisplayName\": \"ClickHouse\",\n    \"Id\": \"CLICKHOUSE\"\n  },\n  {\n    \"DisplayName\": \"INFLUXDB\",\n    \"Id\": \"INFLUXDB\"\n  },\n  {\n    \"DisplayName\": \"达梦DM\",\n    \"Id\": \"DM\"\n  },\n  {\n    \"DisplayName\": \"OceanBase\",\n    \"Id\": \"OCEANBASE\"\n  },\n  {\n    \"DisplayName\": \"TDSQL MySQL\",\n    \"Id\": \"TDSQL_MYSQL\"\n  },\n  {\n    \"DisplayName\": \"GaussDB\",\n    \"Id\": \"GAUSSDB\"\n  }\n]\nprojectIds-归属项目ID\nkeyword-关键字，支持表名/表中文名/数据库名"
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
    "summary": "查询表质量详情",
    "description": "质量报告-查询表质量详情",
    "members": [
      {
        "name": "StatisticsDate",
        "type": "integer",
        "required": true,
        "description": "统计日期"
      },
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
        "description": "分页序号"
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
        "description": "过滤参数TableName、DatabaseId 、DatabaseName、OwnerUserName"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序参数 排序方式 DESC 或者 ASC，表得分排序 TableScore"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "数据来源id"
      },
      {
        "name": "ScoreType",
        "type": "string",
        "required": false,
        "description": "1:按全维度权重计算,2:按已配置维度权重计算,3:不按维度权重计算,默认1"
      }
    ]
  },
  "DescribeTableSchemaInfo": {
    "summary": "获取表schema信息",
    "description": "获取表schema信息",
    "members": [
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "表名称"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": true,
        "description": "数据库名称"
      },
      {
        "name": "MsType",
        "type": "string",
        "required": true,
        "description": "数据源的类型（例如MYSQL、HIVE、KAFKA等）"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": true,
        "description": "数据源id"
      },
      {
        "name": "ConnectionType",
        "type": "string",
        "required": false,
        "description": "连接类型（示例值rpc）"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": false,
        "description": "元数据Database下的Schema名称"
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
    "summary": "查询表得分趋势",
    "description": "查询表得分趋势",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "StatisticsStartDate",
        "type": "integer",
        "required": true,
        "description": "开始时间 秒级时间戳"
      },
      {
        "name": "StatisticsEndDate",
        "type": "integer",
        "required": true,
        "description": "结束时间 秒级时间戳"
      },
      {
        "name": "TableId",
        "type": "string",
        "required": true,
        "description": "表id"
      },
      {
        "name": "ScoreType",
        "type": "string",
        "required": false,
        "description": "1:按全维度权重计算,2:按已配置维度权重计算,3:不按维度权重计算,默认1"
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
    "summary": "查询任务告警规则列表",
    "description": "查询任务告警规则列表",
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
        "required": true,
        "description": "当前页"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "每页记录数"
      },
      {
        "name": "Filters",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "过滤条件(name有RegularStatus、AlarmLevel、AlarmIndicator、RegularName)"
      },
      {
        "name": "OrderFields",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "排序条件(RegularId)"
      },
      {
        "name": "TaskId",
        "type": "string",
        "required": false,
        "description": "任务ID"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "任务类型(201代表实时任务，202代表离线任务)"
      }
    ]
  },
  "DescribeTaskByCycle": {
    "summary": "周期任务统计",
    "description": "根据周期类型 查询所有任务",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
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
        "description": "工作流ID"
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
    "summary": "任务状态趋势",
    "description": "任务状态趋势",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "Type",
        "type": "string",
        "required": false,
        "description": "时间类型"
      },
      {
        "name": "TaskType",
        "type": "string",
        "required": false,
        "description": "类型"
      },
      {
        "name": "TypeName",
        "type": "string",
        "required": false,
        "description": "类型名称"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "开始时间"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "结束时间"
      },
      {
        "name": "AggregationUnit",
        "type": "string",
        "required": false,
        "description": "聚合单元，H小时"
      },
      {
        "name": "CycleUnit",
        "type": "string",
        "required": false,
        "description": "周期"
      },
      {
        "name": "Status",
        "type": "string",
        "required": false,
        "description": "状态"
      },
      {
        "name": "InCharge",
        "type": "string",
        "required": false,
        "description": "责任人"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": false,
        "description": "工作流ID"
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
    "summary": "查看任务锁状态信息",
    "description": "查看任务锁状态信息",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "任务类型：201. stream,   202. offline"
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
    "summary": "分页查询任务运行历史",
    "description": "分页查询任务运行历史",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": true,
        "description": "检索条件"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "分页大小"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": true,
        "description": "分页页码"
      }
    ]
  },
  "DescribeTaskScript": {
    "summary": "查询任务脚本（废弃）",
    "description": "查询任务脚本。本接口已废弃，请使用接口GetPaginationTaskScript。",
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
    "summary": "查询规则模板维度分布情况",
    "description": "查询规则模板维度分布情况",
    "members": [
      {
        "name": "Type",
        "type": "integer",
        "required": false,
        "description": "模板类型"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
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
    "summary": "实例运维-获取第三方运行日志",
    "description": "获取第三方运行日志",
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
      }
    ]
  },
  "DescribeTopTableStat": {
    "summary": "数据质量表排行接口",
    "description": "数据质量概览页面表排行接口",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "BeginDate",
        "type": "string",
        "required": true,
        "description": "开始时间，时间戳到秒"
      },
      {
        "name": "EndDate",
        "type": "string",
        "required": true,
        "description": "结束时间，时间戳到秒"
      }
    ]
  },
  "DescribeTrendStat": {
    "summary": "数据质量概览页面趋势接口",
    "description": "数据质量概览页面趋势变化接口",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "BeginDate",
        "type": "string",
        "required": true,
        "description": "开始时间，时间戳到秒"
      },
      {
        "name": "EndDate",
        "type": "string",
        "required": true,
        "description": "结束时间，时间戳到秒"
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
    "summary": "查询工作流画布",
    "description": "查询工作流画布",
    "members": [
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
    "summary": "查询工作流画布运行起止时间",
    "description": "查询工作流画布运行起止时间",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "WorkFlowIdList",
        "type": "string",
        "required": false,
        "description": "工作流ID"
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "description": "分页大小"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "分页索引"
      }
    ]
  },
  "DescribeWorkflowInfoById": {
    "summary": "通过工作流id，查询工作流详情",
    "description": "通过工作流id，查询工作流详情",
    "members": [
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
  "DescribeWorkflowListByProjectId": {
    "summary": "根据项目id 获取项目下所有工作流列表",
    "description": "根据项目id 获取项目下所有工作流列表",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
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
    "summary": "查询工作流任务数",
    "description": "查询工作流任务数",
    "members": [
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "工作流列表"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      }
    ]
  },
  "DiagnosePro": {
    "summary": "实例诊断信息-新",
    "description": "实例诊断，用于诊断 INITIAL、DEPENDENCE、ALLOCATED、LAUNCHED、EVENT_LISTENING、BEFORE_ASPECT、EXPIRED、FAILED状态的实例",
    "members": [
      {
        "name": "SearchCondition",
        "type": "object",
        "required": true,
        "description": "查询条件（当前接口TaskId和CurRunDate需要填充在该字段方可诊断）"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "Instances",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "实例列表"
      },
      {
        "name": "CheckFather",
        "type": "boolean",
        "required": false,
        "description": "检查父任务类型, true: 检查父任务; false: 不检查父任务"
      },
      {
        "name": "RerunType",
        "type": "string",
        "required": false,
        "description": "重跑类型, 1: 自身; 3: 孩子; 2: 自身以及孩子"
      },
      {
        "name": "DependentWay",
        "type": "string",
        "required": false,
        "description": "实例依赖方式, 1: 自依赖; 2: 任务依赖; 3: 自依赖及父子依赖"
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "重跑忽略事件监听与否"
      },
      {
        "name": "SonInstanceType",
        "type": "string",
        "required": false,
        "description": "下游实例范围 1: 所在工作流 2: 所在项目 3: 所有跨工作流依赖的项目"
      },
      {
        "name": "OptType",
        "type": "string",
        "required": false,
        "description": "访问类型"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": false,
        "description": "操作者名称"
      },
      {
        "name": "OperatorId",
        "type": "string",
        "required": false,
        "description": "操作者id"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "项目标志"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "项目名称"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "索引页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "页面大小"
      },
      {
        "name": "Count",
        "type": "integer",
        "required": false,
        "description": "数据总数"
      },
      {
        "name": "RequestBaseInfo",
        "type": "object",
        "required": false,
        "description": "基础请求信息"
      },
      {
        "name": "IsCount",
        "type": "boolean",
        "required": false,
        "description": "是否计算总数"
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
    "summary": "调试运行集成任务",
    "description": "调试运行集成任务",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务Id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "ResourceGroup",
        "type": "string",
        "required": false,
        "description": "资源组Id"
      },
      {
        "name": "TaskTypeId",
        "type": "integer",
        "required": false,
        "description": "默认 27"
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
    "summary": "编排空间批量操作页面查找全部的文件夹",
    "description": "编排空间批量操作页面查找全部的文件夹",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      }
    ]
  },
  "FreezeOpsTasks": {
    "summary": "任务运维-批量暂停任务",
    "description": "任务运维-批量暂停任务",
    "members": [
      {
        "name": "Tasks",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "任务列表"
      },
      {
        "name": "OperateIsInform",
        "type": "boolean",
        "required": true,
        "description": "任务操作是否消息通知下游任务责任人"
      },
      {
        "name": "KillInstance",
        "type": "boolean",
        "required": false,
        "description": "是否终止已生成的实例"
      }
    ]
  },
  "FreezeTasksByWorkflowIds": {
    "summary": "暂停工作流下的所有任务",
    "description": "暂停工作流下的所有任务",
    "members": [
      {
        "name": "WorkflowIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "工作流id列表"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "KillInstance",
        "type": "boolean",
        "required": false,
        "description": "是否终止已生成的实例"
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
    "summary": "生成建hive表的sql",
    "description": "生成建hive表的sql",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "SinkDatabase",
        "type": "string",
        "required": true,
        "description": "目标数据库"
      },
      {
        "name": "Id",
        "type": "string",
        "required": false,
        "description": "节点id"
      },
      {
        "name": "MsType",
        "type": "string",
        "required": false,
        "description": "元数据类型(MYSQL、ORACLE)"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "数据源id"
      },
      {
        "name": "SourceDatabase",
        "type": "string",
        "required": false,
        "description": "来源库名"
      },
      {
        "name": "TableName",
        "type": "string",
        "required": false,
        "description": "来源表名"
      },
      {
        "name": "SinkType",
        "type": "string",
        "required": false,
        "description": "目标表元数据类型(HIVE、GBASE)"
      },
      {
        "name": "SchemaName",
        "type": "string",
        "required": false,
        "description": "源端schema名称"
      },
      {
        "name": "SourceFieldInfoList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "上游节点的字段信息"
      },
      {
        "name": "Partitions",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "分区字段"
      },
      {
        "name": "Properties",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "建表属性"
      },
      {
        "name": "TableMode",
        "type": "integer",
        "required": false,
        "description": "建表模式，0:向导模式，1:ddl"
      },
      {
        "name": "TableVersion",
        "type": "string",
        "required": false,
        "description": "DLC表版本，v1/v2"
      },
      {
        "name": "UpsertFlag",
        "type": "boolean",
        "required": false,
        "description": "是否upsert写入"
      },
      {
        "name": "TableComment",
        "type": "string",
        "required": false,
        "description": "表描述信息"
      },
      {
        "name": "AddDataFiles",
        "type": "integer",
        "required": false,
        "description": "增加的文件数量阈值, 超过值将触发小文件合并"
      },
      {
        "name": "AddEqualityDeletes",
        "type": "integer",
        "required": false,
        "description": "增加的Equality delete数量阈值, 超过值将触发小文件合并"
      },
      {
        "name": "AddPositionDeletes",
        "type": "integer",
        "required": false,
        "description": "增加的Position delete数量阈值, 超过值将触发小文件合并"
      },
      {
        "name": "AddDeleteFiles",
        "type": "integer",
        "required": false,
        "description": "增加的delete file数量阈值"
      },
      {
        "name": "TargetDatasourceId",
        "type": "string",
        "required": false,
        "description": "下游节点数据源ID"
      },
      {
        "name": "UpsertKeys",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "dlc upsert主键"
      },
      {
        "name": "TableBaseInfo",
        "type": "object",
        "required": false,
        "description": "dlc表治理信息"
      },
      {
        "name": "SinkSchemaName",
        "type": "string",
        "required": false,
        "description": "目标端schema名称"
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
    "summary": "开发空间-获取数据开发脚本信息",
    "description": "开发空间-获取数据开发脚本信息",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "FilePath",
        "type": "string",
        "required": true,
        "description": "文件路径\n项目区1470575647377821696项目，f1目录下： /datastudio/project/1470575647377821696/f1/sql1234.sql 个人区： /datastudio/personal/sqlTTT.sql"
      }
    ]
  },
  "GetInstanceLog": {
    "summary": "Read the log of one run of an instance",
    "description": "Returns a page of the log of one lifecycle round (`LifeRoundNum`) of an instance: lines\n`StartLineNum` onwards, at most `EndLineCount` of them, with `IsEnd` set on the last page and `ExtInfo`\nas the cursor to pass back for the next one. Name the run by `ExecutionJobId` when the instance's\nlifecycle round has one, otherwise by `BrokerIp` and `OriginFileName`. Read-only.",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits (19 in practice, beyond JavaScript's safe integers)."
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>`, the task ID, an underscore and the\ninstance's data time (`CurRunDate`). It contains a space."
      },
      {
        "name": "LifeRoundNum",
        "type": "integer",
        "required": true,
        "description": "The lifecycle round whose log to read (0 is the first run, 1 the first rerun)."
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the scheduling and run times, as `UTC+8`, `UTC-5` or `UTC+5:30` (hours 0 to 14).\nDefault `UTC+8`. The times the reply gives in it (and time filters are read in): `SchedulerTime`,\n`StartTime`, `EndTime`, `LastUpdateTime`, lifecycle phases included. The data time (`CurRunDate`,\n`NextCurDate`), the InstanceKey's suffix and log text stay in UTC+8, as in the documented example."
      },
      {
        "name": "BrokerIp",
        "type": "string",
        "required": false,
        "description": "The execution node that holds the log (`BrokerIp` of the lifecycle round)."
      },
      {
        "name": "OriginFileName",
        "type": "string",
        "required": false,
        "description": "The log file (`OriginFileName` of the lifecycle round), for runs without an ExecutionJobId."
      },
      {
        "name": "ExecutionJobId",
        "type": "string",
        "required": false,
        "description": "The execution ID (`ExecutionJobId` of the lifecycle round), when it has one."
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
        "description": "Only lines of this level. Default `All`."
      },
      {
        "name": "StartLineNum",
        "type": "integer",
        "required": false,
        "default": 1,
        "description": "The first line to return, counted from 1. Default 1."
      },
      {
        "name": "EndLineCount",
        "type": "integer",
        "required": false,
        "default": 10000,
        "description": "How many lines to return at most. Default 10000."
      },
      {
        "name": "ExtInfo",
        "type": "string",
        "required": false,
        "description": "The paging cursor of the previous page's `ExtInfo`; omitted on the first request."
      }
    ]
  },
  "GetIntegrationNodeColumnSchema": {
    "summary": "提取数据集成节点字段Schema",
    "description": "提取数据集成节点字段Schema",
    "members": [
      {
        "name": "ColumnContent",
        "type": "string",
        "required": false,
        "description": "字段示例（json格式）"
      },
      {
        "name": "DatasourceType",
        "type": "string",
        "required": false,
        "description": "数据源类型 MYSQL|HIVE|KAFKA|ES|MONGODB|REST_API|SYBASE|TIDB|DORIS|DM|"
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
    "summary": "获取离线任务实例列表(新)",
    "description": "获取离线任务实例列表(新)",
    "members": [
      {
        "name": "PageIndex",
        "type": "integer",
        "required": true,
        "description": "第几页"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "每页几条"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": false,
        "description": "无"
      }
    ]
  },
  "GetOfflineInstanceList": {
    "summary": "获取离线任务实例",
    "description": "获取离线任务实例",
    "members": [
      {
        "name": "PageIndex",
        "type": "string",
        "required": true,
        "description": "第几页"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": true,
        "description": "每页几条"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": false,
        "description": "无"
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
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits (19 in practice, beyond JavaScript's safe integers)."
      },
      {
        "name": "InstanceKey",
        "type": "string",
        "required": true,
        "example": "20250326150742906_2025-03-28 00:00:00",
        "description": "The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>`, the task ID, an underscore and the\ninstance's data time (`CurRunDate`). It contains a space."
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the scheduling and run times, as `UTC+8`, `UTC-5` or `UTC+5:30` (hours 0 to 14).\nDefault `UTC+8`. The times the reply gives in it (and time filters are read in): `SchedulerTime`,\n`StartTime`, `EndTime`, `LastUpdateTime`, lifecycle phases included. The data time (`CurRunDate`,\n`NextCurDate`), the InstanceKey's suffix and log text stay in UTC+8, as in the documented example."
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
    "summary": "数据补录-按补录计划批量终止实例",
    "description": "按补录计划批量终止实例。",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "PlanId",
        "type": "string",
        "required": true,
        "description": "补录计划ID"
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
    "summary": "实例运维-批量终止l实例",
    "description": "批量终止实例",
    "members": [
      {
        "name": "Instances",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "实例列表"
      },
      {
        "name": "CheckFather",
        "type": "boolean",
        "required": false,
        "description": "检查父任务类型, true: 检查父任务; false: 不检查父任务"
      },
      {
        "name": "RerunType",
        "type": "string",
        "required": false,
        "description": "重跑类型, 1: 自身; 3: 孩子; 2: 自身以及孩子"
      },
      {
        "name": "DependentWay",
        "type": "string",
        "required": false,
        "description": "实例依赖方式, 1: 自依赖; 2: 任务依赖; 3: 自依赖及父子依赖"
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "重跑忽略事件监听与否"
      },
      {
        "name": "SonInstanceType",
        "type": "string",
        "required": false,
        "description": "下游实例范围 1: 所在工作流 2: 所在项目 3: 所有跨工作流依赖的项目"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": false,
        "description": "查询条件"
      },
      {
        "name": "OptType",
        "type": "string",
        "required": false,
        "description": "访问类型"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": false,
        "description": "操作者名称"
      },
      {
        "name": "OperatorId",
        "type": "string",
        "required": false,
        "description": "操作者id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "项目标志"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "项目名称"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "索引页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "页面大小"
      },
      {
        "name": "Count",
        "type": "integer",
        "required": false,
        "description": "数据总数"
      },
      {
        "name": "RequestBaseInfo",
        "type": "object",
        "required": false,
        "description": "基础请求信息"
      },
      {
        "name": "IsCount",
        "type": "boolean",
        "required": false,
        "description": "是否计算总数"
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
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "example": "1460947878944567296",
        "description": "The project ID, a string of digits (19 in practice, beyond JavaScript's safe integers)."
      },
      {
        "name": "ScheduleTimeFrom",
        "type": "string",
        "required": true,
        "example": "2025-03-28 00:00:00",
        "description": "The start of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`."
      },
      {
        "name": "ScheduleTimeTo",
        "type": "string",
        "required": true,
        "example": "2025-03-28 00:00:00",
        "description": "The end of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`."
      },
      {
        "name": "PageNumber",
        "type": "integer",
        "required": false,
        "default": 1,
        "description": "The page to return, counted from 1. Default 1."
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "default": 10,
        "description": "Instances per page, at most 200. Default 10."
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
        "description": "What to sort by: `SCHEDULE_DATE` the planned scheduling time, `START_TIME` the time the run\nstarted, `END_TIME` the time it ended, `COST_TIME` how long it took."
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
        "description": "Only instances of this kind: `0` backfill, `1` periodic, `2` non-periodic."
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
        "description": "Only instances in one of these state codes: `0` waiting for an event; `12` waiting for upstream\ntasks; `6`, `7`, `9`, `10`, `18` waiting to run; `1`, `19`, `22` running; `21` run skipped; `3`\nfailed, will retry; `8`, `4`, `5`, `13` failed; `2` succeeded."
      },
      {
        "name": "TaskTypeIdList",
        "type": "array",
        "required": false,
        "items": "integer",
        "example": [
          35
        ],
        "description": "Only tasks of one of these task-type IDs (for example `35` Shell)."
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
        "description": "Only tasks of one of these scheduling cycles: `O` one-off, `Y` yearly, `M` monthly, `W` weekly,\n`D` daily, `H` hourly, `I` minute, `C` crontab."
      },
      {
        "name": "Keyword",
        "type": "string",
        "required": false,
        "example": "cron_test",
        "description": "Task names or task IDs to match (fuzzy), several separated by commas."
      },
      {
        "name": "InChargeList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Only tasks owned by one of these users."
      },
      {
        "name": "TaskFolderIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Only tasks in one of these folders (folder IDs)."
      },
      {
        "name": "WorkflowIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Only tasks of one of these workflows (workflow IDs)."
      },
      {
        "name": "ExecutorGroupIdList",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "Only instances run by one of these execution resource groups (group IDs)."
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
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "default": "UTC+8",
        "example": "UTC+6",
        "description": "The time zone of the scheduling and run times, as `UTC+8`, `UTC-5` or `UTC+5:30` (hours 0 to 14).\nDefault `UTC+8`. The times the reply gives in it (and time filters are read in): `SchedulerTime`,\n`StartTime`, `EndTime`, `LastUpdateTime`, lifecycle phases included. The data time (`CurRunDate`,\n`NextCurDate`), the InstanceKey's suffix and log text stay in UTC+8, as in the documented example."
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
    "summary": "锁定实时集成任务",
    "description": "锁定集成任务",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      }
    ]
  },
  "ModifyApproveStatus": {
    "summary": "修改审批单状态",
    "description": "修改审批单状态",
    "members": [
      {
        "name": "ApproveIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "审批单ids"
      },
      {
        "name": "Remark",
        "type": "string",
        "required": false,
        "description": "审批备注"
      },
      {
        "name": "Status",
        "type": "string",
        "required": false,
        "description": "状态"
      }
    ]
  },
  "ModifyDataSource": {
    "summary": "数据源管理-修改数据源",
    "description": "修改数据源",
    "members": [
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "数据源名称，在相同SpaceName下，数据源名称不能为空"
      },
      {
        "name": "Category",
        "type": "string",
        "required": true,
        "description": "数据源类别：绑定引擎、绑定数据库"
      },
      {
        "name": "Type",
        "type": "string",
        "required": true,
        "description": "数据源类型:枚举值"
      },
      {
        "name": "ID",
        "type": "integer",
        "required": false,
        "description": "数据源ID"
      },
      {
        "name": "BizParams",
        "type": "string",
        "required": false,
        "description": "业务侧数据源的配置信息扩展"
      },
      {
        "name": "Params",
        "type": "string",
        "required": false,
        "description": "数据源的配置信息，以JSON KV存储，根据每个数据源类型不同，而KV存储信息不同"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "数据源描述信息"
      },
      {
        "name": "Display",
        "type": "string",
        "required": false,
        "description": "数据源展示名，为了可视化查看"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": false,
        "description": "若数据源列表为绑定数据库，则为db名称"
      },
      {
        "name": "Instance",
        "type": "string",
        "required": false,
        "description": "数据源引擎的实例ID，如CDB实例ID"
      },
      {
        "name": "Status",
        "type": "integer",
        "required": false,
        "description": "数据源数据源的可见性，1为可见、0为不可见。默认为1"
      },
      {
        "name": "ClusterId",
        "type": "string",
        "required": false,
        "description": "数据源所属的业务空间名称"
      },
      {
        "name": "Collect",
        "type": "string",
        "required": false,
        "description": "是否采集"
      },
      {
        "name": "OwnerProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      },
      {
        "name": "OwnerProjectName",
        "type": "string",
        "required": false,
        "description": "项目名称"
      },
      {
        "name": "OwnerProjectIdent",
        "type": "string",
        "required": false,
        "description": "项目中文名"
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
        "description": "操作项目id"
      },
      {
        "name": "DevelopmentParams",
        "type": "string",
        "required": false,
        "description": "数据源开发环境配置"
      }
    ]
  },
  "ModifyDimensionWeight": {
    "summary": "修改维度权重",
    "description": "质量报告-修改维度权限",
    "members": [
      {
        "name": "WeightInfoList",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "权重信息列表"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "Refresh",
        "type": "boolean",
        "required": true,
        "description": "是否重刷历史数据"
      }
    ]
  },
  "ModifyDsFolder": {
    "summary": "文件夹更新",
    "description": "数据开发模块-文件夹更新",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "FolderName",
        "type": "string",
        "required": true,
        "description": "文件夹名称"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": true,
        "description": "文件夹Id"
      },
      {
        "name": "ParentsFolderId",
        "type": "string",
        "required": false,
        "description": "父文件夹ID"
      }
    ]
  },
  "ModifyExecStrategy": {
    "summary": "更新规则组执行策略",
    "description": "更新规则组执行策略",
    "members": [
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "规则组ID"
      },
      {
        "name": "MonitorType",
        "type": "integer",
        "required": false,
        "description": "监控类型：1-未配置，2-关联生产调度，3-离线周期检测"
      },
      {
        "name": "ExecQueue",
        "type": "string",
        "required": false,
        "description": "计算队列"
      },
      {
        "name": "ExecutorGroupId",
        "type": "string",
        "required": false,
        "description": "执行资源组ID"
      },
      {
        "name": "ExecutorGroupName",
        "type": "string",
        "required": false,
        "description": "执行资源组名称"
      },
      {
        "name": "Tasks",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "关联的生产调度任务列表"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "离线周期模式下,生效日期-开始时间"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "离线周期模式下,生效日期-结束时间"
      },
      {
        "name": "CycleType",
        "type": "string",
        "required": false,
        "description": "周期类型：MINUTE-分钟，HOUR-小时，DAY-天，WEEK-周，MONTH-月，YEAR-年"
      },
      {
        "name": "CycleStep",
        "type": "integer",
        "required": false,
        "description": "离线周期模式下,调度步长"
      },
      {
        "name": "TaskAction",
        "type": "string",
        "required": false,
        "description": "离线周期模式下,指定时间"
      },
      {
        "name": "DelayTime",
        "type": "integer",
        "required": false,
        "description": "延时执行时间，单位分钟，可选: <0-1439"
      },
      {
        "name": "DatabaseId",
        "type": "string",
        "required": false,
        "description": "数据库Id"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "数据源Id"
      },
      {
        "name": "TableId",
        "type": "string",
        "required": false,
        "description": "数据表Id"
      },
      {
        "name": "ExecEngineType",
        "type": "string",
        "required": false,
        "description": "执行引擎类型，可选值：MYSQL, HIVE, SPARK, LIVY, DLC, GBASE, CDW_PG, TCHouse-P, DORIS, TCHouse-D"
      },
      {
        "name": "TriggerTypes",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "触发类型数组：1-手动触发，2-调度事件触发，3-周期调度触发"
      }
    ]
  },
  "ModifyIntegrationNode": {
    "summary": "更新集成节点",
    "description": "更新集成节点",
    "members": [
      {
        "name": "NodeInfo",
        "type": "object",
        "required": true,
        "description": "集成节点信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "任务类型 \"201. stream, 202. offline\""
      },
      {
        "name": "TaskMode",
        "type": "integer",
        "required": false,
        "description": "区分画布模式和表单 \"1. 画布, 2. 表单\"模式"
      }
    ]
  },
  "ModifyIntegrationTask": {
    "summary": "更新集成任务",
    "description": "更新集成任务",
    "members": [
      {
        "name": "TaskInfo",
        "type": "object",
        "required": true,
        "description": "任务信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "RollbackFlag",
        "type": "boolean",
        "required": false,
        "description": "默认false . 为true时表示走回滚节点逻辑"
      }
    ]
  },
  "ModifyMonitorStatus": {
    "summary": "更新监控状态",
    "description": "更新监控状态",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目Id"
      },
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "规则组ID"
      },
      {
        "name": "MonitorStatus",
        "type": "boolean",
        "required": false,
        "description": "监控是否开启：0-关闭，1-开启"
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
    "summary": "更新质量规则接口",
    "description": "更新质量规则接口",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目Id"
      },
      {
        "name": "RuleId",
        "type": "integer",
        "required": false,
        "description": "规则ID"
      },
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "规则组ID"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "规则名称"
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
        "description": "规则模板ID"
      },
      {
        "name": "Type",
        "type": "integer",
        "required": false,
        "description": "规则类型：1-系统模版，2-自定义模版，3-自定义SQL"
      },
      {
        "name": "QualityDim",
        "type": "integer",
        "required": false,
        "description": "质量维度：1-准确性，2-唯一性，3-完整性，4-一致性，5-及时性，6-有效性"
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
        "description": "检测范围类型：1-全表，2-条件扫描"
      },
      {
        "name": "ConditionExpression",
        "type": "string",
        "required": false,
        "description": "条件扫描WHERE条件表达式"
      },
      {
        "name": "CustomSql",
        "type": "string",
        "required": false,
        "description": "自定义SQL"
      },
      {
        "name": "CompareRule",
        "type": "object",
        "required": false,
        "description": "报警触发条件"
      },
      {
        "name": "AlarmLevel",
        "type": "integer",
        "required": false,
        "description": "告警级别：1-低，2-中，3-高"
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
        "description": "自定义模版sql表达式字段替换参数"
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
        "description": "执行引擎多选（位运算数组）：2-HIVE，4-SPARK，8-LIVY，16-DLC，64-TCHouse-P，128-DORIS，256-TCHouse-D，512-EMR-StarRocks，1024-TCHouse-X"
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
    "summary": "更新规则组订阅信息",
    "description": "更新规则组订阅信息",
    "members": [
      {
        "name": "RuleGroupId",
        "type": "integer",
        "required": false,
        "description": "规则组ID"
      },
      {
        "name": "Receivers",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "订阅人信息"
      },
      {
        "name": "SubscribeType",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "订阅方式：1-邮件，2-短信，3-微信，4-语音，5-企微，6-HTTP连接，7-飞书群，8-钉钉群"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      },
      {
        "name": "DatabaseId",
        "type": "string",
        "required": false,
        "description": "数据库Id"
      },
      {
        "name": "DatasourceId",
        "type": "string",
        "required": false,
        "description": "数据源Id"
      },
      {
        "name": "TableId",
        "type": "string",
        "required": false,
        "description": "数据表Id"
      },
      {
        "name": "WebHooks",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "群机器人webhook信息"
      }
    ]
  },
  "ModifyRuleTemplate": {
    "summary": "编辑规则模板",
    "description": "编辑规则模板",
    "members": [
      {
        "name": "TemplateId",
        "type": "integer",
        "required": false,
        "description": "模板ID"
      },
      {
        "name": "Type",
        "type": "integer",
        "required": false,
        "description": "模版类型：1-系统模版，2-用户自定义模版"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "模板名称"
      },
      {
        "name": "QualityDim",
        "type": "integer",
        "required": false,
        "description": "质量维度：1-准确性，2-唯一性，3-完整性，4-一致性，5-及时性，6-有效性"
      },
      {
        "name": "SourceObjectType",
        "type": "integer",
        "required": false,
        "description": "源数据对象类型：1-常量，2-离线表级，3-离线字段级别"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "描述"
      },
      {
        "name": "SourceEngineTypes",
        "type": "array",
        "required": false,
        "items": "integer",
        "description": "执行引擎多选（位运算数组）：2-HIVE，4-SPARK，8-LIVY，16-DLC，64-TCHouse-P，128-DORIS，256-TCHouse-D，512-EMR-StarRocks，1024-TCHouse-X"
      },
      {
        "name": "MultiSourceFlag",
        "type": "boolean",
        "required": false,
        "description": "是否关联其它库表"
      },
      {
        "name": "SqlExpression",
        "type": "string",
        "required": false,
        "description": "SQL 表达式"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目Id"
      },
      {
        "name": "WhereFlag",
        "type": "boolean",
        "required": false,
        "description": "是否添加where参数"
      }
    ]
  },
  "ModifyTaskAlarmRegular": {
    "summary": "修改任务告警规则",
    "description": "修改任务告警规则",
    "members": [
      {
        "name": "Id",
        "type": "string",
        "required": true,
        "description": "规则ID"
      },
      {
        "name": "TaskAlarmInfo",
        "type": "object",
        "required": true,
        "description": "规则信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      }
    ]
  },
  "ModifyTaskInfo": {
    "summary": "更新任务（废弃）",
    "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n更新任务。本接口已废弃，请使用接口ModifyTaskInfoDs。",
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
        "description": "启动时间"
      },
      {
        "name": "SelfDepend",
        "type": "integer",
        "required": false,
        "description": "自依赖类型  1:有序串行 一次一个 排队, 2: 无序串行 一次一个 不排队， 3:并行 一次多个"
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
        "description": "调度配置-弹性周期配置，小时/周/月/年调度才有，小时任务指定每天的0点3点4点跑，则为'0,3,4'。"
      },
      {
        "name": "CycleType",
        "type": "integer",
        "required": false,
        "description": "\"周期类型  0:crontab类型, 1:分钟，2:小时，3:天，4:周，5:月，6:一次性，7:用户驱动，10:弹性周期 周,11:弹性周期 月,12:年,13:即时触发Instant类型，与正常周期调度任务逻辑隔离"
      },
      {
        "name": "CycleStep",
        "type": "integer",
        "required": false,
        "description": "步长，间隔时间，最小1"
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
        "description": "新的任务名"
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
        "description": "是否可重试，1代表可以重试"
      },
      {
        "name": "RunPriority",
        "type": "integer",
        "required": false,
        "description": "运行优先级，4高 5中 6低"
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
        "description": "执行资源组id，需要去资源管理服务上创建调度资源组，并且绑定cvm机器"
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
        "description": "源数据源"
      },
      {
        "name": "TargetServer",
        "type": "string",
        "required": false,
        "description": "目标数据源"
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
        "description": "依赖配置"
      },
      {
        "name": "ExecutionTTL",
        "type": "integer",
        "required": false,
        "description": "执行耗时"
      },
      {
        "name": "ScriptChange",
        "type": "boolean",
        "required": false,
        "description": "脚本是否改变"
      },
      {
        "name": "InChargeIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "责任人id"
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
    "summary": "添加父任务依赖（废弃）",
    "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n添加父任务依赖。本接口已废弃，请使用接口ModifyTaskLinksDs。",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "TaskFrom",
        "type": "string",
        "required": true,
        "description": "父任务ID"
      },
      {
        "name": "TaskTo",
        "type": "string",
        "required": true,
        "description": "子任务ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "子任务工作流"
      },
      {
        "name": "RealFromWorkflowId",
        "type": "string",
        "required": true,
        "description": "父任务工作流"
      },
      {
        "name": "LinkDependencyType",
        "type": "string",
        "required": false,
        "description": "父子任务之间的依赖关系"
      }
    ]
  },
  "ModifyTaskLinksDs": {
    "summary": "添加当前任务父任务依赖",
    "description": "添加父任务依赖",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "TaskFrom",
        "type": "string",
        "required": true,
        "description": "父任务ID"
      },
      {
        "name": "TaskTo",
        "type": "string",
        "required": true,
        "description": "子任务ID"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "子任务工作流"
      },
      {
        "name": "RealFromWorkflowId",
        "type": "string",
        "required": true,
        "description": "父任务工作流"
      },
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "请求来源，WEB 前端；CLIENT 客户端"
      },
      {
        "name": "LinkDependencyType",
        "type": "string",
        "required": false,
        "description": "父子任务之间的依赖关系\n    正常的依赖父任务全部实例  启用\n    normal_all(1),\n    normal_first_one(2), 正常的依赖父任务 第一个\n    normal_last_one(3), 正常的依赖父任务 最后一个\n    normal_any_one(4), 正常的依赖父任务 任意一个\n    normal_specific_one(5), 正常的依赖父任务 指定的一个\n    self(6), 自身依赖，可能用不到\n\n     非正常的依赖父任务全部实例  启用（向前依赖  明天)\n    non_normal_all_forward(11),\n    non_normal_first_one_forward(12), 非正常的依赖父任务 第一个\n    non_normal_last_one_forward(13), 非正常的依赖父任务 最后一个\n    non_normal_any_one_forward(14), 非正常的依赖父任务 任意一个\n    non_normal_specific_one_forward(15),非正常的依赖父任务 指定一个\n\n    非正常的依赖父任务全部实例  启用（向后依赖 昨天）\n    non_normal_all_backward(21),\n    non_normal_first_one_backward(22), 非正常的依赖父任务 第一个\n    non_normal_last_one_backward(23), 非正常的依赖父任务 最后一个\n    non_normal_any_one_backward(24), 非正常的依赖父任务 任意一个\n    non_normal_specific_one_backward(25) 非正常的依赖父任务 指定一个"
      },
      {
        "name": "LinkExt",
        "type": "string",
        "required": false,
        "description": "额外的属性信息 如分支节点、归并节点信息"
      }
    ]
  },
  "ModifyTaskName": {
    "summary": "重命名任务（任务编辑）",
    "description": "重命名任务（任务编辑）",
    "members": [
      {
        "name": "TaskName",
        "type": "string",
        "required": true,
        "description": "名称"
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
        "description": "项目/工作空间id"
      },
      {
        "name": "Notes",
        "type": "string",
        "required": false,
        "description": "备注"
      }
    ]
  },
  "ModifyTaskScript": {
    "summary": "修改任务脚本（废弃）",
    "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n修改任务脚本。本接口已废弃，请使用接口ModifyTaskInfoDs。",
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
        "name": "ScriptContent",
        "type": "string",
        "required": false,
        "description": "存在脚本的任务必填（shell任务、Hive任务、python任务等），脚本内容 base64编码"
      },
      {
        "name": "IntegrationNodeDetails",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "集成任务脚本配置"
      }
    ]
  },
  "ModifyWorkflowInfo": {
    "summary": "更新工作流信息（废弃）",
    "description": "更新工作流信息。本接口已废弃，请使用接口UpdateWorkflowInfo。",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "工作流id"
      },
      {
        "name": "Owner",
        "type": "string",
        "required": false,
        "description": "责任人"
      },
      {
        "name": "OwnerId",
        "type": "string",
        "required": false,
        "description": "责任人id"
      },
      {
        "name": "WorkflowDesc",
        "type": "string",
        "required": false,
        "description": "备注"
      },
      {
        "name": "WorkflowName",
        "type": "string",
        "required": false,
        "description": "工作流名称"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": false,
        "description": "所属文件夹id"
      },
      {
        "name": "UserGroupId",
        "type": "string",
        "required": false,
        "description": "工作流所属用户分组id  若有多个,分号隔开: a;b;c"
      },
      {
        "name": "UserGroupName",
        "type": "string",
        "required": false,
        "description": "工作流所属用户分组名称  若有多个,分号隔开: a;b;c"
      },
      {
        "name": "WorkflowParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "工作流参数列表"
      },
      {
        "name": "GeneralTaskParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "用于配置优化参数（线程、内存、CPU核数等），仅作用于Spark SQL节点。多个参数用英文分号分隔。"
      }
    ]
  },
  "ModifyWorkflowSchedule": {
    "summary": "更新工作流调度（废弃）",
    "description": "更新工作流调度。本接口已废弃，请使用接口RenewWorkflowSchedulerInfoDs。",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "工作流id"
      },
      {
        "name": "DelayTime",
        "type": "integer",
        "required": true,
        "description": "延迟时间，单位分钟"
      },
      {
        "name": "StartupTime",
        "type": "integer",
        "required": true,
        "description": "启动时间"
      },
      {
        "name": "SelfDepend",
        "type": "integer",
        "required": true,
        "description": "自依赖类型  1:有序串行 一次一个 排队, 2: 无序串行 一次一个 不排队， 3:并行 一次多个"
      },
      {
        "name": "CycleType",
        "type": "integer",
        "required": true,
        "description": "\"周期类型  0:crontab类型, 1:分钟，2:小时，3:天，4:周，5:月，6:一次性，7:用户驱动，10:弹性周期 周,11:弹性周期 月,12:年,13:即时触发Instant类型，与正常周期调度任务逻辑隔离"
      },
      {
        "name": "CycleStep",
        "type": "integer",
        "required": true,
        "description": "步长，间隔时间，最小1"
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
        "description": "调度配置-弹性周期配置，小时/周/月/年调度才有，小时任务指定每天的0点3点4点跑，则为'0,3,4'。"
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
        "name": "DependencyWorkflow",
        "type": "string",
        "required": false,
        "description": "工作流依赖 ,yes 或者no"
      }
    ]
  },
  "MoveTasksToFolder": {
    "summary": "移动任务到工作流文件夹",
    "description": "编排空间-工作流-移动任务到工作流文件夹",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "工作流ID"
      },
      {
        "name": "TaskFolderId",
        "type": "string",
        "required": true,
        "description": "任务文件夹ID"
      },
      {
        "name": "TaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "任务ID"
      },
      {
        "name": "VirtualTaskIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "虚拟任务ID"
      }
    ]
  },
  "RegisterDsEvent": {
    "summary": "注册事件",
    "description": "注册事件",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目ID"
      },
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "事件名称"
      },
      {
        "name": "EventSubType",
        "type": "string",
        "required": true,
        "description": "事件周期类型 1、分钟：MIN    2、小时 ：HOUR    3、天：DAY"
      },
      {
        "name": "TimeToLive",
        "type": "string",
        "required": true,
        "description": "事件存活时间，值为大于0的整数"
      },
      {
        "name": "TimeUnit",
        "type": "string",
        "required": true,
        "description": "事件存活时间单位\t1、天：DAYS    2、分钟：MINUTES"
      },
      {
        "name": "Owner",
        "type": "string",
        "required": true,
        "description": "事件所属人，账号昵称"
      },
      {
        "name": "Description",
        "type": "string",
        "required": true,
        "description": "事件描述"
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
    "summary": "注册事件（废弃）",
    "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n注册事件。本接口已废弃，请使用接口RegisterDsEvent。",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "事件名称，支持英文、数字和下划线，最长20个字符, 不能以数字下划线开头。"
      },
      {
        "name": "EventSubType",
        "type": "string",
        "required": true,
        "description": "事件分割类型，周期类型: DAY，HOUR，MIN，SECOND"
      },
      {
        "name": "EventBroadcastType",
        "type": "string",
        "required": true,
        "description": "广播：BROADCAST,单播：SINGLE"
      },
      {
        "name": "TimeUnit",
        "type": "string",
        "required": true,
        "description": "周期类型为天和小时为HOURS ，周期类型为分钟 ：MINUTES,周期类型为秒：SECONDS"
      },
      {
        "name": "Owner",
        "type": "string",
        "required": true,
        "description": "事件所属人"
      },
      {
        "name": "EventType",
        "type": "string",
        "required": false,
        "description": "事件类型，不填会使用默认值 TIME_SERIES 填充"
      },
      {
        "name": "DimensionFormat",
        "type": "string",
        "required": false,
        "description": "对应day： yyyyMMdd，对应HOUR：yyyyMMddHH，对应MIN：yyyyMMddHHmm，对应SECOND：yyyyMMddHHmmss，默认值：yyyyMMdd"
      },
      {
        "name": "TimeToLive",
        "type": "integer",
        "required": false,
        "description": "存活时间"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "事件描述"
      }
    ]
  },
  "RegisterEventListener": {
    "summary": "注册事件监听器（废弃）",
    "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n注册事件监听器。本接口已废弃，请使用接口RegisterDsEventListener。",
    "members": [
      {
        "name": "Key",
        "type": "string",
        "required": true,
        "description": "关键字，如果是任务，则传任务Id"
      },
      {
        "name": "EventName",
        "type": "string",
        "required": true,
        "description": "事件名称"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "Type",
        "type": "string",
        "required": false,
        "description": "事件类型，默认 REST_API"
      },
      {
        "name": "Properties",
        "type": "string",
        "required": false,
        "description": "配置信息，比如最长等待时间1天配置json：{\"maxWaitEventTime\":1,\"maxWaitEventTimeUnit\":\"DAYS\"}"
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
    "summary": "删除编排空间工作流",
    "description": "删除编排空间工作流",
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
      },
      {
        "name": "DeleteScript",
        "type": "string",
        "required": false,
        "description": "是否删除脚本"
      },
      {
        "name": "OperateIsInform",
        "type": "string",
        "required": false,
        "description": "删除是否通知下游"
      },
      {
        "name": "DeleteMode",
        "type": "string",
        "required": false,
        "description": "是否终止进行中的任务"
      }
    ]
  },
  "RenewWorkflowOwnerDs": {
    "summary": "批量更新工作流下任务责任人",
    "description": "批量更新工作流下任务责任人",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "工作流ID"
      },
      {
        "name": "Owner",
        "type": "string",
        "required": true,
        "description": "责任人"
      },
      {
        "name": "OwnerId",
        "type": "string",
        "required": true,
        "description": "责任人ID"
      },
      {
        "name": "WorkflowIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "工作流ID列表"
      }
    ]
  },
  "RenewWorkflowSchedulerInfoDs": {
    "summary": "更新工作流下任务调度信息",
    "description": "更新工作流下任务调度信息",
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
      },
      {
        "name": "DelayTime",
        "type": "integer",
        "required": false,
        "description": "延迟时间"
      },
      {
        "name": "StartupTime",
        "type": "integer",
        "required": false,
        "description": "启动时间"
      },
      {
        "name": "SelfDepend",
        "type": "string",
        "required": false,
        "description": "任务依赖"
      },
      {
        "name": "StartTime",
        "type": "string",
        "required": false,
        "description": "开始时间"
      },
      {
        "name": "EndTime",
        "type": "string",
        "required": false,
        "description": "结束时间"
      },
      {
        "name": "TaskAction",
        "type": "string",
        "required": false,
        "description": "指定运行时间"
      },
      {
        "name": "CycleType",
        "type": "string",
        "required": false,
        "description": "调度周期时间单位"
      },
      {
        "name": "CycleStep",
        "type": "integer",
        "required": false,
        "description": "调度周期"
      },
      {
        "name": "ExecutionStartTime",
        "type": "string",
        "required": false,
        "description": "执行时间左闭区间"
      },
      {
        "name": "ExecutionEndTime",
        "type": "string",
        "required": false,
        "description": "执行时间右闭区间"
      },
      {
        "name": "InstanceInitStrategy",
        "type": "string",
        "required": false,
        "description": "任务初始化策略，T_PLUS_1、T_PLUS_0、T_MINUS_1"
      },
      {
        "name": "DependencyWorkflow",
        "type": "string",
        "required": false,
        "description": "工作流依赖，yes or no"
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
        "description": "0：不修改\n1：将任务的上游依赖配置改为默认值"
      },
      {
        "name": "CalendarOpen",
        "type": "string",
        "required": false,
        "description": "是否开启日历调度 1 开启 0关闭"
      },
      {
        "name": "CalendarName",
        "type": "string",
        "required": false,
        "description": "日历名称"
      },
      {
        "name": "CalendarId",
        "type": "string",
        "required": false,
        "description": "日历id"
      },
      {
        "name": "ScheduleTimeZone",
        "type": "string",
        "required": false,
        "description": "时区"
      },
      {
        "name": "ClearLink",
        "type": "boolean",
        "required": false,
        "description": "是否自动清理不支持的任务链接"
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
    "summary": "继续实时集成任务",
    "description": "继续集成任务",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "Event",
        "type": "string",
        "required": false,
        "description": "事件类型(START, STOP, SUSPEND, RESUME, COMMIT, TIMESTAMP)"
      },
      {
        "name": "ExtConfig",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "额外参数"
      },
      {
        "name": "EventDesc",
        "type": "string",
        "required": false,
        "description": "前端操作类型描述"
      }
    ]
  },
  "RobAndLockIntegrationTask": {
    "summary": "抢占锁定集成任务",
    "description": "抢占锁定集成任务",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": true,
        "description": "任务类型：201. stream,   202. offline"
      }
    ]
  },
  "RunForceSucScheduleInstances": {
    "summary": "实例运维-实例批量置成功1",
    "description": "实例批量置成功",
    "members": [
      {
        "name": "Instances",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "实例列表"
      },
      {
        "name": "CheckFather",
        "type": "boolean",
        "required": false,
        "description": "检查父任务类型, true: 检查父任务; false: 不检查父任务"
      },
      {
        "name": "RerunType",
        "type": "string",
        "required": false,
        "description": "重跑类型, 1: 自身; 3: 孩子; 2: 自身以及孩子"
      },
      {
        "name": "DependentWay",
        "type": "string",
        "required": false,
        "description": "实例依赖方式, 1: 自依赖; 2: 任务依赖; 3: 自依赖及父子依赖"
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "重跑忽略事件监听与否"
      },
      {
        "name": "SonInstanceType",
        "type": "string",
        "required": false,
        "description": "下游实例范围 1: 所在工作流 2: 所在项目 3: 所有跨工作流依赖的项目"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": false,
        "description": "查询条件"
      },
      {
        "name": "OptType",
        "type": "string",
        "required": false,
        "description": "访问类型"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": false,
        "description": "操作者名称"
      },
      {
        "name": "OperatorId",
        "type": "string",
        "required": false,
        "description": "操作者id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "项目标志"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "项目名称"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "索引页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "页面大小"
      },
      {
        "name": "Count",
        "type": "integer",
        "required": false,
        "description": "数据总数"
      },
      {
        "name": "RequestBaseInfo",
        "type": "object",
        "required": false,
        "description": "基础请求信息"
      },
      {
        "name": "IsCount",
        "type": "boolean",
        "required": false,
        "description": "是否计算总数"
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
    "summary": "任务运维-实例批量重跑",
    "description": "实例批量重跑",
    "members": [
      {
        "name": "Instances",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "必填，实例列表，每项必填TaskId ，CurRunDate"
      },
      {
        "name": "CheckFather",
        "type": "boolean",
        "required": false,
        "description": "必填，检查父任务类型, true: 检查父任务; false: 不检查父任务"
      },
      {
        "name": "RerunType",
        "type": "string",
        "required": false,
        "description": "必填，重跑类型, 1: 自身; 3: 孩子; 2: 自身以及孩子"
      },
      {
        "name": "DependentWay",
        "type": "string",
        "required": false,
        "description": "实例依赖方式, 1: 自依赖; 2: 任务依赖; 3: 自依赖及父子依赖"
      },
      {
        "name": "SkipEventListening",
        "type": "boolean",
        "required": false,
        "description": "必填，重跑忽略事件监听与否"
      },
      {
        "name": "SonInstanceType",
        "type": "string",
        "required": false,
        "description": "下游实例范围 1: 所在工作流 2: 所在项目 3: 所有跨工作流依赖的项目"
      },
      {
        "name": "SearchCondition",
        "type": "object",
        "required": false,
        "description": "查询条件"
      },
      {
        "name": "OptType",
        "type": "string",
        "required": false,
        "description": "访问类型"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": false,
        "description": "操作者名称"
      },
      {
        "name": "OperatorId",
        "type": "string",
        "required": false,
        "description": "操作者id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "必填，项目id"
      },
      {
        "name": "ProjectIdent",
        "type": "string",
        "required": false,
        "description": "项目标志"
      },
      {
        "name": "ProjectName",
        "type": "string",
        "required": false,
        "description": "项目名称"
      },
      {
        "name": "PageIndex",
        "type": "integer",
        "required": false,
        "description": "索引页码"
      },
      {
        "name": "PageSize",
        "type": "integer",
        "required": false,
        "description": "页面大小"
      },
      {
        "name": "Count",
        "type": "integer",
        "required": false,
        "description": "数据总数"
      },
      {
        "name": "RequestBaseInfo",
        "type": "object",
        "required": false,
        "description": "基础请求信息"
      },
      {
        "name": "IsCount",
        "type": "boolean",
        "required": false,
        "description": "是否计算总数"
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
    "summary": "批量启动工作流",
    "description": "批量启动工作流",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "WorkflowIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "工作流id列表"
      },
      {
        "name": "EnableMakeUp",
        "type": "integer",
        "required": true,
        "description": "是否补录中间实例 0.不补录 1.补录实例"
      }
    ]
  },
  "SaveCustomFunction": {
    "summary": "保存用户自定义函数",
    "description": "保存用户自定义函数",
    "members": [
      {
        "name": "FunctionId",
        "type": "string",
        "required": true,
        "description": "函数唯一标识"
      },
      {
        "name": "Kind",
        "type": "string",
        "required": true,
        "description": "分类：窗口函数、聚合函数、日期函数......"
      },
      {
        "name": "ClusterIdentifier",
        "type": "string",
        "required": true,
        "description": "集群引擎实例"
      },
      {
        "name": "ClassName",
        "type": "string",
        "required": true,
        "description": "类名"
      },
      {
        "name": "ResourceList",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "资源列表"
      },
      {
        "name": "Description",
        "type": "string",
        "required": true,
        "description": "函数说明"
      },
      {
        "name": "Usage",
        "type": "string",
        "required": true,
        "description": "用法"
      },
      {
        "name": "ParamDesc",
        "type": "string",
        "required": true,
        "description": "参数说明"
      },
      {
        "name": "ReturnDesc",
        "type": "string",
        "required": true,
        "description": "返回值说明"
      },
      {
        "name": "Example",
        "type": "string",
        "required": true,
        "description": "示例"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id，不支持修改，dlc侧创建函数保存时用"
      },
      {
        "name": "DbName",
        "type": "string",
        "required": false,
        "description": "数据库名称，不支持修改，dlc侧创建函数保存时用"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "函数名称，不支持修改，dlc侧创建函数保存时用"
      }
    ]
  },
  "SetTaskAlarmNew": {
    "summary": "设置任务告警，新建（更新）告警信息",
    "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n设置任务告警，新建/更新告警信息（最新）",
    "members": [
      {
        "name": "AlarmInfoList",
        "type": "array",
        "required": true,
        "items": "object",
        "description": "设置任务超时告警和失败告警信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      }
    ]
  },
  "StartIntegrationTask": {
    "summary": "启动实时集成任务",
    "description": "启动集成任务",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "Event",
        "type": "string",
        "required": false,
        "description": "事件类型(START, STOP, SUSPEND, RESUME, COMMIT, TIMESTAMP)"
      },
      {
        "name": "ExtConfig",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "额外参数"
      },
      {
        "name": "EventDesc",
        "type": "string",
        "required": false,
        "description": "操作类型描述"
      }
    ]
  },
  "StopIntegrationTask": {
    "summary": "停止实时集成任务",
    "description": "停止集成任务",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      }
    ]
  },
  "SubmitCustomFunction": {
    "summary": "提交自定义函数",
    "description": "提交自定义函数",
    "members": [
      {
        "name": "FunctionId",
        "type": "string",
        "required": true,
        "description": "函数唯一标识"
      },
      {
        "name": "ClusterIdentifier",
        "type": "string",
        "required": true,
        "description": "集群实例 ID"
      },
      {
        "name": "Comment",
        "type": "string",
        "required": true,
        "description": "备注信息"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目ID"
      }
    ]
  },
  "SubmitSqlTask": {
    "summary": "提交SQL任务",
    "description": "即席分析提交SQL任务",
    "members": [
      {
        "name": "DatabaseType",
        "type": "string",
        "required": true,
        "description": "数据库类型"
      },
      {
        "name": "DatasourceId",
        "type": "integer",
        "required": true,
        "description": "数据源Id"
      },
      {
        "name": "GroupId",
        "type": "string",
        "required": true,
        "description": "资源组Id"
      },
      {
        "name": "ScriptId",
        "type": "string",
        "required": true,
        "description": "脚本文件id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "DatabaseName",
        "type": "string",
        "required": false,
        "description": "数据库名称"
      },
      {
        "name": "EngineId",
        "type": "string",
        "required": false,
        "description": "执行引擎实例ID"
      },
      {
        "name": "ScriptContent",
        "type": "string",
        "required": false,
        "description": "脚本内容"
      },
      {
        "name": "ResourceQueue",
        "type": "string",
        "required": false,
        "description": "资源队列"
      },
      {
        "name": "DatasourceType",
        "type": "string",
        "required": false,
        "description": "数据库类型"
      },
      {
        "name": "ComputeResource",
        "type": "string",
        "required": false,
        "description": "计算资源名称"
      },
      {
        "name": "RunParams",
        "type": "string",
        "required": false,
        "description": "高级运行参数"
      },
      {
        "name": "ConfParams",
        "type": "string",
        "required": false,
        "description": "高级设置"
      },
      {
        "name": "ScriptEncryption",
        "type": "boolean",
        "required": false,
        "description": "脚本内容是否base64加密"
      }
    ]
  },
  "SubmitTask": {
    "summary": "提交任务（废弃）",
    "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n提交任务。本接口已废弃，请使用接口CreateTaskVersionDs。",
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
        "name": "VersionRemark",
        "type": "string",
        "required": true,
        "description": "版本备注"
      },
      {
        "name": "StartScheduling",
        "type": "boolean",
        "required": true,
        "description": "是否启动调度"
      }
    ]
  },
  "SubmitTaskTestRun": {
    "summary": "提交工作流测试运行任务",
    "description": "无",
    "members": [
      {
        "name": "TaskIds",
        "type": "string",
        "required": true,
        "description": "taskId列表"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "WorkFlowId",
        "type": "string",
        "required": false,
        "description": "工作流id"
      },
      {
        "name": "Name",
        "type": "string",
        "required": false,
        "description": "工作流名称"
      },
      {
        "name": "Tasks",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "工作流任务列表"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "备注"
      },
      {
        "name": "RunParams",
        "type": "string",
        "required": false,
        "description": "运行参数，map的Json形式"
      },
      {
        "name": "ScriptContent",
        "type": "string",
        "required": false,
        "description": "脚本内容"
      },
      {
        "name": "VersionId",
        "type": "string",
        "required": false,
        "description": "版本号"
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
    "summary": "提交工作流（废弃）",
    "description": "接口已经废弃，调用会产生脏数据\n\n提交工作流。本接口已废弃，请使用接口BatchCreateTaskVersionAsync。",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "工作流id"
      },
      {
        "name": "VersionRemark",
        "type": "string",
        "required": true,
        "description": "提交的版本备注"
      },
      {
        "name": "StartScheduling",
        "type": "boolean",
        "required": true,
        "description": "是否启动调度"
      }
    ]
  },
  "SuspendIntegrationTask": {
    "summary": "暂停实时集成任务",
    "description": "暂停集成任务",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "Event",
        "type": "string",
        "required": false,
        "description": "事件类型(START, STOP, SUSPEND, SUSPEND_WITHOUT_SP,RESUME, COMMIT, TIMESTAMP)"
      }
    ]
  },
  "TaskLog": {
    "summary": "查询实时任务日志接口",
    "description": "查询Inlong manager日志",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务id"
      },
      {
        "name": "StartTime",
        "type": "integer",
        "required": true,
        "description": "起始时间戳，单位毫秒"
      },
      {
        "name": "EndTime",
        "type": "integer",
        "required": true,
        "description": "结束时间戳，单位毫秒"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "Limit",
        "type": "integer",
        "required": false,
        "description": "拉取日志数量，默认100"
      },
      {
        "name": "OrderType",
        "type": "string",
        "required": false,
        "description": "日志排序 desc 倒序 asc 顺序"
      },
      {
        "name": "TaskType",
        "type": "integer",
        "required": false,
        "description": "实时任务 201   离线任务 202  默认实时任务"
      }
    ]
  },
  "TriggerDsEvent": {
    "summary": "触发事件",
    "description": "事件管理-触发事件",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "EventCaseList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "事件实例信息"
      },
      {
        "name": "EventBatchCaseList",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "事件实例信息(连续时间)"
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
    "summary": "触发事件生成事件实例（废弃）",
    "description": "<p style=\"color:red;\">[注意：该版本只满足广州区部分白名单客户使用]</p>\n触发事件。本接口已废弃，请使用接口TriggerDsEvent。",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "Name",
        "type": "string",
        "required": true,
        "description": "案例名称"
      },
      {
        "name": "Dimension",
        "type": "string",
        "required": true,
        "description": "时间格式：如果选择触发时间：2022年6月21，则设置为20220621"
      },
      {
        "name": "Description",
        "type": "string",
        "required": false,
        "description": "描述信息"
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
    "summary": "解锁实时集成任务",
    "description": "解锁集成任务",
    "members": [
      {
        "name": "TaskId",
        "type": "string",
        "required": true,
        "description": "任务id"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
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
    "summary": "修改项目用户角色",
    "description": "修改项目用户角色",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目id"
      },
      {
        "name": "UserIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "用户id"
      },
      {
        "name": "RoleIds",
        "type": "array",
        "required": true,
        "items": "string",
        "description": "角色id"
      }
    ]
  },
  "UpdateWorkflowInfo": {
    "summary": "更新工作流信息【整合】",
    "description": "<p style=\"color:red;\">[该接口为 ds 中开发]</p>\n更新工作流（包括工作流基本信息与工作流参数）",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "OperatorName",
        "type": "string",
        "required": true,
        "description": "操作者名称"
      },
      {
        "name": "WorkflowId",
        "type": "string",
        "required": true,
        "description": "工作流id"
      },
      {
        "name": "Owner",
        "type": "string",
        "required": false,
        "description": "责任人"
      },
      {
        "name": "OwnerId",
        "type": "string",
        "required": false,
        "description": "责任人id"
      },
      {
        "name": "WorkflowDesc",
        "type": "string",
        "required": false,
        "description": "备注"
      },
      {
        "name": "WorkflowName",
        "type": "string",
        "required": false,
        "description": "工作流名称"
      },
      {
        "name": "FolderId",
        "type": "string",
        "required": false,
        "description": "所属文件夹id"
      },
      {
        "name": "UserGroupId",
        "type": "string",
        "required": false,
        "description": "工作流所属用户分组id  若有多个,分号隔开: a;b;c"
      },
      {
        "name": "UserGroupName",
        "type": "string",
        "required": false,
        "description": "工作流所属用户分组名称  若有多个,分号隔开: a;b;c"
      },
      {
        "name": "WorkflowParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "工作流参数列表"
      },
      {
        "name": "GeneralTaskParams",
        "type": "array",
        "required": false,
        "items": "object",
        "description": "用于配置优化参数（线程、内存、CPU核数等），仅作用于Spark SQL节点。多个参数用英文分号分隔。"
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
    "summary": "修改工作流责任人（废弃）",
    "description": "修改工作流责任人。本接口已废弃，请使用接口RenewWorkflowOwnerDs。",
    "members": [
      {
        "name": "ProjectId",
        "type": "string",
        "required": true,
        "description": "项目Id"
      },
      {
        "name": "WorkflowIds",
        "type": "array",
        "required": false,
        "items": "string",
        "description": "工作流Ids"
      },
      {
        "name": "Owner",
        "type": "string",
        "required": false,
        "description": "责任人，多个以';'号分割"
      },
      {
        "name": "OwnerId",
        "type": "string",
        "required": false,
        "description": "责任人UserId，多个以';'号分割"
      }
    ]
  },
  "UploadContent": {
    "summary": "开发空间-保存任务信息",
    "description": "保存任务信息",
    "members": [
      {
        "name": "ScriptRequestInfo",
        "type": "object",
        "required": true,
        "description": "脚本上传信息"
      },
      {
        "name": "RequestFromSource",
        "type": "string",
        "required": false,
        "description": "请求来源，WEB 前端；CLIENT 客户端"
      },
      {
        "name": "ProjectId",
        "type": "string",
        "required": false,
        "description": "项目id"
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
