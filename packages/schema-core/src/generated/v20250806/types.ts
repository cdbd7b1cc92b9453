// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
export interface paths {
    "/#AddCalcEnginesToProject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 关联引擎到某个项目
         * @description 关联项目集群
         */
        post: operations["AddCalcEnginesToProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#AssociateResourceGroupToProject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 关联资源组到某个项目
         * @description 该接口用于将指定执行资源组绑定到项目
         */
        post: operations["AssociateResourceGroupToProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#AuthorizeDataSource": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 授权数据源
         * @description 授权数据源
         */
        post: operations["AuthorizeDataSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#AuthorizePrivileges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Wedata3.0-Catalog模式下授权
         * @description Catalog模式下授权
         */
        post: operations["AuthorizePrivileges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateCodeFile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 新建代码文件
         * @description 新建代码文件
         */
        post: operations["CreateCodeFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateCodeFolder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 新建代码文件夹
         * @description 新建代码文件夹
         */
        post: operations["CreateCodeFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateCodePermissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 配置CodeStudio实体权限
         * @description 配置CodeStudio实体权限
         */
        post: operations["CreateCodePermissions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateDataBackfillPlan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 创建数据补录计划
         * @description 创建数据补录计划
         */
        post: operations["CreateDataBackfillPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateDataSource": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 创建数据源
         * @description 该接口用于在指定项目中创建数据源
         */
        post: operations["CreateDataSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateOpsAlarmRule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 设置告警规则
         * @description 设置告警规则
         */
        post: operations["CreateOpsAlarmRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateProject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 新建项目
         * @description 创建项目，创建时包含集群信息
         */
        post: operations["CreateProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateProjectMember": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 创建项目成员
         * @description 添加项目用户角色
         */
        post: operations["CreateProjectMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateQualityRule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 质量创建规则接口
         * @description 创建质量规则接口
         */
        post: operations["CreateQualityRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateQualityRuleGroup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 质量创建监控任务
         * @description 创建监控任务
         */
        post: operations["CreateQualityRuleGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateResourceFile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 创建资源文件
         * @description 创建资源文件
         */
        post: operations["CreateResourceFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateResourceFolder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 创建资源文件夹
         * @description 创建资源文件文件夹
         */
        post: operations["CreateResourceFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateResourceGroup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 创建资源组
         * @description 该接口用于购买资源
         */
        post: operations["CreateResourceGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateSQLFolder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 新建SQL文件夹
         * @description 创建数据探索脚本文件夹
         */
        post: operations["CreateSQLFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateSQLScript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 新增SQL脚本
         * @description 新增SQL脚本
         */
        post: operations["CreateSQLScript"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateTask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 创建任务
         * @description 创建任务接口
         */
        post: operations["CreateTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateTaskFolder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 创建任务文件夹
         * @description 创建文件夹
         */
        post: operations["CreateTaskFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateTriggerTask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 创建工作流调度任务
         * @description 创建任务接口
         */
        post: operations["CreateTriggerTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateTriggerWorkflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 创建调度工作流
         * @description 创建工作流
         */
        post: operations["CreateTriggerWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateWorkflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 创建工作流
         * @description 创建工作流
         */
        post: operations["CreateWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateWorkflowFolder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 创建工作流文件夹
         * @description 创建文件夹
         */
        post: operations["CreateWorkflowFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#CreateWorkflowPermissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 配置工作流文件夹权限
         * @description 数据开发配置权限
         */
        post: operations["CreateWorkflowPermissions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteCodeFile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除代码文件
         * @description 删除代码文件
         */
        post: operations["DeleteCodeFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteCodeFolder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除代码文件夹
         * @description 数据探索删除文件夹
         */
        post: operations["DeleteCodeFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteCodePermissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除CodeStudio实体权限
         * @description 删除CodeStudio实体权限
         */
        post: operations["DeleteCodePermissions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteDataBackfillPlanAsync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 异步删除补录计划
         * @description 删除补录计划
         */
        post: operations["DeleteDataBackfillPlanAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteDataSource": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除数据源
         * @description 该接口用于删除数据源
         */
        post: operations["DeleteDataSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteLineage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 血缘删除
         * @description RegisterLineage
         */
        post: operations["DeleteLineage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteOpsAlarmRule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除告警规则
         * @description 删除告警规则
         */
        post: operations["DeleteOpsAlarmRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteProject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除项目
         * @description 删除项目
         */
        post: operations["DeleteProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteProjectMember": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 移除项目成员
         * @description 删除项目用户
         */
        post: operations["DeleteProjectMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteQualityRule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 质量删除规则接口
         * @description 删除质量规则接口
         */
        post: operations["DeleteQualityRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteQualityRuleGroup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 质量删除监控任务
         * @description 删除监控任务
         */
        post: operations["DeleteQualityRuleGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteResourceFile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除资源文件
         * @description 资源管理-删除资源文件
         */
        post: operations["DeleteResourceFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteResourceFolder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除资源文件夹
         * @description 删除资源文件文件夹
         */
        post: operations["DeleteResourceFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteResourceGroup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 销毁资源组
         * @description 该接口用于销毁资源
         */
        post: operations["DeleteResourceGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteSQLFolder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除SQL文件夹
         * @description 删除SQL文件夹
         */
        post: operations["DeleteSQLFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteSQLScript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除SQL脚本
         * @description 删除探索脚本
         */
        post: operations["DeleteSQLScript"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteTask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除任务
         * @description 删除编排空间任务
         */
        post: operations["DeleteTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteTaskFolder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除任务文件夹
         * @description 删除数据开发任务文件夹
         */
        post: operations["DeleteTaskFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteTriggerTask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除工作流调度任务
         * @description 删除工作流调度任务
         */
        post: operations["DeleteTriggerTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteTriggerWorkflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除调度工作流
         * @description 删除工作流
         */
        post: operations["DeleteTriggerWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteWorkflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除工作流
         * @description 删除工作流
         */
        post: operations["DeleteWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteWorkflowFolder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除工作流文件夹
         * @description 删除数据开发文件夹
         */
        post: operations["DeleteWorkflowFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DeleteWorkflowPermissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除工作流文件夹权限
         * @description 删除工作流文件夹权限
         */
        post: operations["DeleteWorkflowPermissions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DescribeDataSourceAuthority": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 数据源管理-查看数据源权限
         * @description 查看数据源权限
         */
        post: operations["DescribeDataSourceAuthority"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DisableProject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 禁用项目
         * @description 禁用项目
         */
        post: operations["DisableProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DissociateResourceGroupFromProject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 解绑项目关联的资源组
         * @description 该接口用于将指定执行资源组解除与项目的绑定
         */
        post: operations["DissociateResourceGroupFromProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#EnableProject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 激活项目
         * @description 启用项目
         */
        post: operations["EnableProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetAlarmMessage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查询告警信息详情
         * @description 查询告警信息详情
         */
        post: operations["GetAlarmMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetCodeFile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看代码文件详情
         * @description 查看代码文件详情
         */
        post: operations["GetCodeFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetCodeFolder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取codestudio文件夹详情
         * @description 获取sql文件夹详情
         */
        post: operations["GetCodeFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetDataBackfillPlan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看补录计划配置详情
         * @description 获取补录计划详情
         */
        post: operations["GetDataBackfillPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetDataSource": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看数据源详情
         * @description 该接口用于查看指定数据源的详细信息
         */
        post: operations["GetDataSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetDataSourceRelatedTasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看数据源关联任务列表
         * @description 数据源关联任务详情
         */
        post: operations["GetDataSourceRelatedTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetMyCodeMaxPermission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看当前用户对CodeStudio实体的最大权限
         * @description 查看当前用户对CodeStudio实体的最大权限
         */
        post: operations["GetMyCodeMaxPermission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetMyWorkflowMaxPermission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查询当前用户对工作流文件夹的递归最大权限
         * @description 查询当前用户对工作流文件夹的递归最大权限
         */
        post: operations["GetMyWorkflowMaxPermission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetOpsAlarmRule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取告警规则详细信息
         * @description 根据告警规则id/名称查询单个告警规则信息
         */
        post: operations["GetOpsAlarmRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetOpsAsyncJob": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the state of an asynchronous operation
         * @description Reports on a rerun, kill or set-success started by its AsyncId: INIT, RUNNING, then SUCCESS, FAIL or PART_SUCCESS, with counts. Read-only.
         */
        post: operations["GetOpsAsyncJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetOpsTask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取任务详情
         * @description 获取任务详情
         */
        post: operations["GetOpsTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetOpsTaskCode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取任务代码
         * @description 获取任务代码
         */
        post: operations["GetOpsTaskCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetOpsTriggerWorkflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看工作流详情
         * @description 查询工作流任务详情
         */
        post: operations["GetOpsTriggerWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetOpsWorkflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取工作流详情
         * @description 根据工作流id，获取工作流调度详情。
         */
        post: operations["GetOpsWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetProject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看项目详情
         * @description 获取项目信息
         */
        post: operations["GetProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetResourceFile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看资源文件详情
         * @description 获取资源文件详情
         */
        post: operations["GetResourceFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetResourceFolder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查询资源文件夹详情
         * @description 查询资源文件文件夹详情
         */
        post: operations["GetResourceFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetResourceGroupMetrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看某个资源组的监控指标
         * @description 该接口用于查看指定执行资源组的监控指标
         */
        post: operations["GetResourceGroupMetrics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetSQLFolder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取SQL文件夹详情
         * @description 获取sql文件夹详情
         */
        post: operations["GetSQLFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetSQLScript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看SQL脚本详情
         * @description 查询脚本详情
         */
        post: operations["GetSQLScript"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetTable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取表详情
         * @description 查询表详情
         */
        post: operations["GetTable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetTableColumns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取表字段列表
         * @description 查询表所有字段列表
         */
        post: operations["GetTableColumns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetTask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取任务详情信息
         * @description 获取任务详情接口
         */
        post: operations["GetTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetTaskCode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看任务代码
         * @description 获取任务代码
         */
        post: operations["GetTaskCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetTaskFolder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看任务文件夹详情
         * @description 查询任务文件夹详情
         */
        post: operations["GetTaskFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetTaskInstance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the details of one task instance
         * @description Returns one instance by its InstanceKey: its task, workflow, state, timing and owners. Read-only.
         */
        post: operations["GetTaskInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetTaskInstanceLog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read the log of one run of an instance
         * @description Returns a page of the log of a lifecycle round (default the latest); pass `NextCursor` back for the next page. Read-only.
         */
        post: operations["GetTaskInstanceLog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetTaskVersion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看任务版本详情
         * @description 拉取任务版本列表
         */
        post: operations["GetTaskVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetTriggerTask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取工作流调度任务详情信息
         * @description 获取任务详情接口
         */
        post: operations["GetTriggerTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetTriggerTaskCode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看工作流调度任务代码
         * @description 获取工作流调度任务代码
         */
        post: operations["GetTriggerTaskCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetTriggerTaskRun": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看任务运行详情
         * @description 查询任务执行详情
         */
        post: operations["GetTriggerTaskRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetTriggerTaskVersion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看调度工作流任务版本详情
         * @description 拉取任务版本列表
         */
        post: operations["GetTriggerTaskVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetTriggerWorkflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取调度工作流信息
         * @description 获取工作流信息
         */
        post: operations["GetTriggerWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetTriggerWorkflowRun": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查询工作流运行详情
         * @description 查询工作流任务详情
         */
        post: operations["GetTriggerWorkflowRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetWorkflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取工作流信息
         * @description 获取工作流信息
         */
        post: operations["GetWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GetWorkflowFolder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看工作流文件夹详情
         * @description 查询文件夹详情
         */
        post: operations["GetWorkflowFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#GrantMemberProjectRole": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 授予项目成员项目角色
         * @description 修改项目用户角色
         */
        post: operations["GrantMemberProjectRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#KillTaskInstancesAsync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Kill instances (asynchronous)
         * @description Starts stopping running instances and answers with an AsyncId; follow it with GetOpsAsyncJob. Changes state: not idempotent. After an unknown outcome, check with GetOpsAsyncJob or GetTaskInstance before trying again.
         */
        post: operations["KillTaskInstancesAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#KillTriggerWorkflowRuns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 终止运行
         * @description 终止运行
         */
        post: operations["KillTriggerWorkflowRuns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListAlarmMessages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取告警信息列表
         * @description 获取告警信息列表
         */
        post: operations["ListAlarmMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListCatalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查询类目树列表
         * @description 获取资产目录信息
         */
        post: operations["ListCatalog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListCodeFolderContents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取文件夹内容
         * @description 获取文件夹内容
         */
        post: operations["ListCodeFolderContents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListCodePermissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看CodeStudio实体权限
         * @description 查看CodeStudio实体权限
         */
        post: operations["ListCodePermissions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListColumnLineage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查询表列血缘列表
         * @description 获取表字段血缘信息
         */
        post: operations["ListColumnLineage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListDataBackfillInstances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取单次补录的所有实例详情
         * @description 获取单次补录的所有实例详情
         */
        post: operations["ListDataBackfillInstances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListDataSources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看数据源列表
         * @description 该接口用于查询指定项目中的数据源列表
         */
        post: operations["ListDataSources"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListDatabase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 通过参数查询数据库列表
         * @description 获取资产数据库信息
         */
        post: operations["ListDatabase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListDownstreamOpsTasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取任务下游
         * @description 获取任务直接下游详情
         */
        post: operations["ListDownstreamOpsTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListDownstreamTaskInstances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the direct downstream instances
         * @description Pages the instances that directly depend on the given instance. Read-only.
         */
        post: operations["ListDownstreamTaskInstances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListDownstreamTasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看下游任务列表
         * @description 获取任务直接下游详情
         */
        post: operations["ListDownstreamTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListDownstreamTriggerTasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看调度工作流下游任务列表
         * @description 获取任务直接下游详情
         */
        post: operations["ListDownstreamTriggerTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListLineage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查询血缘列表
         * @description 获取资产血缘信息
         */
        post: operations["ListLineage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListOpsAlarmRules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取告警规则列表
         * @description 查询告警规则列表
         */
        post: operations["ListOpsAlarmRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListOpsTasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取任务列表
         * @description 根据项目id获取任务列表
         */
        post: operations["ListOpsTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListOpsTriggerWorkflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看工作流列表
         * @description 查询工作流列表
         */
        post: operations["ListOpsTriggerWorkflows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListOpsWorkflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取工作流列表
         * @description 根据项目ID获取项目下工作流
         */
        post: operations["ListOpsWorkflows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListPermissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取资源的权限详情
         * @description 获取可授权权限详情
         */
        post: operations["ListPermissions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListProcessLineage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查询任务血缘列表
         * @description 获取资产血缘信息
         */
        post: operations["ListProcessLineage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListProjectMembers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看项目成员列表
         * @description 获取项目下的用户，分页返回
         */
        post: operations["ListProjectMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListProjectRoles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看项目级角色详情列表
         * @description 获取角色列表信息
         */
        post: operations["ListProjectRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListProjects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看项目详情列表
         * @description 租户全局范围的项目列表，与用户查看范围无关.
         */
        post: operations["ListProjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListQualityRuleGroupExecResultsByPage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 质量规则组执行结果分页查询接口
         * @description 规则组执行结果分页查询接口
         */
        post: operations["ListQualityRuleGroupExecResultsByPage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListQualityRuleGroups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 质量分页查询监控任务
         * @description 【过滤条件】
         *     {表idTableId,支持匹配}       {任务负责人Operator,支持匹配}
         *     【必要字段】
         *     {数据来源TableId}
         */
        post: operations["ListQualityRuleGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListQualityRuleGroupsTable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 质量分页查询监控表
         * @description 查询监控列表
         */
        post: operations["ListQualityRuleGroupsTable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListQualityRuleTemplates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 质量规则模版查询接口
         * @description 【过滤条件】 {模板名称Name，查询使用Keyword进行模糊匹配} {模板类型type，1.系统模板 2.自定义模板} {质量检测维度QualityDims, 1.准确性 2.唯一性 3.完整性 4.一致性 5.及时性 6.有效性} 【排序字段】 { 引用数排序类型CitationOrderType，根据引用数量排序 ASC DESC}
         */
        post: operations["ListQualityRuleTemplates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListQualityRules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 质量分页查询规则
         * @description 分页查询质量规则
         */
        post: operations["ListQualityRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListResourceFiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看资源文件列表
         * @description 获取资源文件列表
         */
        post: operations["ListResourceFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListResourceFolders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看资源文件夹列表
         * @description 查询资源文件文件夹列表
         */
        post: operations["ListResourceFolders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListResourceGroups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看资源组列表
         * @description 该接口用于查询执行资源组列表
         */
        post: operations["ListResourceGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListSQLFolderContents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取sql文件夹内容列表
         * @description 查询数据探索文件夹树，包括文件夹下的脚本
         */
        post: operations["ListSQLFolderContents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListSQLScriptRuns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查询SQL运行记录
         * @description 查询SQL运行记录
         */
        post: operations["ListSQLScriptRuns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListSchema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 通过参数查询数据库模式列表
         * @description 获取资产数据库Schema信息
         */
        post: operations["ListSchema"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListTable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 通过参数查询数据表列表
         * @description 获取资产表信息
         */
        post: operations["ListTable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListTaskFolders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看任务文件夹列表
         * @description 查询任务文件夹列表
         */
        post: operations["ListTaskFolders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListTaskInstanceExecutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the executions of an instance
         * @description Pages the executions (lifecycle rounds) of an instance with their phases. Read-only.
         */
        post: operations["ListTaskInstanceExecutions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListTaskInstances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List scheduled task instances
         * @description Searches and pages the instances of a project, with optional filters (state, task type, cycle, owner, folder, workflow, resource group, scheduling, start and update times). Read-only.
         */
        post: operations["ListTaskInstances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListTaskVersions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看任务版本列表
         * @description 任务保存版本列表
         */
        post: operations["ListTaskVersions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListTasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查询任务列表
         * @description 查询任务分页信息
         */
        post: operations["ListTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListTenantRoles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看全局级角色详情列表
         * @description 获取所有主账号角色列表
         */
        post: operations["ListTenantRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListTriggerTaskVersions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看工作流调度任务版本列表
         * @description 任务保存版本列表
         */
        post: operations["ListTriggerTaskVersions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListTriggerTasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查询调度工作流任务列表
         * @description 查询任务分页信息
         */
        post: operations["ListTriggerTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListTriggerWorkflowRuns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查询工作流运行
         * @description 查询工作流运行
         */
        post: operations["ListTriggerWorkflowRuns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListTriggerWorkflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查询调度工作流列表
         * @description 查询工作流列表
         */
        post: operations["ListTriggerWorkflows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListUpstreamOpsTasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取任务上游
         * @description 获取任务直接上游
         */
        post: operations["ListUpstreamOpsTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListUpstreamTaskInstances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the direct upstream instances
         * @description Pages the instances the given instance directly depends on. Read-only.
         */
        post: operations["ListUpstreamTaskInstances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListUpstreamTasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看上游任务列表
         * @description 获取任务直接上游
         */
        post: operations["ListUpstreamTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListUpstreamTriggerTasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看调度工作流上游任务列表
         * @description 获取任务直接上游
         */
        post: operations["ListUpstreamTriggerTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListWorkflowFolders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看工作流文件夹列表
         * @description 查询文件夹列表
         */
        post: operations["ListWorkflowFolders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListWorkflowPermissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取工作流文件夹权限列表
         * @description 查询工作流授权权限
         */
        post: operations["ListWorkflowPermissions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ListWorkflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查询工作流列表
         * @description 查询工作流列表
         */
        post: operations["ListWorkflows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ModifyQualityRule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 质量更新规则接口
         * @description 更新质量规则接口
         */
        post: operations["ModifyQualityRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#ModifyQualityRuleGroup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 质量编辑监控任务
         * @description 创建监控任务
         */
        post: operations["ModifyQualityRuleGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#PauseOpsTasksAsync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 异步批量暂停任务
         * @description 异步批量暂停任务
         */
        post: operations["PauseOpsTasksAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#RegisterLineage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 血缘注册
         * @description RegisterLineage
         */
        post: operations["RegisterLineage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#RemoveMemberProjectRole": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤销项目成员项目角色
         * @description 删除项目用户角色
         */
        post: operations["RemoveMemberProjectRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#RerunTaskInstancesAsync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rerun instances (asynchronous)
         * @description Starts rerunning instances and answers with an AsyncId; follow it with GetOpsAsyncJob. Changes state: not idempotent. After an unknown outcome, check with GetOpsAsyncJob or GetTaskInstance before trying again.
         */
        post: operations["RerunTaskInstancesAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#RerunTriggerWorkflowRunAsync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重跑运行
         * @description 重跑运行
         */
        post: operations["RerunTriggerWorkflowRunAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#RevokeDataSourceAuthorization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 回收数据源权限
         * @description 回收数据源权限
         */
        post: operations["RevokeDataSourceAuthorization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#RevokePrivileges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Wedata3.0-Catalog模式下授权回收
         * @description Catalog模式下授权回收
         */
        post: operations["RevokePrivileges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#RunSQLScript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 运行SQL脚本
         * @description 运行SQL脚本
         */
        post: operations["RunSQLScript"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#SetSuccessTaskInstancesAsync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark instances successful (asynchronous)
         * @description Starts marking instances as succeeded and answers with an AsyncId; follow it with GetOpsAsyncJob. Changes state: not idempotent. After an unknown outcome, check with GetOpsAsyncJob or GetTaskInstance before trying again.
         */
        post: operations["SetSuccessTaskInstancesAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#StartOpsTasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 异步批量启动任务
         * @description 异步批量启动任务
         */
        post: operations["StartOpsTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#StopOpsTasksAsync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 异步批量下线任务
         * @description 异步批量下线任务
         */
        post: operations["StopOpsTasksAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#StopSQLScriptRun": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 停止运行SQL脚本
         * @description 停止运行SQL脚本
         */
        post: operations["StopSQLScriptRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#SubmitTask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交任务
         * @description 提交任务。
         */
        post: operations["SubmitTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#SubmitTriggerTask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交工作流调度任务
         * @description 提交工作流调度任务
         */
        post: operations["SubmitTriggerTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#UpdateCodeFile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更新代码文件
         * @description 更新代码文件
         */
        post: operations["UpdateCodeFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#UpdateCodeFolder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更新代码文件夹
         * @description 重命名代码文件夹
         */
        post: operations["UpdateCodeFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#UpdateDataSource": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更新数据源
         * @description 该接口用于更新数据源
         */
        post: operations["UpdateDataSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#UpdateOpsAlarmRule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 修改告警规则
         * @description 修改告警规则
         */
        post: operations["UpdateOpsAlarmRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#UpdateOpsTasksOwner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 修改任务负责人
         * @description 修改任务负责人
         */
        post: operations["UpdateOpsTasksOwner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#UpdateOpsTriggerTasksOwner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 修改任务责任人
         * @description 查询任务执行详情
         */
        post: operations["UpdateOpsTriggerTasksOwner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#UpdateProject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更新项目
         * @description 修改项目基础信息。
         */
        post: operations["UpdateProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#UpdateResourceFile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更新资源文件
         * @description 更新资源文件
         */
        post: operations["UpdateResourceFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#UpdateResourceFolder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更新资源文件夹
         * @description 更新资源文件夹
         */
        post: operations["UpdateResourceFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#UpdateResourceGroup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更新资源组
         * @description 该接口用于变配/续费资源
         */
        post: operations["UpdateResourceGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#UpdateSQLFolder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重命名SQL文件夹
         * @description 重命名SQL文件夹
         */
        post: operations["UpdateSQLFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#UpdateSQLScript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更新SQL脚本和配置
         * @description 保存探索脚本内容
         */
        post: operations["UpdateSQLScript"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#UpdateTask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更新任务
         * @description 更新任务接口
         */
        post: operations["UpdateTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#UpdateTaskFolder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更新任务文件夹
         * @description 更新任务文件夹
         */
        post: operations["UpdateTaskFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#UpdateTaskPartially": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更新任务部分属性
         * @description 更新任务接口
         */
        post: operations["UpdateTaskPartially"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#UpdateTriggerTask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更新工作流调度任务
         * @description 更新任务接口
         */
        post: operations["UpdateTriggerTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#UpdateTriggerTaskPartially": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更新调度工作流任务部分属性
         * @description 更新任务接口
         */
        post: operations["UpdateTriggerTaskPartially"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#UpdateTriggerWorkflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更新调度工作流信息
         * @description 更新工作流（包括工作流基本信息与工作流参数）
         */
        post: operations["UpdateTriggerWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#UpdateTriggerWorkflowPartially": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更新部分调度工作流信息
         * @description 更新工作流（包括工作流基本信息与工作流参数）
         */
        post: operations["UpdateTriggerWorkflowPartially"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#UpdateWorkflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更新工作流信息
         * @description 更新工作流（包括工作流基本信息与工作流参数）
         */
        post: operations["UpdateWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#UpdateWorkflowFolder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更新工作流文件夹
         * @description 更新工作流文件夹
         */
        post: operations["UpdateWorkflowFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The content of `Response` on failure (still HTTP 200). */
        TencentCloudErrorResponse: {
            /** @description What went wrong. */
            Error: {
                /**
                 * @description A dotted error code such as `AuthFailure.SignatureFailure`, `InvalidParameterValue`,
                 *     `RequestLimitExceeded` or `FailedOperation`. Branch on the code, never on the message.
                 * @example AuthFailure.SignatureFailure
                 */
                Code: string;
                /** @description A human-readable explanation. It may change between releases. */
                Message: string;
            };
            RequestId: components["schemas"]["RequestId"];
        };
        /**
         * @description The unique ID the server gives every processed request, errors included. Quote it when asking for
         *     support.
         * @example e8393496-32f6-4273-8555-32b9a69d63cb
         */
        RequestId: string;
        /** @description AddCalcEnginesToProject请求参数结构体 */
        AddCalcEnginesToProjectRequest: {
            /** @description 修改的项目ID */
            ProjectId: string;
            /** @description DLC集群信息 */
            DLCInfo: components["schemas"]["DLCClusterInfo"][];
        };
        /** @description The whole body of every processed AddCalcEnginesToProject request, success or error. */
        AddCalcEnginesToProjectResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["AddCalcEnginesToProjectResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description AddCalcEnginesToProject返回参数结构体 */
        AddCalcEnginesToProjectResponse: {
            Error?: never;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description AssociateResourceGroupToProject请求参数结构体 */
        AssociateResourceGroupToProjectRequest: {
            /** @description 资源组id */
            ResourceGroupId: string;
            /** @description 项目id */
            ProjectId: string;
        };
        /** @description The whole body of every processed AssociateResourceGroupToProject request, success or error. */
        AssociateResourceGroupToProjectResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["AssociateResourceGroupToProjectResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description AssociateResourceGroupToProject返回参数结构体 */
        AssociateResourceGroupToProjectResponse: {
            Error?: never;
            /** @description 输出 */
            Data?: components["schemas"]["ResourceStatus"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description AuthorizeDataSource请求参数结构体 */
        AuthorizeDataSourceRequest: {
            /** @description 数据源ID */
            DataSourceId: string;
            /** @description 授权给的目标项目id */
            AuthProjectId?: string;
            /**
             * @description 授权项目下用户列表，格式为：项目id_用户id
             *     与AuthProjectId参数只能选填一个
             *     当授权给多个对象时，项目id必须一致
             */
            AuthUsers?: string[];
        };
        /** @description The whole body of every processed AuthorizeDataSource request, success or error. */
        AuthorizeDataSourceResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["AuthorizeDataSourceResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description AuthorizeDataSource返回参数结构体 */
        AuthorizeDataSourceResponse: {
            Error?: never;
            /** @description 是否成功 */
            Data?: components["schemas"]["DataSourceStatus"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description AuthorizePrivileges请求参数结构体 */
        AuthorizePrivilegesRequest: {
            /**
             * @description 资源数组
             *     ResourceType：来源于TCCATALOG模块的GetGrantPrivilegesSTD接口中返回的ResourceType，并改为首字母大写，例如METALAKE对应Metalake
             *     ResourceUri，取决于 ResourceType，Metalake时固定为default，其他类别采用catalog的三段式结构，例如
             *     - Metalake，固定为default
             *     - Catalog，取catalogName
             *     - Schema，取catalogName.SchemaName
             *     - Table,，取catalogName.SchemaName.TableName
             */
            Resources: components["schemas"]["PrivilegeResourceInput"][];
            /**
             * @description 授权主体数组，SubjectType及对应SubjectValue取值规则
             *     - User 用户
             *         - 取自DescribeTenantUserList中的UserId
             *     - Project 项目
             *         - 取自DescribeUserProjects中的ProjectId
             *     - Role 角色（项目级角色）
             *         - 先调用DescribeUserProjects获取项目ID（ProjectId），再调用DescribeRoleList中的角色ID（RoleId），拼装为$ProjectId.$ProjectId. RoleId，例如"3085649716411588608.308335260274237440"
             *     - GlobalRole （平台级角色）
             *         - AllAccountUsers 全部用户
             *         - 其他ID，取自DescribeTenantRole中的RoleId
             */
            Subjects: components["schemas"]["Subject"][];
            /** @description 权限点，来源于TCCATALOG模块的GetGrantPrivilegesSTD接口中返回的各类Privileges中的NAME */
            Privileges: components["schemas"]["PrivilegeInfoInput"][];
        };
        /** @description The whole body of every processed AuthorizePrivileges request, success or error. */
        AuthorizePrivilegesResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["AuthorizePrivilegesResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description AuthorizePrivileges返回参数结构体 */
        AuthorizePrivilegesResponse: {
            Error?: never;
            /** @description 结果 */
            Data?: components["schemas"]["AuthorizePrivilegesRsp"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateCodeFile请求参数结构体 */
        CreateCodeFileRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 代码文件名称 */
            CodeFileName: string;
            /** @description 父文件夹path，例如/aaa/bbb/ccc，路径头需带斜杠，根目录传/ */
            ParentFolderPath: string;
            /** @description 代码文件配置 */
            CodeFileConfig?: components["schemas"]["CodeFileConfigInput"];
            /** @description 代码文件内容 */
            CodeFileContent?: string;
        };
        /** @description The whole body of every processed CreateCodeFile request, success or error. */
        CreateCodeFileResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateCodeFileResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateCodeFile返回参数结构体 */
        CreateCodeFileResponse: {
            Error?: never;
            /** @description 结果 */
            Data?: components["schemas"]["CodeFile"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateCodeFolder请求参数结构体 */
        CreateCodeFolderRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 文件夹名称 */
            FolderName: string;
            /** @description 父文件夹path，例如/aaa/bbb/ccc，路径头需带斜杠，根目录传/ */
            ParentFolderPath: string;
        };
        /** @description The whole body of every processed CreateCodeFolder request, success or error. */
        CreateCodeFolderResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateCodeFolderResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateCodeFolder返回参数结构体 */
        CreateCodeFolderResponse: {
            Error?: never;
            /** @description 成功true，失败false */
            Data?: components["schemas"]["CodeStudioFolderResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateCodePermissions请求参数结构体 */
        CreateCodePermissionsRequest: {
            /** @description 项目id */
            ProjectId: string;
            /** @description 权限操作对象 */
            AuthorizePermissionObjects: components["schemas"]["ExploreAuthorizationObject"][];
        };
        /** @description The whole body of every processed CreateCodePermissions request, success or error. */
        CreateCodePermissionsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateCodePermissionsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateCodePermissions返回参数结构体 */
        CreateCodePermissionsResponse: {
            Error?: never;
            /** @description 授权结果列表 */
            Data?: components["schemas"]["CodePermissionsResultItem"][];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateDataBackfillPlan请求参数结构体 */
        CreateDataBackfillPlanRequest: {
            /** @description 所属项目Id */
            ProjectId: string;
            /** @description 补录任务集合 */
            TaskIds: string[];
            /** @description 补录任务的数据时间配置 */
            DataBackfillRangeList: components["schemas"]["DataBackfillRangeInput"][];
            /** @description 时区，默认UTC+8 */
            TimeZone?: string;
            /** @description 数据补录计划名称，不填则由系统随机生成一串字符 */
            DataBackfillPlanName?: string;
            /** @description 检查父任务类型，取值范围：- NONE-全部不检查- ALL-检查全部上游父任务- MAKE_SCOPE-只在（当前补录计划）选中任务中检查,默认NONE不检查 */
            CheckParentType?: string;
            /** @description 补录是否忽略事件依赖,默认true */
            SkipEventListening?: boolean;
            /** @description 自定义的工作流自依赖，yes或者no；如果不配置，则使用工作流原有自依赖 */
            RedefineSelfWorkflowDependency?: string;
            /** @description 自定义实例运行并发度, 如果不配置，则使用任务原有自依赖 */
            RedefineParallelNum?: number;
            /** @description 调度资源组id，为空则表示使用任务原有调度执行资源组 */
            SchedulerResourceGroupId?: string;
            /** @description 集成任务资源组id，为空则表示使用任务原有调度执行资源组 */
            IntegrationResourceGroupId?: string;
            /** @description 自定义参数，可以重新指定任务的参数，方便补录实例执行新的逻辑 */
            RedefineParamList?: components["schemas"]["KVPairInput"][];
            /**
             * @description 补录是实例数据时间顺序，生效必须满足2个条件:
             *     1. 必须同周期任务
             *     2. 优先按依赖关系执行，无依赖关系影响的情况下按配置执行顺序执行
             *
             *     可选值
             *     - NORMAL: 不设置
             *     - ORDER: 顺序
             *     - REVERSE: 逆序
             *     不设置默认为NORMAL
             */
            DataTimeOrder?: string;
            /**
             * @description 补录实例重新生成周期，如果设置会重新指定补录任务实例的生成周期，目前只会将天实例转换成每月1号生成的实例
             *     * MONTH_CYCLE: 月
             */
            RedefineCycleType?: string;
        };
        /** @description The whole body of every processed CreateDataBackfillPlan request, success or error. */
        CreateDataBackfillPlanResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateDataBackfillPlanResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateDataBackfillPlan返回参数结构体 */
        CreateDataBackfillPlanResponse: {
            Error?: never;
            /** @description 数据补录计划创建结果 */
            Data?: components["schemas"]["CreateDataReplenishmentPlan"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateDataSource请求参数结构体 */
        CreateDataSourceRequest: {
            /** @description 数据源项目ID */
            ProjectId: string;
            /** @description 数据源名称 */
            Name: string;
            /**
             * @description 数据源类型:枚举值
             *
             *     - MYSQL
             *     - TENCENT_MYSQL
             *     - POSTGRE
             *     - ORACLE
             *     - SQLSERVER
             *     - FTP
             *     - HIVE
             *     - HUDI
             *     - HDFS
             *     - ICEBERG
             *     - KAFKA
             *     - DTS_KAFKA
             *     - HBASE
             *     - SPARK
             *     - TBASE
             *     - DB2
             *     - DM
             *     - GAUSSDB
             *     - GBASE
             *     - IMPALA
             *     - ES
             *     - TENCENT_ES
             *     - GREENPLUM
             *     - SAP_HANA
             *     - SFTP
             *     - OCEANBASE
             *     - CLICKHOUSE
             *     - KUDU
             *     - VERTICA
             *     - REDIS
             *     - COS
             *     - DLC
             *     - DORIS
             *     - CKAFKA
             *     - S3_DATAINSIGHT
             *     - TDSQL
             *     - TDSQL_MYSQL
             *     - MONGODB
             *     - TENCENT_MONGODB
             *     - REST_API
             *     - TiDB
             *     - StarRocks
             *     - Trino
             *     - Kyuubi
             *     - TCHOUSE_X
             *     - TCHOUSE_P
             *     - TCHOUSE_C
             *     - TCHOUSE_D
             *     - INFLUXDB
             *     - BIG_QUERY
             *     - SSH
             *     - BLOB
             *     - TDSQL_POSTGRE
             *     - GDB
             *     - TDENGINE
             *     - TDSQLC
             *     - FileSystem
             */
            Type: string;
            /**
             * @description 数据源的配置信息，以JSON KV存储，根据每个数据源类型不同，而KV存储信息不同
             *
             *     > deployType:
             *     CONNSTR_PUBLICDB(公网实例)
             *     CONNSTR_CVMDB(自建实例)
             *     INSTANCE(云实例)
             *
             *     ```
             *     mysql: 自建实例
             *     {
             *         "deployType": "CONNSTR_CVMDB",
             *         "url": "jdbc:mysql://1.1.1.1:1111/example#test#123456",
             *         "username": "root",
             *         "password": "example#test#123456",
             *         "region": "ap-shanghai",
             *         "vpcId": "vpc-kprq42yo",
             *         "type": "MYSQL"
             *     }
             *     mysql: 云实例
             *     {
             *         "instanceid": "cdb-12uxdo5e",
             *         "db": "db",
             *         "region": "ap-shanghai",
             *         "username": "msyql",
             *         "password": "example#test#123456",
             *         "deployType": "INSTANCE",
             *         "type": "TENCENT_MYSQL"
             *     }
             *     sql_server:
             *     {
             *         "deployType": "CONNSTR_PUBLICDB",
             *         "url": "jdbc:sqlserver://1.1.1.1:223;example#test#123456",
             *         "username": "user_1",
             *         "password": "example#test#123456",
             *         "type": "SQLSERVER"
             *     }
             *     redis:
             *         redisType:
             *         -NO_ACCOUT(免账号)
             *         -SELF_ACCOUNT(自定义账号)
             *     {
             *         "deployType": "CONNSTR_PUBLICDB",
             *         "username":""
             *         "password": "example#test#123456",
             *         "ip": "1.1.1.1",
             *         "port": "6379",
             *         "redisType": "NO_ACCOUT",
             *         "type": "REDIS"
             *     }
             *     oracle:
             *     {
             *         "deployType": "CONNSTR_CVMDB",
             *         "url": "jdbc:oracle:thin:@1.1.1.1:1521:example#test#123456",
             *         "username": "oracle",
             *         "password": "example#test#123456",
             *         "region": "ap-shanghai",
             *         "vpcId": "vpc-kprq42yo",
             *         "type": "ORACLE"
             *     }
             *     mongodb:
             *         advanceParams(自定义参数，会拼接至url后)
             *     {
             *         "advanceParams": [
             *             {
             *                 "key": "authSource",
             *                 "value": "auth"
             *             }
             *         ],
             *         "db": "admin",
             *         "deployType": "CONNSTR_PUBLICDB",
             *         "username": "user",
             *         "password": "example#test#123456",
             *         "type": "MONGODB",
             *         "host": "1.1.1.1:9200"
             *     }
             *     postgresql:
             *     {
             *         "deployType": "CONNSTR_PUBLICDB",
             *         "url": "jdbc:postgresql://1.1.1.1:1921/example#test#123456",
             *         "username": "user",
             *         "password": "example#test#123456",
             *         "type": "POSTGRE"
             *     }
             *     kafka:
             *         authType:
             *             - sasl
             *             - jaas
             *             - sasl_plaintext
             *             - sasl_ssl
             *             - GSSAPI
             *         ssl:
             *             -PLAIN
             *             -GSSAPI
             *     {
             *         "deployType": "CONNSTR_PUBLICDB",
             *         "host": "1.1.1.1:9092",
             *         "ssl": "GSSAPI",
             *         "authType": "sasl",
             *         "type": "KAFKA",
             *         "principal": "aaaa",
             *         "serviceName": "kafka"
             *     }
             *
             *     cos:
             *     {
             *         "region": "ap-shanghai",
             *         "deployType": "INSTANCE",
             *         "secretId": "aaaaa",
             *         "secretKey": "example#test#123456",
             *         "bucket": "aaa",
             *         "type": "COS"
             *     }
             *
             *     ```
             */
            ProdConProperties: string;
            /** @description 开发环境数据源配置信息，若项目为标准模式，则此字段必填 */
            DevConProperties?: string;
            /** @description 生产环境数据源文件上传 */
            ProdFileUpload?: components["schemas"]["DataSourceFileUpload"];
            /** @description 开发环境数据源文件上传 */
            DevFileUpload?: components["schemas"]["DataSourceFileUpload"];
            /** @description 数据源展示名，为了可视化查看 */
            DisplayName?: string;
            /** @description 数据源描述信息 */
            Description?: string;
        };
        /** @description The whole body of every processed CreateDataSource request, success or error. */
        CreateDataSourceResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateDataSourceResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateDataSource返回参数结构体 */
        CreateDataSourceResponse: {
            Error?: never;
            /** @description 主键ID */
            Data?: components["schemas"]["DataSourceResult"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateOpsAlarmRule请求参数结构体 */
        CreateOpsAlarmRuleRequest: {
            /** @description 项目id */
            ProjectId: string;
            /** @description 告警规则名称 */
            AlarmRuleName: string;
            /** @description 监控对象业务id列表，根据MonitorType 的设置传入不同的业务id，如下1（任务）： MonitorObjectIds为任务id列表2（工作流）： MonitorObjectIds 为工作流id列表(工作流id可从接口ListWorkflows获取)3（项目）：  MonitorObjectIds为项目id列表 */
            MonitorObjectIds: string[];
            /**
             * @description 告警规则监控类型 failure：失败告警 ；overtime：超时告警 success：成功告警; backTrackingOrRerunSuccess: 补录重跑成功告警 backTrackingOrRerunFailure：补录重跑失败告警；
             *     项目波动告警 projectFailureInstanceUpwardFluctuationAlarm： 当天失败实例数向上波动率超过阀值告警； projectSuccessInstanceDownwardFluctuationAlarm：当天成功实例数向下波动率超过阀值告警；
             *     离线集成任务对账告警： reconciliationFailure： 离线对账任务失败告警 reconciliationOvertime： 离线对账任务运行超时告警 reconciliationMismatch： 数据对账任务不一致条数超过阀值告警
             */
            AlarmTypes: string[];
            /** @description 告警接收人配置信息 */
            AlarmGroups: components["schemas"]["AlarmGroupInput"][];
            /**
             * @description 监控对象类型,
             *     任务维度监控： 可按照任务/工作流/项目来配置：1.任务、2.工作流、3.项目（默认为1.任务）
             *     项目维度监控： 项目整体任务波动告警，  7：项目波动监控告警
             */
            MonitorObjectType?: number;
            /**
             * @description 告警规则配置信息
             *     成功告警无需配置；失败告警可以配置首次失败告警或者所有重试失败告警；超时配置需要配置超时类型及超时阀值；项目波动告警需要配置波动率及防抖周期配置
             */
            AlarmRuleDetail?: components["schemas"]["AlarmRuleDetailInput"];
            /** @description 告警级别 1.普通、2.重要、3.紧急（默认1.普通） */
            AlarmLevel?: number;
            /** @description 告警规则描述 */
            Description?: string;
        };
        /** @description The whole body of every processed CreateOpsAlarmRule request, success or error. */
        CreateOpsAlarmRuleResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateOpsAlarmRuleResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateOpsAlarmRule返回参数结构体 */
        CreateOpsAlarmRuleResponse: {
            Error?: never;
            /** @description 告警规则唯一id */
            Data?: components["schemas"]["CreateAlarmRuleData"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateProject请求参数结构体 */
        CreateProjectRequest: {
            /** @description 项目基本信息 */
            Project: components["schemas"]["ProjectRequest"];
            /** @description DLC绑定集群信息 */
            DLCInfo?: components["schemas"]["DLCClusterInfo"];
            /** @description 绑定资源组的id列表 */
            ResourceIds?: string[];
        };
        /** @description The whole body of every processed CreateProject request, success or error. */
        CreateProjectResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateProjectResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateProject返回参数结构体 */
        CreateProjectResponse: {
            Error?: never;
            /** @description 创建项目结果 */
            Data?: components["schemas"]["CreateProjectResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateProjectMember请求参数结构体 */
        CreateProjectMemberRequest: {
            /** @description 项目id */
            ProjectId: string;
            /** @description 用户id */
            UserUins: string[];
            /** @description 角色id */
            RoleIds: string[];
        };
        /** @description The whole body of every processed CreateProjectMember request, success or error. */
        CreateProjectMemberResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateProjectMemberResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateProjectMember返回参数结构体 */
        CreateProjectMemberResponse: {
            Error?: never;
            /** @description 返回数据 */
            Data?: components["schemas"]["ProjectResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateQualityRule请求参数结构体 */
        CreateQualityRuleRequest: {
            /** @description 项目id */
            ProjectId: string;
            /**
             * @description 规则创建场景
             *     1：单表多规则
             *     2：多表单规则
             *     3：克隆创建规则
             */
            CreateRuleScene: number;
            /** @description 单条规则信息集合 */
            RuleBOList: components["schemas"]["QualityRuleInfo"][];
        };
        /** @description The whole body of every processed CreateQualityRule request, success or error. */
        CreateQualityRuleResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateQualityRuleResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateQualityRule返回参数结构体 */
        CreateQualityRuleResponse: {
            Error?: never;
            /** @description 规则创建结果 */
            Data?: components["schemas"]["CreateQualityRuleVO"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateQualityRuleGroup请求参数结构体 */
        CreateQualityRuleGroupRequest: {
            /** @description 任务参数 */
            RuleGroupExecStrategyBOList: components["schemas"]["QualityRuleGroupExecStrategyInput"][];
            /** @description 项目ID */
            ProjectId: string;
        };
        /** @description The whole body of every processed CreateQualityRuleGroup request, success or error. */
        CreateQualityRuleGroupResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateQualityRuleGroupResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateQualityRuleGroup返回参数结构体 */
        CreateQualityRuleGroupResponse: {
            Error?: never;
            /** @description 是否更新成功 */
            Data?: components["schemas"]["CreateQualityRuleGroupResultVO"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateResourceFile请求参数结构体 */
        CreateResourceFileRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 资源文件名称, 尽可能和上传文件名保持一致 */
            ResourceName: string;
            /** @description cos存储桶名称, 可从GetResourceCosPath接口获取 */
            BucketName: string;
            /** @description BucketName桶对应的cos存储桶区域 */
            CosRegion: string;
            /** @description 项目中资源文件上传的路径, 取值示例: /wedata/qxxxm/, 根目录,请使用/即可 */
            ParentFolderPath: string;
            /**
             * @description - 上传文件及手填两种方式只能选择其一，如果两者均提供，取值顺序为文件>手填值
             *     -   手填值必须是存在的cos路径, parentFolderPath为父文件夹路径, name为文件名, 手填值取值示例:     /datastudio/resource/projectId/parentFolderPath/name
             */
            ResourceFile: string;
            /** @description bundle客户端ID */
            BundleId?: string;
            /** @description bundle客户端信息 */
            BundleInfo?: string;
        };
        /** @description The whole body of every processed CreateResourceFile request, success or error. */
        CreateResourceFileResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateResourceFileResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateResourceFile返回参数结构体 */
        CreateResourceFileResponse: {
            Error?: never;
            /** @description 创建资源文件结果 */
            Data?: components["schemas"]["CreateResourceFileResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateResourceFolder请求参数结构体 */
        CreateResourceFolderRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 父文件夹绝对路径, 取值示例 /wedata/test, 根目录,请使用/即可 */
            ParentFolderPath: string;
            /** @description 文件夹名称 */
            FolderName: string;
        };
        /** @description The whole body of every processed CreateResourceFolder request, success or error. */
        CreateResourceFolderResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateResourceFolderResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateResourceFolder返回参数结构体 */
        CreateResourceFolderResponse: {
            Error?: never;
            /** @description 创建文件夹结果，如果创建失败则报错。 */
            Data?: components["schemas"]["CreateFolderResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateResourceGroup请求参数结构体 */
        CreateResourceGroupRequest: {
            /** @description 资源组名称。创建通用资源组的名称，必须以字母开头，可包含字母、数字、下划线（_），最多 64 个字符。 */
            Name: string;
            /** @description 开通的资源组信息 */
            Type: components["schemas"]["ResourceType"];
            /** @description 是否自动续费 */
            AutoRenewEnabled: boolean;
            /** @description 购买时长，单位月 */
            PurchasePeriod: number;
            /** @description vpcId */
            VpcId: string;
            /** @description 子网 */
            SubNet: string;
            /** @description 资源购买地域 */
            ResourceRegion: string;
            /** @description 关联项目空间项目id */
            AssociatedProjectId?: string;
            /** @description 资源组描述 */
            Description?: string;
        };
        /** @description The whole body of every processed CreateResourceGroup request, success or error. */
        CreateResourceGroupResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateResourceGroupResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateResourceGroup返回参数结构体 */
        CreateResourceGroupResponse: {
            Error?: never;
            /** @description 是否开启成功 */
            Data?: components["schemas"]["ResourceResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateSQLFolder请求参数结构体 */
        CreateSQLFolderRequest: {
            /** @description 文件夹名称 */
            FolderName: string;
            /** @description 项目id */
            ProjectId: string;
            /** @description 父文件夹path，/aaa/bbb/ccc，路径头需带斜杠，查询根目录传/ */
            ParentFolderPath: string;
            /** @description 权限范围：SHARED, PRIVATE */
            AccessScope?: string;
        };
        /** @description The whole body of every processed CreateSQLFolder request, success or error. */
        CreateSQLFolderResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateSQLFolderResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateSQLFolder返回参数结构体 */
        CreateSQLFolderResponse: {
            Error?: never;
            /** @description 成功true，失败false */
            Data?: components["schemas"]["SqlCreateResult"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateSQLScript请求参数结构体 */
        CreateSQLScriptRequest: {
            /** @description 脚本名称 */
            ScriptName: string;
            /** @description 项目Id */
            ProjectId: string;
            /** @description 父文件夹path，/aaa/bbb/ccc，根目录为空字符串或/ */
            ParentFolderPath?: string;
            /** @description 数据探索脚本配置 */
            ScriptConfig?: components["schemas"]["SQLScriptConfigInput"];
            /** @description 脚本内容，如有值，则要将内容进行base64编码 */
            ScriptContent?: string;
            /** @description 权限范围：SHARED, PRIVATE */
            AccessScope?: string;
        };
        /** @description The whole body of every processed CreateSQLScript request, success or error. */
        CreateSQLScriptResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateSQLScriptResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateSQLScript返回参数结构体 */
        CreateSQLScriptResponse: {
            Error?: never;
            /** @description 结果 */
            Data?: components["schemas"]["SQLScript"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateTask请求参数结构体 */
        CreateTaskRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 任务基本属性 */
            TaskBaseAttribute: components["schemas"]["CreateTaskBaseAttribute"];
            /** @description 任务配置 */
            TaskConfiguration: components["schemas"]["CreateTaskConfiguration"];
            /** @description 任务调度配置 */
            TaskSchedulerConfiguration: components["schemas"]["CreateTaskSchedulerConfiguration"];
        };
        /** @description The whole body of every processed CreateTask request, success or error. */
        CreateTaskResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateTaskResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateTask返回参数结构体 */
        CreateTaskResponse: {
            Error?: never;
            /** @description 任务ID */
            Data?: components["schemas"]["CreateTaskResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateTaskFolder请求参数结构体 */
        CreateTaskFolderRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 父文件夹绝对路径，如/abc/de，如果是根目录则传/ */
            ParentTaskFolderPath: string;
            /** @description 要创建的文件夹名字 */
            TaskFolderName: string;
            /**
             * @description 任务文件夹类型
             *
             *     | 任务文件夹类型取值 | 任务文件夹类型界面对应名称 |
             *     | ---------------- | ------------------------ |
             *     | ETL              | 集成任务                 |
             *     | EMR              | EMR                      |
             *     | DLC              | DLC                      |
             *     | SETATS           | SETATS                   |
             *     | TDSQL            | TDSQL                    |
             *     | TCHOUSE          | TCHOUSE                  |
             *     | GENERAL          | 通用                     |
             *     | TI_ONE           | TI-ONE机器学习           |
             *     | ACROSS_WORKFLOWS | 跨工作流                 |
             */
            TaskFolderType: string;
            /** @description 工作流ID */
            WorkflowId: string;
        };
        /** @description The whole body of every processed CreateTaskFolder request, success or error. */
        CreateTaskFolderResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateTaskFolderResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateTaskFolder返回参数结构体 */
        CreateTaskFolderResponse: {
            Error?: never;
            /** @description 创建文件夹结果，如果创建失败则报错。 */
            Data?: components["schemas"]["CreateTaskFolderResult"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateTriggerTask请求参数结构体 */
        CreateTriggerTaskRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 任务基本属性 */
            TriggerTaskBaseAttribute: components["schemas"]["CreateTriggerTaskBaseAttribute"];
            /** @description 任务配置 */
            TriggerTaskConfiguration: components["schemas"]["CreateTriggerTaskConfiguration"];
            /** @description 任务调度配置 */
            TriggerTaskSchedulerConfiguration: components["schemas"]["CreateTriggerTaskSchedulerConfiguration"];
        };
        /** @description The whole body of every processed CreateTriggerTask request, success or error. */
        CreateTriggerTaskResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateTriggerTaskResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateTriggerTask返回参数结构体 */
        CreateTriggerTaskResponse: {
            Error?: never;
            /** @description 任务ID */
            Data?: components["schemas"]["CreateTaskResult"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateTriggerWorkflow请求参数结构体 */
        CreateTriggerWorkflowRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 工作流名称 */
            WorkflowName: string;
            /** @description 所属文件夹路径 */
            ParentFolderPath: string;
            /** @description 工作流描述 */
            WorkflowDesc?: string;
            /** @description 工作流负责人ID */
            OwnerUin?: string;
            /** @description 工作流参数 */
            WorkflowParams?: components["schemas"]["ParamInfo"][];
            /** @description 统一调度信息 */
            TriggerWorkflowSchedulerConfigurations?: components["schemas"]["WorkflowTriggerConfigInput"][];
            /** @description BundleId项 */
            BundleId?: string;
            /** @description Bundle信息 */
            BundleInfo?: string;
            /** @description 通用参数配置 */
            GeneralTaskParams?: components["schemas"]["WorkflowGeneralTaskParamInput"][];
        };
        /** @description The whole body of every processed CreateTriggerWorkflow request, success or error. */
        CreateTriggerWorkflowResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateTriggerWorkflowResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateTriggerWorkflow返回参数结构体 */
        CreateTriggerWorkflowResponse: {
            Error?: never;
            /** @description 返回工作流ID */
            Data?: components["schemas"]["CreateTriggerWorkflowResult"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateWorkflow请求参数结构体 */
        CreateWorkflowRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 工作流名称 */
            WorkflowName: string;
            /** @description 所属文件夹路径 */
            ParentFolderPath: string;
            /** @description 工作流类型,取值示例：cycle 周期工作流；manual 手动工作流，默认传入cycle */
            WorkflowType?: string;
            /** @description 工作流描述 */
            WorkflowDesc?: string;
            /** @description 工作流负责人ID */
            OwnerUin?: string;
            /** @description 工作流参数 */
            WorkflowParams?: components["schemas"]["ParamInfo"][];
            /** @description 统一调度信息 */
            WorkflowSchedulerConfiguration?: components["schemas"]["WorkflowSchedulerConfigurationInfo"];
            /** @description BundleId项 */
            BundleId?: string;
            /** @description Bundle信息 */
            BundleInfo?: string;
        };
        /** @description The whole body of every processed CreateWorkflow request, success or error. */
        CreateWorkflowResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateWorkflowResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateWorkflow返回参数结构体 */
        CreateWorkflowResponse: {
            Error?: never;
            /** @description 返回工作流ID */
            Data?: components["schemas"]["CreateWorkflowResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateWorkflowFolder请求参数结构体 */
        CreateWorkflowFolderRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 父文件夹绝对路径，如/abc/de，如果是根目录则传/ */
            ParentFolderPath: string;
            /** @description 要创建的文件夹名字 */
            FolderName: string;
        };
        /** @description The whole body of every processed CreateWorkflowFolder request, success or error. */
        CreateWorkflowFolderResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateWorkflowFolderResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateWorkflowFolder返回参数结构体 */
        CreateWorkflowFolderResponse: {
            Error?: never;
            /** @description 创建文件夹结果，如果创建失败则报错。 */
            Data?: components["schemas"]["CreateFolderResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description CreateWorkflowPermissions请求参数结构体 */
        CreateWorkflowPermissionsRequest: {
            /** @description 项目id */
            ProjectId: string;
            /** @description 授权实体ID */
            EntityId: string;
            /** @description 授权实体类型,folder/workflow */
            EntityType: string;
            /** @description 授权信息数组 */
            PermissionList: components["schemas"]["WorkflowPermissionInput"][];
        };
        /** @description The whole body of every processed CreateWorkflowPermissions request, success or error. */
        CreateWorkflowPermissionsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["CreateWorkflowPermissionsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description CreateWorkflowPermissions返回参数结构体 */
        CreateWorkflowPermissionsResponse: {
            Error?: never;
            /** @description 实体授权结果 */
            Data?: components["schemas"]["CreateWorkflowPermissionsResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteCodeFile请求参数结构体 */
        DeleteCodeFileRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 代码文件ID，参数值来自CreateCodeFile接口的返回 */
            CodeFileId: string;
        };
        /** @description The whole body of every processed DeleteCodeFile request, success or error. */
        DeleteCodeFileResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteCodeFileResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteCodeFile返回参数结构体 */
        DeleteCodeFileResponse: {
            Error?: never;
            /** @description 执行结果 */
            Data?: components["schemas"]["CodeStudioFileActionResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteCodeFolder请求参数结构体 */
        DeleteCodeFolderRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 文件夹ID，参数值来自CreateCodeFolder接口的返回 */
            FolderId: string;
        };
        /** @description The whole body of every processed DeleteCodeFolder request, success or error. */
        DeleteCodeFolderResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteCodeFolderResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteCodeFolder返回参数结构体 */
        DeleteCodeFolderResponse: {
            Error?: never;
            /** @description 执行结果 */
            Data?: components["schemas"]["CodeStudioFolderActionResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteCodePermissions请求参数结构体 */
        DeleteCodePermissionsRequest: {
            /** @description 项目id */
            ProjectId: string;
            /** @description 回收的权限列表 */
            RecyclePolicySet?: components["schemas"]["ExploreAuthorizationRecycleObject"][];
        };
        /** @description The whole body of every processed DeleteCodePermissions request, success or error. */
        DeleteCodePermissionsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteCodePermissionsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteCodePermissions返回参数结构体 */
        DeleteCodePermissionsResponse: {
            Error?: never;
            /** @description 权限回收结果 */
            Data?: components["schemas"]["CodePermissionsResultItem"][];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteDataBackfillPlanAsync请求参数结构体 */
        DeleteDataBackfillPlanAsyncRequest: {
            /** @description 项目id */
            ProjectId: string;
            /** @description 补录计划id */
            DataBackfillPlanId: string;
        };
        /** @description The whole body of every processed DeleteDataBackfillPlanAsync request, success or error. */
        DeleteDataBackfillPlanAsyncResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteDataBackfillPlanAsyncResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteDataBackfillPlanAsync返回参数结构体 */
        DeleteDataBackfillPlanAsyncResponse: {
            Error?: never;
            /** @description 删除执行计划返回的异步响应 */
            Data?: components["schemas"]["OpsAsyncResponse"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteDataSource请求参数结构体 */
        DeleteDataSourceRequest: {
            /** @description 项目id */
            ProjectId: string;
            /** @description 数据源id */
            Id: number;
        };
        /** @description The whole body of every processed DeleteDataSource request, success or error. */
        DeleteDataSourceResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteDataSourceResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteDataSource返回参数结构体 */
        DeleteDataSourceResponse: {
            Error?: never;
            /** @description 是否删除成功 */
            Data?: components["schemas"]["DataSourceStatus"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteLineage请求参数结构体 */
        DeleteLineageRequest: {
            /** @description 需要删除的血缘关系列表 */
            Relations: components["schemas"]["LineagePairInput"][];
        };
        /** @description The whole body of every processed DeleteLineage request, success or error. */
        DeleteLineageResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteLineageResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteLineage返回参数结构体 */
        DeleteLineageResponse: {
            Error?: never;
            /** @description 删除结果 */
            Data?: components["schemas"]["OperateResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteOpsAlarmRule请求参数结构体 */
        DeleteOpsAlarmRuleRequest: {
            /** @description 项目id */
            ProjectId: string;
            /**
             * @description 告警规则唯一id，接口CreateAlarmRule返回
             *     与AlarmRuleName二选一
             */
            AlarmRuleId: string;
        };
        /** @description The whole body of every processed DeleteOpsAlarmRule request, success or error. */
        DeleteOpsAlarmRuleResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteOpsAlarmRuleResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteOpsAlarmRule返回参数结构体 */
        DeleteOpsAlarmRuleResponse: {
            Error?: never;
            /** @description 是否删除成功 */
            Data?: components["schemas"]["DeleteAlarmRuleResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteProject请求参数结构体 */
        DeleteProjectRequest: {
            /** @description 删除的项目ID */
            ProjectId: string;
        };
        /** @description The whole body of every processed DeleteProject request, success or error. */
        DeleteProjectResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteProjectResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteProject返回参数结构体 */
        DeleteProjectResponse: {
            Error?: never;
            /** @description 删除结果 */
            Data?: components["schemas"]["ProjectResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteProjectMember请求参数结构体 */
        DeleteProjectMemberRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 用户ID列表 */
            UserUins: string[];
        };
        /** @description The whole body of every processed DeleteProjectMember request, success or error. */
        DeleteProjectMemberResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteProjectMemberResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteProjectMember返回参数结构体 */
        DeleteProjectMemberResponse: {
            Error?: never;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteQualityRule请求参数结构体 */
        DeleteQualityRuleRequest: {
            /** @description 质量规则ID */
            RuleId: number;
            /** @description 项目ID */
            ProjectId: string;
        };
        /** @description The whole body of every processed DeleteQualityRule request, success or error. */
        DeleteQualityRuleResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteQualityRuleResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteQualityRule返回参数结构体 */
        DeleteQualityRuleResponse: {
            Error?: never;
            /** @description 是否删除成功 */
            Data?: boolean | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteQualityRuleGroup请求参数结构体 */
        DeleteQualityRuleGroupRequest: {
            /** @description 项目Id */
            ProjectId: string;
            /** @description 监控任务id */
            RuleGroupIdList: number[];
        };
        /** @description The whole body of every processed DeleteQualityRuleGroup request, success or error. */
        DeleteQualityRuleGroupResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteQualityRuleGroupResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteQualityRuleGroup返回参数结构体 */
        DeleteQualityRuleGroupResponse: {
            Error?: never;
            /** @description 批量删除操作的具体执行结果 */
            Data?: components["schemas"]["DeleteQualityRuleGroupResultVO"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteResourceFile请求参数结构体 */
        DeleteResourceFileRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 资源ID, 可通过ListResourceFiles接口获取 */
            ResourceId: string;
        };
        /** @description The whole body of every processed DeleteResourceFile request, success or error. */
        DeleteResourceFileResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteResourceFileResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteResourceFile返回参数结构体 */
        DeleteResourceFileResponse: {
            Error?: never;
            /** @description 资源删除结果 */
            Data?: components["schemas"]["DeleteResourceFileResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteResourceFolder请求参数结构体 */
        DeleteResourceFolderRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 文件夹ID, 可通过ListResourceFolders接口获取 */
            FolderId: string;
        };
        /** @description The whole body of every processed DeleteResourceFolder request, success or error. */
        DeleteResourceFolderResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteResourceFolderResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteResourceFolder返回参数结构体 */
        DeleteResourceFolderResponse: {
            Error?: never;
            /** @description true代表删除成功，false代表删除失败 */
            Data?: components["schemas"]["DeleteFolderResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteResourceGroup请求参数结构体 */
        DeleteResourceGroupRequest: {
            /** @description 资源组id */
            Id: string;
        };
        /** @description The whole body of every processed DeleteResourceGroup request, success or error. */
        DeleteResourceGroupResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteResourceGroupResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteResourceGroup返回参数结构体 */
        DeleteResourceGroupResponse: {
            Error?: never;
            /** @description 是否销毁成功 */
            Data?: components["schemas"]["ResourceStatus"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteSQLFolder请求参数结构体 */
        DeleteSQLFolderRequest: {
            /** @description 文件夹Id */
            FolderId: string;
            /** @description 项目id */
            ProjectId: string;
        };
        /** @description The whole body of every processed DeleteSQLFolder request, success or error. */
        DeleteSQLFolderResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteSQLFolderResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteSQLFolder返回参数结构体 */
        DeleteSQLFolderResponse: {
            Error?: never;
            /** @description 操作结果 */
            Data?: components["schemas"]["SQLContentActionResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteSQLScript请求参数结构体 */
        DeleteSQLScriptRequest: {
            /** @description 探索脚本Id */
            ScriptId: string;
            /** @description 项目Id */
            ProjectId: string;
        };
        /** @description The whole body of every processed DeleteSQLScript request, success or error. */
        DeleteSQLScriptResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteSQLScriptResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteSQLScript返回参数结构体 */
        DeleteSQLScriptResponse: {
            Error?: never;
            /** @description 执行结果 */
            Data?: components["schemas"]["SQLContentActionResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteTask请求参数结构体 */
        DeleteTaskRequest: {
            /** @description 项目Id */
            ProjectId: string;
            /**
             * @description 任务ID
             *     和VirtualTaskId选填一个
             */
            TaskId: string;
            /**
             * @description 任务操作是否消息通知下游任务责任人true：通知
             *     false：不通知
             *     不传默认false
             */
            OperateInform?: boolean;
            /**
             * @description 任务删除方式
             *     true：不针对下游任务实例进行强制失败
             *     false：针对下游任务实例进行强制失败
             *     不传默认false
             */
            DeleteMode?: boolean;
        };
        /** @description The whole body of every processed DeleteTask request, success or error. */
        DeleteTaskResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteTaskResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteTask返回参数结构体 */
        DeleteTaskResponse: {
            Error?: never;
            /** @description 是否删除成功 */
            Data?: components["schemas"]["DeleteTaskResult"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteTaskFolder请求参数结构体 */
        DeleteTaskFolderRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 工作流ID */
            WorkflowId: string;
            /** @description 文件夹ID，可通过ListTaskFolders接口获取 */
            TaskFolderId: string;
        };
        /** @description The whole body of every processed DeleteTaskFolder request, success or error. */
        DeleteTaskFolderResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteTaskFolderResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteTaskFolder返回参数结构体 */
        DeleteTaskFolderResponse: {
            Error?: never;
            /** @description 删除结果 */
            Data?: components["schemas"]["DeleteTaskFolderResult"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteTriggerTask请求参数结构体 */
        DeleteTriggerTaskRequest: {
            /** @description 项目Id */
            ProjectId: string;
            /**
             * @description 任务ID
             *     和VirtualTaskId选填一个
             */
            TaskId: string;
            /**
             * @description 任务操作是否消息通知下游任务责任人true：通知
             *     false：不通知
             *     不传默认false
             */
            OperateInform?: boolean;
            /** @description (本参数暂不生效)当前删除上游任务时，不会针对下游任务实例进行强制失败 */
            DeleteMode?: boolean;
        };
        /** @description The whole body of every processed DeleteTriggerTask request, success or error. */
        DeleteTriggerTaskResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteTriggerTaskResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteTriggerTask返回参数结构体 */
        DeleteTriggerTaskResponse: {
            Error?: never;
            /** @description 是否删除成功 */
            Data?: components["schemas"]["DeleteTaskResult"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteTriggerWorkflow请求参数结构体 */
        DeleteTriggerWorkflowRequest: {
            /** @description 项目Id */
            ProjectId: string;
            /** @description 工作流id */
            WorkflowId: string;
        };
        /** @description The whole body of every processed DeleteTriggerWorkflow request, success or error. */
        DeleteTriggerWorkflowResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteTriggerWorkflowResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteTriggerWorkflow返回参数结构体 */
        DeleteTriggerWorkflowResponse: {
            Error?: never;
            /** @description 是否删除成功 */
            Data?: components["schemas"]["DeleteTriggerWorkflowResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteWorkflow请求参数结构体 */
        DeleteWorkflowRequest: {
            /** @description 项目Id */
            ProjectId: string;
            /** @description 工作流id */
            WorkflowId: string;
        };
        /** @description The whole body of every processed DeleteWorkflow request, success or error. */
        DeleteWorkflowResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteWorkflowResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteWorkflow返回参数结构体 */
        DeleteWorkflowResponse: {
            Error?: never;
            /** @description 是否删除成功 */
            Data?: components["schemas"]["DeleteWorkflowResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteWorkflowFolder请求参数结构体 */
        DeleteWorkflowFolderRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 文件夹ID，可通过ListWorkflowFolders接口获取 */
            FolderId: string;
        };
        /** @description The whole body of every processed DeleteWorkflowFolder request, success or error. */
        DeleteWorkflowFolderResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteWorkflowFolderResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteWorkflowFolder返回参数结构体 */
        DeleteWorkflowFolderResponse: {
            Error?: never;
            /** @description 删除结果 */
            Data?: components["schemas"]["DeleteFolderResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DeleteWorkflowPermissions请求参数结构体 */
        DeleteWorkflowPermissionsRequest: {
            /** @description 项目id */
            ProjectId: string;
            /** @description 授权实体ID */
            EntityId: string;
            /** @description 授权实体类型,folder/workflow */
            EntityType: string;
            /** @description 删除权限数组 */
            DeletePermissionList: components["schemas"]["DeleteWorkflowPermission"][];
        };
        /** @description The whole body of every processed DeleteWorkflowPermissions request, success or error. */
        DeleteWorkflowPermissionsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DeleteWorkflowPermissionsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DeleteWorkflowPermissions返回参数结构体 */
        DeleteWorkflowPermissionsResponse: {
            Error?: never;
            /** @description 资源删除结果 */
            Data?: components["schemas"]["DeleteWorkflowPermissionsResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DescribeDataSourceAuthority请求参数结构体 */
        DescribeDataSourceAuthorityRequest: {
            /** @description 对象唯一ID */
            Id: number;
        };
        /** @description The whole body of every processed DescribeDataSourceAuthority request, success or error. */
        DescribeDataSourceAuthorityResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DescribeDataSourceAuthorityResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DescribeDataSourceAuthority返回参数结构体 */
        DescribeDataSourceAuthorityResponse: {
            Error?: never;
            /** @description 数据源权限对象 */
            Data?: components["schemas"]["AuthInfo"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DisableProject请求参数结构体 */
        DisableProjectRequest: {
            /** @description 项目id */
            ProjectId: string;
        };
        /** @description The whole body of every processed DisableProject request, success or error. */
        DisableProjectResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DisableProjectResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DisableProject返回参数结构体 */
        DisableProjectResponse: {
            Error?: never;
            /** @description 无 */
            Data?: components["schemas"]["ProjectResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description DissociateResourceGroupFromProject请求参数结构体 */
        DissociateResourceGroupFromProjectRequest: {
            /** @description 资源组id */
            ResourceGroupId: string;
            /** @description 项目id */
            ProjectId: string;
        };
        /** @description The whole body of every processed DissociateResourceGroupFromProject request, success or error. */
        DissociateResourceGroupFromProjectResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["DissociateResourceGroupFromProjectResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description DissociateResourceGroupFromProject返回参数结构体 */
        DissociateResourceGroupFromProjectResponse: {
            Error?: never;
            /** @description 是否绑定成功，失败返回异常 */
            Data?: components["schemas"]["ResourceStatus"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description EnableProject请求参数结构体 */
        EnableProjectRequest: {
            /** @description 项目id */
            ProjectId: string;
        };
        /** @description The whole body of every processed EnableProject request, success or error. */
        EnableProjectResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["EnableProjectResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description EnableProject返回参数结构体 */
        EnableProjectResponse: {
            Error?: never;
            /** @description 无 */
            Data?: components["schemas"]["ProjectResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetAlarmMessage请求参数结构体 */
        GetAlarmMessageRequest: {
            /** @description 所属项目Id */
            ProjectId: string;
            /** @description 告警消息Id */
            AlarmMessageId: string;
            /** @description 返回日期的时区, 默认UTC+8 */
            TimeZone?: string;
        };
        /** @description The whole body of every processed GetAlarmMessage request, success or error. */
        GetAlarmMessageResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetAlarmMessageResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetAlarmMessage返回参数结构体 */
        GetAlarmMessageResponse: {
            Error?: never;
            /** @description 告警信息 */
            Data?: components["schemas"]["AlarmMessage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetCodeFile请求参数结构体 */
        GetCodeFileRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 代码文件ID，参数值来自CreateCodeFile接口的返回 */
            CodeFileId: string;
            /** @description true：返回文件内容+配置，false：不返回文件内容，只返回配置信息；默认为false */
            IncludeContent?: boolean;
        };
        /** @description The whole body of every processed GetCodeFile request, success or error. */
        GetCodeFileResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetCodeFileResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetCodeFile返回参数结构体 */
        GetCodeFileResponse: {
            Error?: never;
            /** @description 代码文件详情 */
            Data?: components["schemas"]["CodeFile"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetCodeFolder请求参数结构体 */
        GetCodeFolderRequest: {
            /** @description 项目id */
            ProjectId: string;
            /** @description 文件夹id */
            FolderId: string;
        };
        /** @description The whole body of every processed GetCodeFolder request, success or error. */
        GetCodeFolderResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetCodeFolderResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetCodeFolder返回参数结构体 */
        GetCodeFolderResponse: {
            Error?: never;
            /** @description codestudio文件夹 */
            Data?: components["schemas"]["CodeFolderNode"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetDataBackfillPlan请求参数结构体 */
        GetDataBackfillPlanRequest: {
            /** @description 项目id */
            ProjectId: string;
            /** @description 补录计划id */
            DataBackfillPlanId: string;
            /** @description 展示时区，默认UTC+8 */
            TimeZone?: string;
        };
        /** @description The whole body of every processed GetDataBackfillPlan request, success or error. */
        GetDataBackfillPlanResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetDataBackfillPlanResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetDataBackfillPlan返回参数结构体 */
        GetDataBackfillPlanResponse: {
            Error?: never;
            /** @description 补录详情 */
            Data?: components["schemas"]["DataBackfill"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetDataSource请求参数结构体 */
        GetDataSourceRequest: {
            /** @description 项目id */
            ProjectId: string;
            /** @description 数据源id */
            Id: number;
        };
        /** @description The whole body of every processed GetDataSource request, success or error. */
        GetDataSourceResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetDataSourceResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetDataSource返回参数结构体 */
        GetDataSourceResponse: {
            Error?: never;
            /** @description 数据源列表 */
            Data?: components["schemas"]["DataSource"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetDataSourceRelatedTasks请求参数结构体 */
        GetDataSourceRelatedTasksRequest: {
            /** @description 数据源id */
            Id: number;
        };
        /** @description The whole body of every processed GetDataSourceRelatedTasks request, success or error. */
        GetDataSourceRelatedTasksResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetDataSourceRelatedTasksResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetDataSourceRelatedTasks返回参数结构体 */
        GetDataSourceRelatedTasksResponse: {
            Error?: never;
            /** @description 无 */
            Data?: components["schemas"]["DatasourceRelationTaskInfo"][];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetMyCodeMaxPermission请求参数结构体 */
        GetMyCodeMaxPermissionRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 授权资源唯一id，文件夹id或文件id、 */
            ResourceId: string;
        };
        /** @description The whole body of every processed GetMyCodeMaxPermission request, success or error. */
        GetMyCodeMaxPermissionResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetMyCodeMaxPermissionResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetMyCodeMaxPermission返回参数结构体 */
        GetMyCodeMaxPermissionResponse: {
            Error?: never;
            /** @description 用户对CodeStudio文件/文件夹的递归最大权限类型 */
            Data?: components["schemas"]["CodeStudioMaxPermission"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetMyWorkflowMaxPermission请求参数结构体 */
        GetMyWorkflowMaxPermissionRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 授权实体ID */
            EntityId: string;
            /** @description 授权实体类型,folder/workflow */
            EntityType: string;
        };
        /** @description The whole body of every processed GetMyWorkflowMaxPermission request, success or error. */
        GetMyWorkflowMaxPermissionResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetMyWorkflowMaxPermissionResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetMyWorkflowMaxPermission返回参数结构体 */
        GetMyWorkflowMaxPermissionResponse: {
            Error?: never;
            /** @description 当前用户对实体资源的递归最大权限类型 */
            Data?: components["schemas"]["WorkflowMaxPermission"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetOpsAlarmRule请求参数结构体 */
        GetOpsAlarmRuleRequest: {
            /** @description 项目id */
            ProjectId: string;
            /** @description 告警规则唯一id */
            AlarmRuleId: string;
        };
        /** @description The whole body of every processed GetOpsAlarmRule request, success or error. */
        GetOpsAlarmRuleResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetOpsAlarmRuleResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetOpsAlarmRule返回参数结构体 */
        GetOpsAlarmRuleResponse: {
            Error?: never;
            /** @description 告警规则详细信息 */
            Data?: components["schemas"]["AlarmRuleData"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The body of a GetOpsAsyncJob request. */
        GetOpsAsyncJobRequest: {
            /** @description The project ID, a string of digits. */
            ProjectId: components["schemas"]["ProjectId"];
            /** @description The ID of the asynchronous operation; GetOpsAsyncJob reports on it. */
            AsyncId: string;
        };
        /** @description The whole body of every processed GetOpsAsyncJob request, success or error. */
        GetOpsAsyncJobResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetOpsAsyncJobResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        GetOpsAsyncJobResponse: {
            Error?: never;
            /** @description The result. */
            Data?: components["schemas"]["OpsAsyncJobDetail"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetOpsTask请求参数结构体 */
        GetOpsTaskRequest: {
            /** @description 任务Id */
            TaskId: string;
            /** @description 项目Id */
            ProjectId: string;
        };
        /** @description The whole body of every processed GetOpsTask request, success or error. */
        GetOpsTaskResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetOpsTaskResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetOpsTask返回参数结构体 */
        GetOpsTaskResponse: {
            Error?: never;
            /** @description 任务详情 */
            Data?: components["schemas"]["Task"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetOpsTaskCode请求参数结构体 */
        GetOpsTaskCodeRequest: {
            /** @description 所属项目id */
            ProjectId: string;
            /** @description 任务Id */
            TaskId: string;
        };
        /** @description The whole body of every processed GetOpsTaskCode request, success or error. */
        GetOpsTaskCodeResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetOpsTaskCodeResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetOpsTaskCode返回参数结构体 */
        GetOpsTaskCodeResponse: {
            Error?: never;
            /** @description 获取任务代码结果 */
            Data?: components["schemas"]["TaskCode"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetOpsTriggerWorkflow请求参数结构体 */
        GetOpsTriggerWorkflowRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 工作流ID */
            WorkflowId: string;
            /** @description 工作流执行ID */
            WorkflowExecutionId?: string;
        };
        /** @description The whole body of every processed GetOpsTriggerWorkflow request, success or error. */
        GetOpsTriggerWorkflowResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetOpsTriggerWorkflowResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetOpsTriggerWorkflow返回参数结构体 */
        GetOpsTriggerWorkflowResponse: {
            Error?: never;
            /** @description 工作流任务信息 */
            Data?: components["schemas"]["TriggerTaskDAGBrief"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetOpsWorkflow请求参数结构体 */
        GetOpsWorkflowRequest: {
            /** @description 项目Id */
            ProjectId: string;
            /** @description 工作流Id，可以从ListOpsWorkflows接口获取 */
            WorkflowId: string;
        };
        /** @description The whole body of every processed GetOpsWorkflow request, success or error. */
        GetOpsWorkflowResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetOpsWorkflowResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetOpsWorkflow返回参数结构体 */
        GetOpsWorkflowResponse: {
            Error?: never;
            /** @description 工作流调度详情 */
            Data?: components["schemas"]["OpsWorkflowDetail"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetProject请求参数结构体 */
        GetProjectRequest: {
            /** @description 项目id。一般使用项目Id来查询，与projectName必须存在一个。 */
            ProjectId: string;
        };
        /** @description The whole body of every processed GetProject request, success or error. */
        GetProjectResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetProjectResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetProject返回参数结构体 */
        GetProjectResponse: {
            Error?: never;
            /** @description 项目信息 */
            Data?: components["schemas"]["Project"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetResourceFile请求参数结构体 */
        GetResourceFileRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 资源文件ID,可通过ListResourceFiles接口获取 */
            ResourceId: string;
        };
        /** @description The whole body of every processed GetResourceFile request, success or error. */
        GetResourceFileResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetResourceFileResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetResourceFile返回参数结构体 */
        GetResourceFileResponse: {
            Error?: never;
            /** @description 资源文件详情 */
            Data?: components["schemas"]["ResourceFile"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetResourceFolder请求参数结构体 */
        GetResourceFolderRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 文件夹id */
            FolderId: string;
        };
        /** @description The whole body of every processed GetResourceFolder request, success or error. */
        GetResourceFolderResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetResourceFolderResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetResourceFolder返回参数结构体 */
        GetResourceFolderResponse: {
            Error?: never;
            /** @description 资源文件夹信息 */
            Data?: components["schemas"]["ResourceFolderDetail"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetResourceGroupMetrics请求参数结构体 */
        GetResourceGroupMetricsRequest: {
            /** @description 执行资源组id */
            ResourceGroupId: string;
            /** @description 使用趋势开始时间(毫秒)，默认最近一小时 */
            StartTime?: number;
            /** @description 使用趋势结束时间(毫秒)，默认当前 */
            EndTime?: number;
            /**
             * @description 指标维度
             *
             *     - all --- 全部
             *     - task --- 任务指标
             *     - system --- 系统指标
             */
            MetricType?: string;
            /** @description 指标采集粒度，单位分钟，默认 1分钟 */
            Granularity?: number;
        };
        /** @description The whole body of every processed GetResourceGroupMetrics request, success or error. */
        GetResourceGroupMetricsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetResourceGroupMetricsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetResourceGroupMetrics返回参数结构体 */
        GetResourceGroupMetricsResponse: {
            Error?: never;
            /** @description 执行组指标信息 */
            Data?: components["schemas"]["ResourceGroupMetrics"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetSQLFolder请求参数结构体 */
        GetSQLFolderRequest: {
            /** @description 项目id */
            ProjectId: string;
            /** @description 文件夹id */
            FolderId: string;
        };
        /** @description The whole body of every processed GetSQLFolder request, success or error. */
        GetSQLFolderResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetSQLFolderResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetSQLFolder返回参数结构体 */
        GetSQLFolderResponse: {
            Error?: never;
            /** @description sql文件夹 */
            Data?: components["schemas"]["SQLFolderNode"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetSQLScript请求参数结构体 */
        GetSQLScriptRequest: {
            /** @description 探索脚本Id */
            ScriptId: string;
            /** @description 项目Id */
            ProjectId: string;
        };
        /** @description The whole body of every processed GetSQLScript request, success or error. */
        GetSQLScriptResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetSQLScriptResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetSQLScript返回参数结构体 */
        GetSQLScriptResponse: {
            Error?: never;
            /** @description 脚本详情 */
            Data?: components["schemas"]["SQLScript"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetTable请求参数结构体 */
        GetTableRequest: {
            /** @description 表GUID */
            TableGuid: string;
        };
        /** @description The whole body of every processed GetTable request, success or error. */
        GetTableResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetTableResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetTable返回参数结构体 */
        GetTableResponse: {
            Error?: never;
            /** @description 数据表详情 */
            Data?: components["schemas"]["TableInfo"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetTableColumns请求参数结构体 */
        GetTableColumnsRequest: {
            /** @description 数据表GUID */
            TableGuid: string;
        };
        /** @description The whole body of every processed GetTableColumns request, success or error. */
        GetTableColumnsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetTableColumnsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetTableColumns返回参数结构体 */
        GetTableColumnsResponse: {
            Error?: never;
            /** @description 表字段列表 */
            Data?: components["schemas"]["ColumnInfo"][] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetTask请求参数结构体 */
        GetTaskRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 任务ID */
            TaskId: string;
        };
        /** @description The whole body of every processed GetTask request, success or error. */
        GetTaskResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetTaskResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetTask返回参数结构体 */
        GetTaskResponse: {
            Error?: never;
            /** @description 任务详情 */
            Data?: components["schemas"]["Task"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetTaskCode请求参数结构体 */
        GetTaskCodeRequest: {
            /** @description 所属项目id */
            ProjectId: string;
            /** @description 任务Id */
            TaskId: string;
        };
        /** @description The whole body of every processed GetTaskCode request, success or error. */
        GetTaskCodeResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetTaskCodeResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetTaskCode返回参数结构体 */
        GetTaskCodeResponse: {
            Error?: never;
            /** @description 获取任务代码结果 */
            Data?: components["schemas"]["TaskCodeResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetTaskFolder请求参数结构体 */
        GetTaskFolderRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 工作流ID */
            WorkflowId: string;
            /** @description 文件夹ID */
            TaskFolderId: string;
        };
        /** @description The whole body of every processed GetTaskFolder request, success or error. */
        GetTaskFolderResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetTaskFolderResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetTaskFolder返回参数结构体 */
        GetTaskFolderResponse: {
            Error?: never;
            /** @description 文件夹详情 */
            Data?: components["schemas"]["TaskFolderDetail"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The body of a GetTaskInstance request. */
        GetTaskInstanceRequest: {
            /** @description The project ID, a string of digits. */
            ProjectId: components["schemas"]["ProjectId"];
            /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
            InstanceKey: components["schemas"]["InstanceKey"];
            /** @description The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. Scheduling, run, update and phase times (`SchedulerTime`, `StartTime`, `EndTime`, `LastUpdateTime`) are given in it and time filters read in it; the data time (`CurRunDate`) and the InstanceKey stay in UTC+8. */
            TimeZone?: components["schemas"]["TimeZone"];
        };
        /** @description The whole body of every processed GetTaskInstance request, success or error. */
        GetTaskInstanceResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetTaskInstanceResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        GetTaskInstanceResponse: {
            Error?: never;
            /** @description The result. */
            Data?: components["schemas"]["TaskInstanceDetail"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The body of a GetTaskInstanceLog request. */
        GetTaskInstanceLogRequest: {
            /** @description The project ID, a string of digits. */
            ProjectId: components["schemas"]["ProjectId"];
            /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
            InstanceKey: components["schemas"]["InstanceKey"];
            /** @description The lifecycle round: 0 is the first run, 1 the first rerun. */
            LifeRoundNum?: number;
            /**
             * @description Only lines of this level: `Info`, `Debug`, `Warn`, `Error` or `All` (default).
             * @enum {string}
             */
            LogLevel?: "Info" | "Debug" | "Warn" | "Error" | "All";
            /** @description The paging cursor: empty on the first request, then the `NextCursor` of the previous page. */
            NextCursor?: string;
        };
        /** @description The whole body of every processed GetTaskInstanceLog request, success or error. */
        GetTaskInstanceLogResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetTaskInstanceLogResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        GetTaskInstanceLogResponse: {
            Error?: never;
            /** @description The result. */
            Data?: components["schemas"]["InstanceLog"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetTaskVersion请求参数结构体 */
        GetTaskVersionRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 任务ID */
            TaskId: string;
            /** @description 提交版本ID，不填默认拿最新提交版本 */
            VersionId?: string;
        };
        /** @description The whole body of every processed GetTaskVersion request, success or error. */
        GetTaskVersionResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetTaskVersionResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetTaskVersion返回参数结构体 */
        GetTaskVersionResponse: {
            Error?: never;
            /** @description 版本详情 */
            Data?: components["schemas"]["TaskVersionDetail"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetTriggerTask请求参数结构体 */
        GetTriggerTaskRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 任务ID */
            TaskId: string;
        };
        /** @description The whole body of every processed GetTriggerTask request, success or error. */
        GetTriggerTaskResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetTriggerTaskResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetTriggerTask返回参数结构体 */
        GetTriggerTaskResponse: {
            Error?: never;
            /** @description 任务详情 */
            Data?: components["schemas"]["TriggerTask"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetTriggerTaskCode请求参数结构体 */
        GetTriggerTaskCodeRequest: {
            /** @description 所属项目id */
            ProjectId: string;
            /** @description 任务Id */
            TaskId: string;
        };
        /** @description The whole body of every processed GetTriggerTaskCode request, success or error. */
        GetTriggerTaskCodeResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetTriggerTaskCodeResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetTriggerTaskCode返回参数结构体 */
        GetTriggerTaskCodeResponse: {
            Error?: never;
            /** @description 获取任务代码结果 */
            Data?: components["schemas"]["TaskCodeResult"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetTriggerTaskRun请求参数结构体 */
        GetTriggerTaskRunRequest: {
            /** @description 工作空间 ID */
            ProjectId: string;
            /** @description 任务运行 ID */
            TaskExecutionId: string;
        };
        /** @description The whole body of every processed GetTriggerTaskRun request, success or error. */
        GetTriggerTaskRunResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetTriggerTaskRunResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetTriggerTaskRun返回参数结构体 */
        GetTriggerTaskRunResponse: {
            Error?: never;
            /** @description 工作流任务运行列表分页结果 */
            Data?: components["schemas"]["TriggerTaskRunBrief"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetTriggerTaskVersion请求参数结构体 */
        GetTriggerTaskVersionRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 任务ID */
            TaskId: string;
            /** @description 提交版本ID，不填默认拿最新提交版本 */
            VersionId?: string;
        };
        /** @description The whole body of every processed GetTriggerTaskVersion request, success or error. */
        GetTriggerTaskVersionResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetTriggerTaskVersionResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetTriggerTaskVersion返回参数结构体 */
        GetTriggerTaskVersionResponse: {
            Error?: never;
            /** @description 版本详情 */
            Data?: components["schemas"]["TriggerTaskVersionDetail"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetTriggerWorkflow请求参数结构体 */
        GetTriggerWorkflowRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 工作流ID 通过ListWorkflows接口获取 */
            WorkflowId: string;
        };
        /** @description The whole body of every processed GetTriggerWorkflow request, success or error. */
        GetTriggerWorkflowResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetTriggerWorkflowResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetTriggerWorkflow返回参数结构体 */
        GetTriggerWorkflowResponse: {
            Error?: never;
            /** @description 工作流详细信息 */
            Data?: components["schemas"]["TriggerWorkflowDetail"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetTriggerWorkflowRun请求参数结构体 */
        GetTriggerWorkflowRunRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 工作流执行ID */
            WorkflowExecutionId: string;
            /** @description 过滤条件 */
            Filters?: components["schemas"]["Filter"][];
            /** @description 排序条件 */
            OrderFields?: components["schemas"]["OrderField"][];
        };
        /** @description The whole body of every processed GetTriggerWorkflowRun request, success or error. */
        GetTriggerWorkflowRunResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetTriggerWorkflowRunResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetTriggerWorkflowRun返回参数结构体 */
        GetTriggerWorkflowRunResponse: {
            Error?: never;
            /** @description 工作流任务信息 */
            Data?: components["schemas"]["TriggerWorkflowTaskRunDetailBrief"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetWorkflow请求参数结构体 */
        GetWorkflowRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 工作流ID 通过ListWorkflows接口获取 */
            WorkflowId: string;
        };
        /** @description The whole body of every processed GetWorkflow request, success or error. */
        GetWorkflowResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetWorkflowResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetWorkflow返回参数结构体 */
        GetWorkflowResponse: {
            Error?: never;
            /** @description 工作流详细信息 */
            Data?: components["schemas"]["WorkflowDetail"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GetWorkflowFolder请求参数结构体 */
        GetWorkflowFolderRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 文件夹id */
            FolderId: string;
        };
        /** @description The whole body of every processed GetWorkflowFolder request, success or error. */
        GetWorkflowFolderResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GetWorkflowFolderResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GetWorkflowFolder返回参数结构体 */
        GetWorkflowFolderResponse: {
            Error?: never;
            /** @description 文件夹详情 */
            Data?: components["schemas"]["WorkflowFolderDetail"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description GrantMemberProjectRole请求参数结构体 */
        GrantMemberProjectRoleRequest: {
            /** @description 项目id */
            ProjectId: string;
            /** @description 用户id */
            UserUin: string;
            /**
             * @description 角色id列表，目前支持的项目角色有
             *     - 308335260274237440 (项目管理员)
             *     - 308335260676890624 (数据工程师)
             *     - 308335260844662784 (运维工程师)
             *     - 308335260945326080 (普通成员)
             */
            RoleIds: string[];
        };
        /** @description The whole body of every processed GrantMemberProjectRole request, success or error. */
        GrantMemberProjectRoleResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["GrantMemberProjectRoleResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description GrantMemberProjectRole返回参数结构体 */
        GrantMemberProjectRoleResponse: {
            Error?: never;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The body of a KillTaskInstancesAsync request. */
        KillTaskInstancesAsyncRequest: {
            /** @description The project ID, a string of digits. */
            ProjectId: components["schemas"]["ProjectId"];
            /** @description The instances to act on, by InstanceKey. */
            InstanceKeyList: components["schemas"]["InstanceKey"][];
        };
        /** @description The whole body of every processed KillTaskInstancesAsync request, success or error. */
        KillTaskInstancesAsyncResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["KillTaskInstancesAsyncResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        KillTaskInstancesAsyncResponse: {
            Error?: never;
            /** @description The result. */
            Data?: components["schemas"]["OpsAsyncResponse"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description KillTriggerWorkflowRuns请求参数结构体 */
        KillTriggerWorkflowRunsRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 工作流ID */
            WorkflowId: string;
            /** @description 指定要停止的工作流执行ID */
            WorkflowExecutionIdList?: string[];
            /** @description 当指定的工作流运行为空时，是否全部终止正在运行的工作流执行 */
            All?: boolean;
            /** @description 当指定的工作流运行为空时，是否仅停止等待中的工作流运行 */
            Pending?: boolean;
        };
        /** @description The whole body of every processed KillTriggerWorkflowRuns request, success or error. */
        KillTriggerWorkflowRunsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["KillTriggerWorkflowRunsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description KillTriggerWorkflowRuns返回参数结构体 */
        KillTriggerWorkflowRunsResponse: {
            Error?: never;
            /** @description 工作流运行操作结果 */
            Data?: components["schemas"]["ExecutionActionBrief"][];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListAlarmMessages请求参数结构体 */
        ListAlarmMessagesRequest: {
            /** @description 所属项目id */
            ProjectId: string;
            /** @description 页码数，用于翻页，最小值为 1。 */
            PageNumber?: number;
            /** @description 每页显示的条数，最大 100 条 */
            PageSize?: number;
            /** @description 起始告警时间, 格式为yyyy-MM-dd HH:mm:ss */
            StartTime?: string;
            /** @description 截止告警时间, 格式yyyy-MM-dd HH:mm:ss */
            EndTime?: string;
            /** @description 告警级别 */
            AlarmLevel?: number;
            /** @description 告警接收人Id */
            AlarmRecipientId?: string;
            /** @description 对于传入和返回的过滤时区, 默认UTC+8 */
            TimeZone?: string;
        };
        /** @description The whole body of every processed ListAlarmMessages request, success or error. */
        ListAlarmMessagesResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListAlarmMessagesResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListAlarmMessages返回参数结构体 */
        ListAlarmMessagesResponse: {
            Error?: never;
            /** @description 告警信息列表 */
            Data?: components["schemas"]["ListAlarmMessages"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListCatalog请求参数结构体 */
        ListCatalogRequest: {
            /** @description 页码，从1开始 */
            PageNumber: number;
            /** @description 分页大小，最大500 */
            PageSize: number;
            /** @description 父目录ID(此参数还未支持) */
            ParentCatalogId?: string;
        };
        /** @description The whole body of every processed ListCatalog request, success or error. */
        ListCatalogResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListCatalogResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListCatalog返回参数结构体 */
        ListCatalogResponse: {
            Error?: never;
            /** @description 分页数据 */
            Data?: components["schemas"]["ListCatalogPage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListCodeFolderContents请求参数结构体 */
        ListCodeFolderContentsRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 父文件夹path，例如/aaa/bbb/ccc，路径头需带斜杠，根目录传/ */
            ParentFolderPath?: string;
            /** @description 文件夹名称/代码文件名称搜索 */
            Keyword?: string;
            /** @description 只查询文件夹 */
            OnlyFolderNode?: boolean;
            /** @description 是否只查询用户自己创建的代码文件 */
            OnlyUserSelfScript?: boolean;
        };
        /** @description The whole body of every processed ListCodeFolderContents request, success or error. */
        ListCodeFolderContentsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListCodeFolderContentsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListCodeFolderContents返回参数结构体 */
        ListCodeFolderContentsResponse: {
            Error?: never;
            /** @description 结果 */
            Data?: components["schemas"]["CodeFolderNode"][] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListCodePermissions请求参数结构体 */
        ListCodePermissionsRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 页码，默认1 */
            PageNumber: number;
            /** @description 返回数量，默认为20，最大值为100。要求500、1000或者更大 */
            PageSize: number;
            /** @description 授权资源 */
            Resource: components["schemas"]["ExploreFileResourceInput"];
            /** @description 用户筛选条件 */
            Users?: string[];
        };
        /** @description The whole body of every processed ListCodePermissions request, success or error. */
        ListCodePermissionsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListCodePermissionsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListCodePermissions返回参数结构体 */
        ListCodePermissionsResponse: {
            Error?: never;
            /** @description 权限列表 */
            Data?: components["schemas"]["ExploreFilePermissionsPage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListColumnLineage请求参数结构体 */
        ListColumnLineageRequest: {
            /** @description 表唯一ID */
            TableUniqueId: string;
            /** @description 血缘方向 INPUT｜OUTPUT */
            Direction: string;
            /** @description 页码 */
            PageNumber: number;
            /** @description 分页大小 */
            PageSize: number;
            /** @description 列名称 */
            ColumnName: string;
            /** @description 来源：WEDATA|THIRD 默认WEDATA */
            Platform: string;
        };
        /** @description The whole body of every processed ListColumnLineage request, success or error. */
        ListColumnLineageResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListColumnLineageResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListColumnLineage返回参数结构体 */
        ListColumnLineageResponse: {
            Error?: never;
            /** @description 分页数据 */
            Data?: components["schemas"]["ListLineagePage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListDataBackfillInstances请求参数结构体 */
        ListDataBackfillInstancesRequest: {
            /** @description 所属项目Id */
            ProjectId: string;
            /** @description 补录计划Id */
            DataBackfillPlanId: string;
            /** @description 任务Id */
            TaskId: string;
            /** @description 页码 */
            PageNumber?: number;
            /** @description 分页大小 */
            PageSize?: number;
        };
        /** @description The whole body of every processed ListDataBackfillInstances request, success or error. */
        ListDataBackfillInstancesResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListDataBackfillInstancesResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListDataBackfillInstances返回参数结构体 */
        ListDataBackfillInstancesResponse: {
            Error?: never;
            /** @description 单个补录计划下的所有补录实例 */
            Data?: components["schemas"]["BackfillInstanceCollection"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListDataSources请求参数结构体 */
        ListDataSourcesRequest: {
            /** @description 项目id */
            ProjectId: string;
            /** @description 返回数量，默认10 */
            PageSize?: number;
            /** @description 页码，默认1 */
            PageNumber?: number;
            /** @description 数据源名称 */
            Name?: string;
            /** @description 数据源展示名 */
            DisplayName?: string;
            /**
             * @description 数据源类型:枚举值
             *
             *     - MYSQL
             *     - TENCENT_MYSQL
             *     - POSTGRE
             *     - ORACLE
             *     - SQLSERVER
             *     - FTP
             *     - HIVE
             *     - HUDI
             *     - HDFS
             *     - ICEBERG
             *     - KAFKA
             *     - HBASE
             *     - SPARK
             *     - VIRTUAL
             *     - TBASE
             *     - DB2
             *     - DM
             *     - GAUSSDB
             *     - GBASE
             *     - IMPALA
             *     - ES
             *     - TENCENT_ES
             *     - GREENPLUM
             *     - PHOENIX
             *     - SAP_HANA
             *     - SFTP
             *     - OCEANBASE
             *     - CLICKHOUSE
             *     - KUDU
             *     - VERTICA
             *     - REDIS
             *     - COS
             *     - DLC
             *     - DORIS
             *     - CKAFKA
             *     - S3
             *     - TDSQL
             *     - TDSQL_MYSQL
             *     - MONGODB
             *     - TENCENT_MONGODB
             *     - REST_API
             *     - SuperSQL
             *     - PRESTO
             *     - TiDB
             *     - StarRocks
             *     - Trino
             *     - Kyuubi
             *     - TCHOUSE_X
             *     - TCHOUSE_P
             *     - TCHOUSE_C
             *     - TCHOUSE_D
             *     - INFLUXDB
             *     - BIG_QUERY
             *     - SSH
             *     - BLOB
             */
            Type?: string[];
            /** @description 创建人 */
            Creator?: string;
        };
        /** @description The whole body of every processed ListDataSources request, success or error. */
        ListDataSourcesResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListDataSourcesResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListDataSources返回参数结构体 */
        ListDataSourcesResponse: {
            Error?: never;
            /** @description 数据源列表 */
            Data?: components["schemas"]["DataSourceInfo"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListDatabase请求参数结构体 */
        ListDatabaseRequest: {
            /** @description 页码，从1开始 */
            PageNumber: number;
            /** @description 分页大小，最大500 */
            PageSize: number;
            /** @description 目录名称 */
            CatalogName?: string;
            /** @description 数据源ID */
            DatasourceId?: number;
            /** @description 数据库名称搜索关键字 */
            Keyword?: string;
        };
        /** @description The whole body of every processed ListDatabase request, success or error. */
        ListDatabaseResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListDatabaseResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListDatabase返回参数结构体 */
        ListDatabaseResponse: {
            Error?: never;
            /** @description 分页数据 */
            Data?: components["schemas"]["ListDatabasePage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListDownstreamOpsTasks请求参数结构体 */
        ListDownstreamOpsTasksRequest: {
            /** @description 任务Id */
            TaskId: string;
            /** @description 项目Id */
            ProjectId: string;
            /** @description 分页页码 */
            PageNumber?: string;
            /** @description 分页大小 */
            PageSize?: string;
        };
        /** @description The whole body of every processed ListDownstreamOpsTasks request, success or error. */
        ListDownstreamOpsTasksResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListDownstreamOpsTasksResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListDownstreamOpsTasks返回参数结构体 */
        ListDownstreamOpsTasksResponse: {
            Error?: never;
            /** @description 下游依赖详情 */
            Data?: components["schemas"]["ChildDependencyConfigPage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The body of a ListDownstreamTaskInstances request. */
        ListDownstreamTaskInstancesRequest: {
            /** @description The project ID, a string of digits. */
            ProjectId: components["schemas"]["ProjectId"];
            /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
            InstanceKey: components["schemas"]["InstanceKey"];
            /** @description The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. Scheduling, run, update and phase times (`SchedulerTime`, `StartTime`, `EndTime`, `LastUpdateTime`) are given in it and time filters read in it; the data time (`CurRunDate`) and the InstanceKey stay in UTC+8. */
            TimeZone?: components["schemas"]["TimeZone"];
            /**
             * @description The page number, from 1. Default 1.
             * @default 1
             */
            PageNumber?: number;
            /** @description Items per page. Default 10. */
            PageSize?: number;
        };
        /** @description The whole body of every processed ListDownstreamTaskInstances request, success or error. */
        ListDownstreamTaskInstancesResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListDownstreamTaskInstancesResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        ListDownstreamTaskInstancesResponse: {
            Error?: never;
            /** @description The result. */
            Data?: components["schemas"]["TaskInstancePage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListDownstreamTasks请求参数结构体 */
        ListDownstreamTasksRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 任务ID */
            TaskId: string;
            /** @description 分页大小 */
            PageNumber?: number;
            /** @description 分页页码 */
            PageSize?: number;
        };
        /** @description The whole body of every processed ListDownstreamTasks request, success or error. */
        ListDownstreamTasksResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListDownstreamTasksResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListDownstreamTasks返回参数结构体 */
        ListDownstreamTasksResponse: {
            Error?: never;
            /** @description 下游依赖详情 */
            Data?: components["schemas"]["DependencyConfigPage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListDownstreamTriggerTasks请求参数结构体 */
        ListDownstreamTriggerTasksRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 任务ID */
            TaskId: string;
            /** @description 分页页码 */
            PageNumber?: number;
            /** @description 分页大小 */
            PageSize?: number;
        };
        /** @description The whole body of every processed ListDownstreamTriggerTasks request, success or error. */
        ListDownstreamTriggerTasksResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListDownstreamTriggerTasksResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListDownstreamTriggerTasks返回参数结构体 */
        ListDownstreamTriggerTasksResponse: {
            Error?: never;
            /** @description 下游依赖详情 */
            Data?: components["schemas"]["TriggerDependencyConfigPage"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListLineage请求参数结构体 */
        ListLineageRequest: {
            /** @description 实体唯一ID */
            ResourceUniqueId: string;
            /** @description 实体类型 TABLE|METRIC|MODEL|SERVICE|COLUMN */
            ResourceType: string;
            /** @description 血缘方向 INPUT｜OUTPUT */
            Direction: string;
            /** @description 页码 */
            PageNumber: number;
            /** @description 分页大小 */
            PageSize: number;
            /** @description 来源：WEDATA|THIRD 默认WEDATA */
            Platform: string;
        };
        /** @description The whole body of every processed ListLineage request, success or error. */
        ListLineageResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListLineageResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListLineage返回参数结构体 */
        ListLineageResponse: {
            Error?: never;
            /** @description 分页数据 */
            Data?: components["schemas"]["ListLineagePage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListOpsAlarmRules请求参数结构体 */
        ListOpsAlarmRulesRequest: {
            /** @description 项目id */
            ProjectId: string;
            /** @description 分页的页数，默认为1 */
            PageNumber?: number;
            /** @description 每页显示的条数，默认为20，最小值为1、最大值为200 */
            PageSize?: number;
            /** @description 监控对象类型, 任务维度监控： 可按照任务/工作流/项目来配置：1.任务、2.工作流、3.项目（默认为1.任务） 项目维度监控： 项目整体任务波动告警， 7：项目波动监控告警 */
            MonitorObjectType?: number;
            /** @description 根据任务id查询告警规则 */
            TaskId?: string;
            /**
             * @description 查询配置对应告警类型的告警规则
             *     告警规则监控类型 failure：失败告警 ；overtime：超时告警 success：成功告警; backTrackingOrRerunSuccess: 补录重跑成功告警 backTrackingOrRerunFailure：补录重跑失败告警；
             *     项目波动告警
             *     projectFailureInstanceUpwardFluctuationAlarm： 当天失败实例数向上波动率超过阀值告警； projectSuccessInstanceDownwardFluctuationAlarm：当天成功实例数向下波动率超过阀值告警；
             *     离线集成任务对账告警： reconciliationFailure： 离线对账任务失败告警 reconciliationOvertime： 离线对账任务运行超时告警 reconciliationMismatch： 数据对账任务不一致条数超过阀值告警
             */
            AlarmType?: string;
            /**
             * @description 查询配置了对应告警级别的告警规则
             *     告警级别 1.普通、2.重要、3.紧急
             */
            AlarmLevel?: number;
            /** @description 查询配置对应告警接收人的告警规则 */
            AlarmRecipientId?: string;
            /** @description 根据告警规则id/规则名称查询对应的告警规则 */
            Keyword?: string;
            /** @description 告警规则创建人过滤 */
            CreateUserUin?: string;
            /** @description 告警规则创建时间范围起始时间, 格式如2025-08-17 00:00:00 */
            CreateTimeFrom?: string;
            /** @description 告警规则创建时间范围结束时间，格式如"2025-08-26 23:59:59" */
            CreateTimeTo?: string;
            /** @description 最后更新时间过滤告警规则， 格式如"2025-08-26 00:00:00" */
            UpdateTimeFrom?: string;
            /** @description 最后更新时间过滤告警规则 格式如： "2025-08-26 23:59:59" */
            UpdateTimeTo?: string;
        };
        /** @description The whole body of every processed ListOpsAlarmRules request, success or error. */
        ListOpsAlarmRulesResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListOpsAlarmRulesResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListOpsAlarmRules返回参数结构体 */
        ListOpsAlarmRulesResponse: {
            Error?: never;
            /** @description 告警信息信息响应 */
            Data?: components["schemas"]["ListAlarmRulesResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListOpsTasks请求参数结构体 */
        ListOpsTasksRequest: {
            /** @description 项目Id */
            ProjectId: string;
            /** @description 分页大小 */
            PageSize?: string;
            /** @description 分页页码 */
            PageNumber?: string;
            /**
             * @description 任务类型Id
             *      - 20：通用数据同步
             *      - 25：ETLTaskType
             *      - 26：ETLTaskType
             *      - 30：python
             *      - 31：pyspark
             *      - 34：HiveSQLTaskType
             *      - 35：shell
             *      - 36：SparkSQLTaskType
             *      - 21：JDBCSQLTaskType
             *      - 32：DLCTaskType
             *      - 33：ImpalaTaskType
             *      - 40：CDWTaskType
             *      - 41：kettle
             *      - 46：DLCSparkTaskType
             *      - 47：TiOne机器学习
             *      - 48：TrinoTaskType
             *      - 50：DLCPyspark39：spark
             *      - 92：mr
             *      - 38：shell脚本
             *      - 70：hivesql脚本
             *      - 1000：自定义业务通用
             */
            TaskTypeId?: string;
            /** @description 工作流Id */
            WorkflowId?: string;
            /** @description 工作流名称 */
            WorkflowName?: string;
            /** @description 责任人id */
            OwnerUin?: string;
            /** @description 文件夹Id */
            FolderId?: string;
            /** @description 数据源id */
            SourceServiceId?: string;
            /** @description 目标数据源id */
            TargetServiceId?: string;
            /** @description 资源组id */
            ExecutorGroupId?: string;
            /**
             * @description 任务周期类型
             *     * ONEOFF_CYCLE: 一次性
             *     * YEAR_CYCLE: 年
             *     * MONTH_CYCLE: 月
             *     * WEEK_CYCLE: 周
             *     * DAY_CYCLE: 天
             *     * HOUR_CYCLE: 小时
             *     * MINUTE_CYCLE: 分钟
             *     * CRONTAB_CYCLE: crontab表达式类型
             */
            CycleType?: string;
            /**
             * @description 任务状态:
             *     - Y: 运行
             *     - F: 停止
             *     - O: 冻结
             *     - T: 停止中
             *     - INVALID: 已失效
             */
            Status?: string;
            /** @description 时区, 默认默认UTC+8 */
            TimeZone?: string;
        };
        /** @description The whole body of every processed ListOpsTasks request, success or error. */
        ListOpsTasksResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListOpsTasksResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListOpsTasks返回参数结构体 */
        ListOpsTasksResponse: {
            Error?: never;
            /** @description 任务列表 */
            Data?: components["schemas"]["ListOpsTasksPage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListOpsTriggerWorkflows请求参数结构体 */
        ListOpsTriggerWorkflowsRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 页码 */
            PageNumber?: number;
            /** @description 页大小 */
            PageSize?: number;
            /** @description 过滤参数,工作流名称或ID查询名称：Keyword,工作流ID查询名称：WorkflowId,文件夹查询名称：FolderId,负责人查询名称：InChargeUin */
            Filters?: components["schemas"]["Filter"][];
            /** @description 排序字段，排序字段名称 如下 任务数：TaskCount */
            OrderFields?: components["schemas"]["OrderField"][];
        };
        /** @description The whole body of every processed ListOpsTriggerWorkflows request, success or error. */
        ListOpsTriggerWorkflowsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListOpsTriggerWorkflowsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListOpsTriggerWorkflows返回参数结构体 */
        ListOpsTriggerWorkflowsResponse: {
            Error?: never;
            /** @description 工作流查询结果 */
            Data?: components["schemas"]["TriggerWorkflowResult"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListOpsWorkflows请求参数结构体 */
        ListOpsWorkflowsRequest: {
            /** @description 项目Id */
            ProjectId: string;
            /** @description 分页页码 */
            PageNumber?: number;
            /** @description 分页大小 */
            PageSize?: number;
            /** @description 文件Id */
            FolderId?: string;
            /**
             * @deprecated
             * @description 工作流状态筛选
             *     * ALL_RUNNING : 全部调度中
             *     * ALL_FREEZED : 全部已暂停
             *     * ALL_STOPPTED : 全部已下线
             *     * PART_RUNNING : 部分调度中
             *     * ALL_NO_RUNNING : 全部未调度
             *     * ALL_INVALID : 全部已失效
             */
            Status?: string;
            /** @description 负责人Id */
            OwnerUin?: string;
            /** @description 工作流类型筛选, 支持值 Cycle或Manual. 默认只查询 Cycle */
            WorkflowType?: string;
            /** @description 工作流关键词过滤，支持工作流 Id/name 模糊匹配 */
            KeyWord?: string;
            /** @description 排序项，可选CreateTime、TaskCount */
            SortItem?: string;
            /** @description 排序方式，DESC或ASC, 大写 */
            SortType?: string;
            /** @description 创建人Id */
            CreateUserUin?: string;
            /** @description 更新时间，格式yyyy-MM-dd HH:mm:ss */
            ModifyTime?: string;
            /** @description 创建时间，格式yyyy-MM-dd HH:mm:ss */
            CreateTime?: string;
        };
        /** @description The whole body of every processed ListOpsWorkflows request, success or error. */
        ListOpsWorkflowsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListOpsWorkflowsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListOpsWorkflows返回参数结构体 */
        ListOpsWorkflowsResponse: {
            Error?: never;
            /** @description 工作流列表 */
            Data?: components["schemas"]["OpsWorkflows"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListPermissions请求参数结构体 */
        ListPermissionsRequest: {
            /**
             * @description 资源
             *     ResourceType：来源于TCCATALOG模块的GetGrantPrivilegesSTD接口中返回的ResourceType，并改为首字母大写，例如METALAKE对应Metalake
             *     ResourceUri，取决于 ResourceType，Metalake时固定为default，其他类别采用catalog的三段式结构，例如
             *     - Metalake，固定为default
             *     - Catalog，取catalogName
             *     - Schema，取catalogName.SchemaName
             *     - Table,，取catalogName.SchemaName.TableName
             */
            Resource?: components["schemas"]["PrivilegeResourceInput"];
            /** @description 过滤条件(此参数还未支持) */
            Filters?: components["schemas"]["SecurityFilter"][];
            /** @description 排序字段(此参数还未支持) */
            OrderFields?: components["schemas"]["OrderField"][];
            /** @description 页参数(此参数还未支持) */
            Page?: components["schemas"]["Page"];
        };
        /** @description The whole body of every processed ListPermissions request, success or error. */
        ListPermissionsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListPermissionsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListPermissions返回参数结构体 */
        ListPermissionsResponse: {
            Error?: never;
            /** @description 获取资源权限详情 */
            Data?: components["schemas"]["GetResourcePrivilegeDetailRsp"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListProcessLineage请求参数结构体 */
        ListProcessLineageRequest: {
            /** @description 任务唯一ID */
            ProcessId: string;
            /** @description 任务类型    //调度任务     SCHEDULE_TASK,     //集成任务     INTEGRATION_TASK,     //第三方上报     THIRD_REPORT,     //数据建模     TABLE_MODEL,     //模型创建指标     MODEL_METRIC,     //原子指标创建衍生指标     METRIC_METRIC,     //数据服务     DATA_SERVICE */
            ProcessType: string;
            /** @description 页码 */
            PageNumber: number;
            /** @description 分页大小 */
            PageSize: number;
            /** @description 来源：WEDATA|THIRD 默认WEDATA */
            Platform: string;
        };
        /** @description The whole body of every processed ListProcessLineage request, success or error. */
        ListProcessLineageResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListProcessLineageResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListProcessLineage返回参数结构体 */
        ListProcessLineageResponse: {
            Error?: never;
            /** @description 分页数据 */
            Data?: components["schemas"]["ListProcessLineagePage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListProjectMembers请求参数结构体 */
        ListProjectMembersRequest: {
            /** @description 项目id */
            ProjectId: string;
            /** @description 使用成员名过滤，支持模糊查询 */
            UserName?: string;
            /** @description 使用成员id过滤，支持模糊查询 */
            UserUin?: string;
            /** @description 分页大小，默认第一页 */
            PageSize?: number;
            /** @description 分页条数，默认10条 */
            PageNumber?: number;
        };
        /** @description The whole body of every processed ListProjectMembers request, success or error. */
        ListProjectMembersResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListProjectMembersResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListProjectMembers返回参数结构体 */
        ListProjectMembersResponse: {
            Error?: never;
            /** @description 项目列表 */
            Data?: components["schemas"]["ProjectUsersBrief"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListProjectRoles请求参数结构体 */
        ListProjectRolesRequest: {
            /** @description 项目id */
            ProjectId: string;
            /** @description 角色中文展示名模糊查询，只能传一个值 */
            RoleDisplayName?: string;
            /** @description 页码 */
            PageNumber?: number;
            /** @description 分页信息 */
            PageSize?: number;
        };
        /** @description The whole body of every processed ListProjectRoles request, success or error. */
        ListProjectRolesResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListProjectRolesResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListProjectRoles返回参数结构体 */
        ListProjectRolesResponse: {
            Error?: never;
            /** @description 角色列表 */
            Data?: components["schemas"]["PageRoles"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListProjects请求参数结构体 */
        ListProjectsRequest: {
            /** @description 项目id列表 */
            ProjectIds?: string[];
            /** @description 项目名或项目唯一标识名，支持模糊搜索 */
            ProjectName?: string;
            /** @description 项目状态，可选值：0（禁用）、1（正常） */
            Status?: number;
            /** @description 项目模式，可选值：SIMPLE、STANDARD */
            ProjectModel?: string;
            /** @description 请求的数据页数，用于翻页 */
            PageNumber?: number;
            /** @description 每页显示的条数，默认为 10 条 */
            PageSize?: number;
        };
        /** @description The whole body of every processed ListProjects request, success or error. */
        ListProjectsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListProjectsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListProjects返回参数结构体 */
        ListProjectsResponse: {
            Error?: never;
            /** @description 项目列表 */
            Data?: components["schemas"]["ProjectBrief"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListQualityRuleGroupExecResultsByPage请求参数结构体 */
        ListQualityRuleGroupExecResultsByPageRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 分页序号，默认1 */
            PageNumber?: number;
            /** @description 分页大小，默认10 */
            PageSize?: number;
            /**
             * @description 过滤条件，支持的过滤条件如下：
             *     1. GroupType
             *     描述：规则组类型，标识规则组所属的分类。
             *     取值：DEFAULT - 默认类型；WORKFLOW_NODE - 编排空间工作流节点类型
             *
             *     2. InstanceId
             *     描述：规则组执行实例ID。
             *     取值：字符串
             *
             *     3. ParentInstanceId
             *     描述：父实例ID。
             *     取值：字符串
             *
             *     4. LifeCycleRunNum
             *     描述：生命周期运行号。
             *     取值：字符串
             *
             *     5. InstanceStatus
             *     描述：实例状态。质量侧的实例状态，一个状态对应调度侧多个状态，具体参考取值说明
             *     取值：
             *     等待运行 -
             *     ["INITIAL", "EVENT_LISTENING", "DEPENDENCE", "ALLOCATED", "LAUNCHED", "BEFORE_ASPECT", "ISSUED"]；
             *     运行中 - ["RUNNING", "AFTER_ASPECT", "WAITING_AFTER_ASPECT"]
             *     失败 - ["FAILED", "EXPIRED", "KILL", "KILLING", "PENDING"]
             *     成功 - ["COMPLETED"]
             *
             *
             *     6. DatasourceId
             *     描述：数据源ID。
             *     取值：字符串
             *
             *     7. DatasourceType
             *     描述：数据源类型。
             *     取值：1 - MYSQL；2 - HIVE；3 - DLC；4 - GBASE；5 - TCHouse-P/CDW；6 - ICEBERG；7 - DORIS；8 - TCHouse-D；9 - EMR_STARROCKS；10 - TBDS_STARROCKS；11 - TCHouse-X
             *
             *     8. DatabaseName
             *     描述：数据库名称。
             *     取值：字符串
             *
             *     9. DatabaseId
             *     描述：数据库ID。
             *     取值：字符串
             *
             *     10. SchemaName
             *     描述：Schema名称。
             *     取值：字符串
             *
             *     11. ReceiverFlag
             *     描述：是否为当前登录用户的订阅。
             *     取值：true - 是；false - 否
             *
             *     12. TableName
             *     描述：数据表名称，支持模糊匹配。
             *     取值：字符串
             *
             *     13. RuleGroupName
             *     描述：规则组名称。
             *     取值：字符串
             *
             *     14. RuleGroupExecId
             *     描述：规则组执行ID。
             *     取值：整数
             *
             *     15. RuleGroupTableId
             *     描述：规则组表ID。
             *     取值：整数
             *
             *     16. Keyword
             *     描述：关键字搜索，支持规则组执行Id、表名称、表负责人模糊搜索。如果keyword是纯数字，默认只匹配规则组执行Id。
             *     取值：字符串
             *
             *     17. StartTime
             *     描述：实际运行时间，开始时间。
             *     取值：Unix时间戳（秒）
             *
             *     18. EndTime
             *     描述：实际运行时间，结束时间。
             *     取值：Unix时间戳（秒）
             *
             *     19. ScheduledStartTime
             *     描述：计划调度时间，开始时间。
             *     取值：Unix时间戳（秒）
             *
             *     20. ScheduledEndTime
             *     描述：计划调度时间，结束时间。
             *     取值：Unix时间戳（秒）
             *
             *     21. DsJobId
             *     描述：数据源任务ID。
             *     取值：字符串
             *
             *     22. TriggerType
             *     描述：触发类型。
             *     取值：1 - 手动触发；2 - 调度事中触发；3 - 周期调度触发；
             *
             *     23. Status
             *     描述：规则组执行状态。
             *     取值：0 - 初始状态，未提交；1 - 已提交；2 - 检测中；3 - 正常；4 - 异常；5 - 下发中；6 - 执行链路异常；7 - 未检测，没有执行结果；
             *
             *     24. TableIds
             *     描述：数据表ID集合。
             *     取值：字符串，支持多个值（OR关系）
             *
             *     25. RuleGroupId
             *     描述：规则组ID。
             *     取值：整数
             *
             *     26. BizCatalogIds
             *     描述：业务目录ID。
             *     取值：整数，支持多个值（OR关系）
             *
             *     27. CatalogName
             *     描述：数据目录名称。
             *     取值：字符串
             */
            Filters?: components["schemas"]["Filter"][];
            /**
             * @description 通用排序，
             *     支持的排序字段：
             *     CreateTime - 按创建时间排序
             *     UpdateTime - 按更新时间排序（默认）
             *     排序方向：
             *     1 - 升序（ASC）
             *     2 - 降序（DESC）
             */
            OrderFields?: components["schemas"]["OrderField"][];
        };
        /** @description The whole body of every processed ListQualityRuleGroupExecResultsByPage request, success or error. */
        ListQualityRuleGroupExecResultsByPageResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListQualityRuleGroupExecResultsByPageResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListQualityRuleGroupExecResultsByPage返回参数结构体 */
        ListQualityRuleGroupExecResultsByPageResponse: {
            Error?: never;
            /** @description 规则组执行结果列表 */
            Data?: components["schemas"]["ListQualityRuleGroupExecResultPage"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListQualityRuleGroups请求参数结构体 */
        ListQualityRuleGroupsRequest: {
            /** @description 项目Id */
            ProjectId: string;
            /** @description 分页序号，默认1 */
            PageNumber?: number;
            /** @description 分页大小，默认10 */
            PageSize?: number;
            /**
             * @description 过滤条件,每次请求的Filters的上限为10，Filter.Values的上限为5，可选过滤条件如下：
             *
             *     1. RuleGroupId
             *     描述：规则组ID。
             *     取值：整数
             *
             *     2. RuleGroupName
             *     描述：规则组名称。
             *     取值：字符串
             *
             *     3. TableId
             *     描述：数据源表id
             *     取值：字符串
             *
             *     4. TableName
             *     描述：数据源表名称，支持模糊匹配。
             *     取值：字符串
             *
             *     5. TableOwnerName
             *     描述：表负责人名称，支持模糊匹配。
             *     取值：字符串
             *
             *
             *     6. DatasourceType
             *     描述：数据源类型。
             *     取值：1 - MYSQL；2 - HIVE；3 - DLC；4 - GBASE；5 - TCHouse-P/CDW；6 - ICEBERG；7 - DORIS；8 - TCHouse-D；9 - EMR_STARROCKS；10 - TBDS_STARROCKS；11 - TCHouse-X
             *
             *     7. DatasourceId
             *     描述：数据源ID。
             *     取值：字符串
             *
             *     8. DatabaseName
             *     描述：数据库名称。
             *     取值：字符串
             *
             *     9. SchemaName
             *     描述：Schema名称。
             *     取值：字符串
             *
             *     10. CatalogName
             *     描述：数据目录名称。
             *     取值：字符串
             */
            Filters?: components["schemas"]["Filter"][];
            /**
             * @description 通用排序，支持的排序字段：
             *     CreateTime - 按创建时间排序
             *     UpdateTime - 按更新时间排序（默认）
             *     排序方向：
             *     1 - 升序（ASC）
             *     2 - 降序（DESC）
             */
            OrderFields?: components["schemas"]["OrderField"][];
        };
        /** @description The whole body of every processed ListQualityRuleGroups request, success or error. */
        ListQualityRuleGroupsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListQualityRuleGroupsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListQualityRuleGroups返回参数结构体 */
        ListQualityRuleGroupsResponse: {
            Error?: never;
            /** @description 任务列表 */
            Data?: components["schemas"]["QualityRuleGroupPage"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListQualityRuleGroupsTable请求参数结构体 */
        ListQualityRuleGroupsTableRequest: {
            /** @description 项目Id */
            ProjectId: string;
            /** @description 分页序号，默认1 */
            PageNumber?: number;
            /** @description 分页大小，默认10 */
            PageSize?: number;
            /**
             * @description 过滤条件, 可选过滤条件如下：
             *     1. GroupType
             *     描述：规则组类型，标识规则组所属的分类。
             *     取值：DEFAULT - 默认类型；DASHBOARD-仪表盘类型；WORKFLOW_NODE - 编排空间工作流节点类型
             *
             *     2. DeployStatus
             *     描述：规则组部署状态，主要用于WORKFLOW_NODE类型的规则组
             *     取值：PRODUCTION - 生产环境；DRAFT - 草稿套
             *
             *     3. RuleGroupName
             *     描述：规则组名称。
             *     取值：字符串
             *
             *     4. RuleGroupId
             *     描述：规则组ID。
             *     取值：整数
             *
             *     5. TableOwnerName
             *     描述：表负责人名称，支持模糊匹配。
             *     取值：字符串
             *
             *     6. TableOwnerAccount
             *     描述：表负责人账号ID。
             *     取值：整数，支持多个值（OR关系）
             *
             *     7. TableOwnerFlag
             *     描述：是否为当前表负责人。
             *     取值：true - 是；false - 否
             *
             *     8. DatasourceType
             *     描述：数据源类型。
             *     取值：1 - MYSQL；2 - HIVE；3 - DLC；4 - GBASE；5 - TCHouse-P/CDW；6 - ICEBERG；7 - DORIS；8 - TCHouse-D；9 - EMR_STARROCKS；10 - TBDS_STARROCKS；11 - TCHouse-X
             *
             *     9. DatasourceId
             *     描述：数据源ID。
             *     取值：字符串
             *
             *     10. DatabaseName
             *     描述：数据库名称。
             *     取值：字符串
             *
             *     11. SchemaName
             *     描述：Schema名称。
             *     取值：字符串
             *
             *     12. TableName
             *     描述：数据源表名称，支持模糊匹配。
             *     取值：字符串
             *
             *     13. BizCatalogIds
             *     描述：业务目录ID。
             *     取值：整数，支持多个值（OR关系）
             *
             *     14. CatalogName
             *     描述：数据目录名称。
             *     取值：字符串
             */
            Filters?: components["schemas"]["Filter"][];
            /**
             * @description 通用排序，
             *     支持的排序字段：
             *     UpdateTime - 按更新时间排序（默认）
             *     排序方向：
             *     1 - 升序（ASC）
             *     2 - 降序（DESC）
             */
            OrderFields?: components["schemas"]["OrderField"][];
        };
        /** @description The whole body of every processed ListQualityRuleGroupsTable request, success or error. */
        ListQualityRuleGroupsTableResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListQualityRuleGroupsTableResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListQualityRuleGroupsTable返回参数结构体 */
        ListQualityRuleGroupsTableResponse: {
            Error?: never;
            /** @description 监控对象列表 */
            Data?: components["schemas"]["QualityRuleGroupsTableVO"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListQualityRuleTemplates请求参数结构体 */
        ListQualityRuleTemplatesRequest: {
            /** @description 工作空间ID */
            ProjectId: string;
            /** @description 当前页，默认1 */
            PageNumber?: number;
            /** @description 每页记录数，默认10 */
            PageSize?: number;
            /**
             * @description 通用排序，
             *     支持的排序字段：
             *     CitationCount - 按引用数量排序
             *     UpdateTime - 按更新时间排序
             *     排序方向：
             *     1 - 升序（ASC）
             *     2 - 降序（DESC）
             */
            OrderFields?: components["schemas"]["OrderField"][];
            /**
             * @description 通用过滤条件
             *     1. Id
             *     描述：模板ID。
             *     取值：模板的唯一标识
             *
             *     2. Keyword
             *     描述：关键字搜索，支持模板名称模糊搜索。
             *     取值：字符串
             *
             *     3. Type
             *     描述：模板类型。
             *     取值：1 - 系统模板；2 - 自定义模板；支持多个值（OR关系）
             *
             *     4. QualityDim
             *     描述：质量检测维度。
             *     取值：1 - 准确性；2 - 唯一性；3 - 完整性；4 - 一致性；5 - 及时性；6 - 有效性；支持多个值（OR关系）
             *
             *     5. SourceObjectType
             *     描述：规则适用的源数据对象类型。
             *     取值：1 - 常量；2 - 离线表级；3 - 离线字段级；4 - 库级；支持多个值（OR关系）
             *
             *     6. SourceEngineTypes
             *     描述：模板适用的源数据引擎类型。
             *     取值：1 - MySQL；2 - Hive；4 - Spark；8 - Livy；16 - DLC；32 - Gbase；64 - TCHouse-P；128 - Doris；256 - TCHouse-D；512 - EMR_StarRocks；1024 - TCHouse-X；支持多个值（OR关系）
             */
            Filters?: components["schemas"]["Filter"][];
        };
        /** @description The whole body of every processed ListQualityRuleTemplates request, success or error. */
        ListQualityRuleTemplatesResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListQualityRuleTemplatesResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListQualityRuleTemplates返回参数结构体 */
        ListQualityRuleTemplatesResponse: {
            Error?: never;
            /** @description 结果 */
            Data?: components["schemas"]["QualityRuleTemplatePage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListQualityRules请求参数结构体 */
        ListQualityRulesRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 分页序号，默认1 */
            PageNumber?: number;
            /** @description 分页大小，默认10 */
            PageSize?: number;
            /**
             * @description 过滤条件，可选过滤条件如下：
             *     1. GroupType
             *     描述：规则组类型，标识规则组所属的分类。
             *     取值：DEFAULT - 默认类型，DASHBOARD - 仪表盘类型，WORKFLOW_NODE - 编排空间工作流节点类型
             *
             *     2. Operator
             *     描述：创建人ID。
             *     取值：用户ID，支持多个值（OR关系）
             *
             *     3. Keyword
             *     描述：关键字搜索，支持规则名称模糊搜索。
             *     取值：字符串
             *
             *     4. RuleName
             *     描述：规则名称。
             *     取值：字符串
             *
             *     5. Type
             *     描述：规则类型。
             *     取值：1 - 系统模板，2 - 自定义SQL，3 - 自定义模板
             *
             *     6. SourceObjectValue
             *     描述：数据对象，可以是字段名称或表名称。
             *     取值：字符串，支持多个值（OR关系）
             *
             *     7. RuleGroupId
             *     描述：规则所属的规则组ID。
             *     取值：整数
             *
             *     8. RuleGroupName
             *     描述：规则所属的规则组名称。
             *     取值：字符串
             *
             *     9. TableId
             *     描述：数据表ID。
             *     取值：字符串，支持多个值（OR关系）
             *
             *     10. TableName
             *     描述：数据表名称。
             *     取值：字符串
             *
             *     11. SourceEngineType
             *     描述：数据源引擎类型。
             *     取值：整数，1 - MYSQL；2 - HIVE；4 - SPARK；8 - LIVY；16 - DLC；32 - GBASE；64 - TCHouse-P；128 - DORIS；256 - TCHouse-D；512 - EMR_STARROCKS；1024 - TCHouse-X；支持多个值（OR关系）
             *
             *     12. DatasourceId
             *     描述：数据源ID。
             *     取值：整数
             *
             *     13. DatasourceType
             *     描述：数据源类型。
             *     取值：1 - MYSQL；2 - HIVE；3 - DLC；4 - GBASE；5 - TCHouse-P/CDW；6 - ICEBERG；7 - DORIS；8 - TCHouse-D；9 - EMR_STARROCKS；10 - TBDS_STARROCKS；11 - TCHouse-X
             *
             *     14. DatabaseName
             *     描述：数据库名称。
             *     取值：字符串
             *
             *     15. SchemaName
             *     描述：Schema名称。
             *     取值：字符串
             *
             *     16. RuleIds
             *     描述：规则ID集合。
             *     取值：整数，支持多个值（OR关系）
             *
             *     17. RuleTemplateId
             *     描述：规则模板ID。
             *     取值：整数，支持多个值（OR关系）
             *
             *     18. ReceiverUserId / ReceiverUserIdStr
             *     描述：订阅人用户ID。
             *     取值：整数
             *
             *     19. StartTime
             *     描述：查询开始时间。
             *     取值：Unix时间戳（秒）
             *
             *     20. EndTime
             *     描述：查询结束时间。
             *     取值：Unix时间戳（秒）
             *
             *     21. ReceiverFlag
             *     描述：是否为当前登录用户的订阅。
             *     取值：
             *     true - 是
             *     false - 否
             *
             *     22. MonitorType
             *     描述：规则的监控执行方式。
             *     取值：1 - 未配置；2 - 关联生产调度；3 - 离线周期检测；支持多个值（OR关系）
             *     支持多个值（OR关系）
             *
             *     23. MonitorStatus
             *     描述：规则的监控状态。
             *     取值：
             *     true - 已启用
             *     false - 已禁用
             *
             *     24. BizCatalogIds
             *     描述：业务目录ID。
             *     取值：整数，支持多个值（OR关系）
             *
             *     25. CatalogName
             *     描述：数据目录名称。
             *     取值：字符串
             *
             *     26. DeployStatus
             *     描述：规则部署状态，主要用于WORKFLOW_NODE类型的规则组（监控）上
             *     取值：PRODUCTION - 生产环境，DRAFT - 草稿态
             */
            Filters?: components["schemas"]["Filter"][];
            /**
             * @description 通用排序，
             *     支持的排序字段：
             *     CreateTime - 按创建时间排序
             *     UpdateTime - 按更新时间排序（默认）
             *     排序方向：
             *     1 - 升序（ASC）
             *     2 - 降序（DESC）
             */
            OrderFields?: components["schemas"]["OrderField"][];
        };
        /** @description The whole body of every processed ListQualityRules request, success or error. */
        ListQualityRulesResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListQualityRulesResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListQualityRules返回参数结构体 */
        ListQualityRulesResponse: {
            Error?: never;
            /** @description 规则质量列表 */
            Data?: components["schemas"]["QualityRulePage"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListResourceFiles请求参数结构体 */
        ListResourceFilesRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 数据页数，大于等于1。默认1 */
            PageNumber?: number;
            /** @description 每页显示的数据条数，最小为10条，最大为200 条。默认10 */
            PageSize?: number;
            /** @description 资源文件名称(模糊搜索关键词) */
            ResourceName?: string;
            /** @description 资源文件所属文件夹路径(如/a/b/c，查询c文件夹下的资源文件) */
            ParentFolderPath?: string;
            /** @description 创建人ID, 可通过DescribeCurrentUserInfo接口获取 */
            CreateUserUin?: string;
            /** @description 更新时间范围,开始时间, 格式yyyy-MM-dd HH:mm:ss */
            ModifyTimeStart?: string;
            /** @description 更新时间范围,结束时间, 格式yyyy-MM-dd HH:mm:ss */
            ModifyTimeEnd?: string;
            /** @description 创建时间范围,开始时间, 格式yyyy-MM-dd HH:mm:ss */
            CreateTimeStart?: string;
            /** @description 创建时间范围,结束时间, 格式yyyy-MM-dd HH:mm:ss */
            CreateTimeEnd?: string;
        };
        /** @description The whole body of every processed ListResourceFiles request, success or error. */
        ListResourceFilesResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListResourceFilesResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListResourceFiles返回参数结构体 */
        ListResourceFilesResponse: {
            Error?: never;
            /** @description 获取资源文件列表 */
            Data?: components["schemas"]["ResourceFilePage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListResourceFolders请求参数结构体 */
        ListResourceFoldersRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /**
             * @description 资源文件夹绝对路径，取值示例
             *     /wedata/test
             */
            ParentFolderPath: string;
            /** @description 数据页数，大于等于1。默认1 */
            PageNumber?: number;
            /** @description 每页显示的数据条数，最小为10条，最大为200 条。默认10 */
            PageSize?: number;
        };
        /** @description The whole body of every processed ListResourceFolders request, success or error. */
        ListResourceFoldersResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListResourceFoldersResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListResourceFolders返回参数结构体 */
        ListResourceFoldersResponse: {
            Error?: never;
            /** @description 分页的资源文件夹查询结果 */
            Data?: components["schemas"]["ResourceFolderPage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListResourceGroups请求参数结构体 */
        ListResourceGroupsRequest: {
            /**
             * @description 执行资源组类型
             *
             *     - Schedule --- 调度资源组
             *     - Integration --- 集成资源组
             *     - DataService -- 数据服务资源组
             */
            Type?: string;
            /** @description 资源组id */
            Id?: string;
            /** @description 搜索的执行资源组名称 */
            Name?: string;
            /** @description 项目空间id查询列表 */
            ProjectIds?: string[];
            /** @description 页数 */
            PageNumber?: number;
            /** @description 页大小 */
            PageSize?: number;
        };
        /** @description The whole body of every processed ListResourceGroups request, success or error. */
        ListResourceGroupsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListResourceGroupsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListResourceGroups返回参数结构体 */
        ListResourceGroupsResponse: {
            Error?: never;
            /** @description 分页结果 */
            Data?: components["schemas"]["ExecutorResourceGroupData"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListSQLFolderContents请求参数结构体 */
        ListSQLFolderContentsRequest: {
            /** @description 项目Id */
            ProjectId: string;
            /** @description 父文件夹path，/aaa/bbb/ccc，路径头需带斜杠，查询根目录传/ */
            ParentFolderPath: string;
            /** @description 文件夹名称/脚本名称搜索 */
            Keyword?: string;
            /** @description 只查询文件夹 */
            OnlyFolderNode?: boolean;
            /** @description 是否只查询用户自己创建的脚本 */
            OnlyUserSelfScript?: boolean;
            /** @description 权限范围：SHARED, PRIVATE */
            AccessScope?: string;
        };
        /** @description The whole body of every processed ListSQLFolderContents request, success or error. */
        ListSQLFolderContentsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListSQLFolderContentsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListSQLFolderContents返回参数结构体 */
        ListSQLFolderContentsResponse: {
            Error?: never;
            /** @description 结果列表 */
            Data?: components["schemas"]["SQLFolderNode"][];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListSQLScriptRuns请求参数结构体 */
        ListSQLScriptRunsRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 脚本id */
            ScriptId: string;
            /** @description 任务id */
            JobId?: string;
            /** @description 搜索关键词 */
            SearchWord?: string;
            /** @description 执行人 */
            ExecuteUserUin?: string;
            /** @description 开始时间 */
            StartTime?: string;
            /** @description 结束时间 */
            EndTime?: string;
        };
        /** @description The whole body of every processed ListSQLScriptRuns request, success or error. */
        ListSQLScriptRunsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListSQLScriptRunsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListSQLScriptRuns返回参数结构体 */
        ListSQLScriptRunsResponse: {
            Error?: never;
            /** @description 数据探索任务 */
            Data?: components["schemas"]["JobDto"][];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListSchema请求参数结构体 */
        ListSchemaRequest: {
            /** @description 页码，从1开始 */
            PageNumber: number;
            /** @description 分页大小，最大500 */
            PageSize: number;
            /** @description 目录名称 */
            CatalogName?: string;
            /** @description 数据源ID */
            DatasourceId?: number;
            /** @description 数据库名称 */
            DatabaseName?: string;
            /** @description 数据库模式搜索关键字 */
            Keyword?: string;
        };
        /** @description The whole body of every processed ListSchema request, success or error. */
        ListSchemaResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListSchemaResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListSchema返回参数结构体 */
        ListSchemaResponse: {
            Error?: never;
            /** @description 分页数据 */
            Data?: components["schemas"]["ListSchemaPage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListTable请求参数结构体 */
        ListTableRequest: {
            /** @description 页码，从1开始 */
            PageNumber: number;
            /** @description 分页大小，最大500 */
            PageSize: number;
            /** @description 目录名称 */
            CatalogName?: string;
            /** @description 数据源ID */
            DatasourceId?: number;
            /** @description 数据库名称 */
            DatabaseName?: string;
            /** @description 数据库Schema名称 */
            SchemaName?: string;
            /** @description 表搜索关键字 */
            Keyword?: string;
        };
        /** @description The whole body of every processed ListTable request, success or error. */
        ListTableResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListTableResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListTable返回参数结构体 */
        ListTableResponse: {
            Error?: never;
            /** @description 分页数据 */
            Data?: components["schemas"]["ListTablePage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListTaskFolders请求参数结构体 */
        ListTaskFoldersRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 父文件夹绝对路径，如/abc/de，如果是根目录则传/ */
            ParentTaskFolderPath: string;
            /** @description 工作流ID */
            WorkflowId: string;
            /**
             * @description 任务文件夹类型
             *
             *     | 任务文件夹类型取值 | 任务文件夹类型界面对应名称 |
             *     | ---------------- | ------------------------ |
             *     | ETL              | 集成任务                 |
             *     | EMR              | EMR                      |
             *     | DLC              | DLC                      |
             *     | SETATS           | SETATS                   |
             *     | TDSQL            | TDSQL                    |
             *     | TCHOUSE          | TCHOUSE                  |
             *     | GENERAL          | 通用                     |
             *     | TI_ONE           | TI-ONE机器学习           |
             *     | ACROSS_WORKFLOWS | 跨工作流                 |
             */
            TaskFolderType: string;
            /** @description 数据页数，大于等于1。默认1 */
            PageNumber?: number;
            /** @description 每页显示的数据条数，最小为10条，最大为200 条。默认10 */
            PageSize?: number;
        };
        /** @description The whole body of every processed ListTaskFolders request, success or error. */
        ListTaskFoldersResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListTaskFoldersResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListTaskFolders返回参数结构体 */
        ListTaskFoldersResponse: {
            Error?: never;
            /** @description 分页的文件夹查询结果 */
            Data?: components["schemas"]["TaskFolderPage"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The body of a ListTaskInstanceExecutions request. */
        ListTaskInstanceExecutionsRequest: {
            /** @description The project ID, a string of digits. */
            ProjectId: components["schemas"]["ProjectId"];
            /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
            InstanceKey: components["schemas"]["InstanceKey"];
            /** @description The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. Scheduling, run, update and phase times (`SchedulerTime`, `StartTime`, `EndTime`, `LastUpdateTime`) are given in it and time filters read in it; the data time (`CurRunDate`) and the InstanceKey stay in UTC+8. */
            TimeZone?: components["schemas"]["TimeZone"];
            /** @description Items per page. Default 10. */
            PageSize?: number;
            /**
             * @description The page number, from 1. Default 1.
             * @default 1
             */
            PageNumber?: number;
        };
        /** @description The whole body of every processed ListTaskInstanceExecutions request, success or error. */
        ListTaskInstanceExecutionsResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListTaskInstanceExecutionsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        ListTaskInstanceExecutionsResponse: {
            Error?: never;
            /** @description The result. */
            Data?: components["schemas"]["TaskInstanceExecutions"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The body of a ListTaskInstances request. */
        ListTaskInstancesRequest: {
            /** @description The project ID, a string of digits. */
            ProjectId: components["schemas"]["ProjectId"];
            /**
             * @description The page number, from 1. Default 1.
             * @default 1
             */
            PageNumber?: number;
            /** @description Items per page. Default 10. */
            PageSize?: number;
            /** @description Task names or task IDs to match (fuzzy), several separated by commas. */
            Keyword?: string;
            /** @description The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. Scheduling, run, update and phase times (`SchedulerTime`, `StartTime`, `EndTime`, `LastUpdateTime`) are given in it and time filters read in it; the data time (`CurRunDate`) and the InstanceKey stay in UTC+8. */
            TimeZone?: components["schemas"]["TimeZone"];
            /**
             * @description The kind of instance: `0` backfill, `1` periodic, `2` non-periodic.
             * @enum {integer}
             */
            InstanceType?: 0 | 1 | 2;
            /**
             * @description The instance state: `WAIT_EVENT` waiting for an event, `WAIT_UPSTREAM` waiting for upstream, `WAIT_RUN` waiting to run, `RUNNING` running, `SKIP_RUNNING` skipped, `FAILED_RETRY` failed and will retry, `EXPIRED` failed (final), `COMPLETED` succeeded.
             * @enum {string}
             */
            InstanceState?: "WAIT_EVENT" | "WAIT_UPSTREAM" | "WAIT_RUN" | "RUNNING" | "SKIP_RUNNING" | "FAILED_RETRY" | "EXPIRED" | "COMPLETED";
            /** @description The task type ID, for example `35` Shell. */
            TaskTypeId?: number;
            /**
             * @description The scheduling cycle: `ONEOFF_CYCLE`, `YEAR_CYCLE`, `MONTH_CYCLE`, `WEEK_CYCLE`, `DAY_CYCLE`, `HOUR_CYCLE`, `MINUTE_CYCLE` or `CRONTAB_CYCLE`.
             * @enum {string}
             */
            CycleType?: "ONEOFF_CYCLE" | "YEAR_CYCLE" | "MONTH_CYCLE" | "WEEK_CYCLE" | "DAY_CYCLE" | "HOUR_CYCLE" | "MINUTE_CYCLE" | "CRONTAB_CYCLE";
            /** @description The account ID (UIN) of the task owner. */
            OwnerUin?: string;
            /** @description The ID of the folder that holds the task. */
            FolderId?: string;
            /** @description The ID of the workflow the task belongs to. */
            WorkflowId?: string;
            /** @description The ID of the execution resource group. */
            ExecutorGroupId?: string;
            /** @description The start of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`. */
            ScheduleTimeFrom?: components["schemas"]["TimeFilter"];
            /** @description The end of the range of planned scheduling times, `yyyy-MM-dd HH:mm:ss`. */
            ScheduleTimeTo?: components["schemas"]["TimeFilter"];
            /** @description The start of the range of run start times, `yyyy-MM-dd HH:mm:ss`. */
            StartTimeFrom?: components["schemas"]["TimeFilter"];
            /** @description The end of the range of run start times, `yyyy-MM-dd HH:mm:ss`. */
            StartTimeTo?: components["schemas"]["TimeFilter"];
            /** @description The start of the range of last-update times, `yyyy-MM-dd HH:mm:ss`. */
            LastUpdateTimeFrom?: components["schemas"]["TimeFilter"];
            /** @description The end of the range of last-update times, `yyyy-MM-dd HH:mm:ss`. */
            LastUpdateTimeTo?: components["schemas"]["TimeFilter"];
            /**
             * @description What to sort by: `SCHEDULE_DATE`, `START_TIME`, `END_TIME` or `COST_TIME`.
             * @enum {string}
             */
            SortColumn?: "SCHEDULE_DATE" | "START_TIME" | "END_TIME" | "COST_TIME";
            /**
             * @description The sort order, `ASC` or `DESC`.
             * @enum {string}
             */
            SortType?: "ASC" | "DESC";
        };
        /** @description The whole body of every processed ListTaskInstances request, success or error. */
        ListTaskInstancesResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListTaskInstancesResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        ListTaskInstancesResponse: {
            Error?: never;
            /** @description The result. */
            Data?: components["schemas"]["TaskInstancePage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListTaskVersions请求参数结构体 */
        ListTaskVersionsRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 任务ID */
            TaskId: string;
            /**
             * @description 保存版本：SAVE
             *     提交版本：SUBMIT
             *     默认为SAVE
             */
            TaskVersionType?: string;
            /** @description 请求的数据页数。默认值为1，取值大于等于1。 */
            PageNumber?: number;
            /** @description 每页显示的数据条数。默认值为10 ，最小值为10，最大值为200。 */
            PageSize?: number;
        };
        /** @description The whole body of every processed ListTaskVersions request, success or error. */
        ListTaskVersionsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListTaskVersionsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListTaskVersions返回参数结构体 */
        ListTaskVersionsResponse: {
            Error?: never;
            /** @description 版本列表 */
            Data?: components["schemas"]["ListTaskVersions"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListTasks请求参数结构体 */
        ListTasksRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 请求的数据页数。默认值为1，取值大于等于1 */
            PageNumber?: number;
            /** @description 每页显示的数据条数。默认值为10 ，最小值为10，最大值为200 */
            PageSize?: number;
            /** @description 任务名称 */
            TaskName?: string;
            /** @description 所属工作流ID */
            WorkflowId?: string;
            /** @description 责任人ID */
            OwnerUin?: string;
            /** @description 任务类型 */
            TaskTypeId?: number;
            /**
             * @deprecated
             * @description 任务状态
             *     * N: 新建
             *     * Y: 调度中
             *     * F: 已下线
             *     * O: 已暂停
             *     * T: 下线中
             *     * INVALID: 已失效
             */
            Status?: string;
            /** @description 提交状态 */
            Submit?: boolean;
            /** @description BundleId信息 */
            BundleId?: string;
            /** @description 创建人ID */
            CreateUserUin?: string;
            /** @description 修改时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间 */
            ModifyTime?: string[];
            /** @description 创建时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间 */
            CreateTime?: string[];
        };
        /** @description The whole body of every processed ListTasks request, success or error. */
        ListTasksResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListTasksResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListTasks返回参数结构体 */
        ListTasksResponse: {
            Error?: never;
            /** @description 任务分页信息 */
            Data?: components["schemas"]["ListTaskInfo"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListTenantRoles请求参数结构体 */
        ListTenantRolesRequest: {
            /** @description 角色中文展示名模糊查询，只能传一个值 */
            RoleDisplayName?: string;
        };
        /** @description The whole body of every processed ListTenantRoles request, success or error. */
        ListTenantRolesResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListTenantRolesResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListTenantRoles返回参数结构体 */
        ListTenantRolesResponse: {
            Error?: never;
            /** @description 主账号角色列表 */
            Data?: components["schemas"]["SystemRole"][];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListTriggerTaskVersions请求参数结构体 */
        ListTriggerTaskVersionsRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 任务ID */
            TaskId: string;
            /**
             * @description 保存版本：SAVE
             *     提交版本：SUBMIT
             *     默认为SAVE
             */
            TaskVersionType?: string;
            /** @description 请求的数据页数。默认值为1，取值大于等于1。 */
            PageNumber?: number;
            /** @description 每页显示的数据条数。默认值为10 ，最小值为10，最大值为200。 */
            PageSize?: number;
        };
        /** @description The whole body of every processed ListTriggerTaskVersions request, success or error. */
        ListTriggerTaskVersionsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListTriggerTaskVersionsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListTriggerTaskVersions返回参数结构体 */
        ListTriggerTaskVersionsResponse: {
            Error?: never;
            /** @description 版本列表 */
            Data?: components["schemas"]["ListTriggerTaskVersions"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListTriggerTasks请求参数结构体 */
        ListTriggerTasksRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 请求的数据页数。默认值为1，取值大于等于1 */
            PageNumber?: number;
            /** @description 每页显示的数据条数。默认值为10 ，最小值为10，最大值为200 */
            PageSize?: number;
            /** @description 任务名称 */
            TaskName?: string;
            /** @description 所属工作流ID */
            WorkflowId?: string;
            /** @description 责任人ID */
            OwnerUin?: string;
            /** @description 任务类型 */
            TaskTypeId?: number;
            /**
             * @description 任务状态
             *     * N: 新建
             *     * Y: 调度中
             */
            Status?: string;
            /** @description 提交状态 */
            Submit?: boolean;
            /** @description BundleId信息 */
            BundleId?: string;
            /** @description 创建人ID */
            CreateUserUin?: string;
            /** @description 修改时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间 */
            ModifyTime?: string[];
            /** @description 创建时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间 */
            CreateTime?: string[];
        };
        /** @description The whole body of every processed ListTriggerTasks request, success or error. */
        ListTriggerTasksResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListTriggerTasksResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListTriggerTasks返回参数结构体 */
        ListTriggerTasksResponse: {
            Error?: never;
            /** @description 任务分页信息 */
            Data?: components["schemas"]["ListTriggerTaskInfo"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListTriggerWorkflowRuns请求参数结构体 */
        ListTriggerWorkflowRunsRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 过滤参数,工作流名称或ID查询名称：Keyword,工作流ID查询名称：WorkflowId,文件夹查询名称：FolderId,负责人查询名称：InChargeUin, 工作流执行id: ExecutionId */
            Filters?: components["schemas"]["Filter"][];
            /** @description 排序字段，排序字段名称	如下开始时间：CreateTime，结束时间：EndTime */
            OrderFields?: components["schemas"]["OrderField"][];
            /** @description 页码 */
            PageNumber?: number;
            /** @description 页大小 */
            PageSize?: number;
        };
        /** @description The whole body of every processed ListTriggerWorkflowRuns request, success or error. */
        ListTriggerWorkflowRunsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListTriggerWorkflowRunsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListTriggerWorkflowRuns返回参数结构体 */
        ListTriggerWorkflowRunsResponse: {
            Error?: never;
            /** @description 工作流运行查询结果 */
            Data?: components["schemas"]["TriggerWorkflowRunResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListTriggerWorkflows请求参数结构体 */
        ListTriggerWorkflowsRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 请求的数据页数。默认值为1，取值大于等于1 */
            PageNumber?: number;
            /** @description 每页显示的数据条数。默认值为10 ，最小值为10，最大值为200 */
            PageSize?: number;
            /** @description 搜索关键词 */
            Keyword?: string;
            /** @description 工作流所属文件夹 */
            ParentFolderPath?: string;
            /** @description bundleId项 */
            BundleId?: string;
            /** @description 负责人ID */
            OwnerUin?: string;
            /** @description 创建人ID */
            CreateUserUin?: string;
            /** @description 修改时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间 */
            ModifyTime?: string[];
            /** @description 创建时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间 */
            CreateTime?: string[];
        };
        /** @description The whole body of every processed ListTriggerWorkflows request, success or error. */
        ListTriggerWorkflowsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListTriggerWorkflowsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListTriggerWorkflows返回参数结构体 */
        ListTriggerWorkflowsResponse: {
            Error?: never;
            /** @description 查询工作流分页信息 */
            Data?: components["schemas"]["ListTriggerWorkflowInfo"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListUpstreamOpsTasks请求参数结构体 */
        ListUpstreamOpsTasksRequest: {
            /** @description 项目Id */
            ProjectId: string;
            /** @description 任务Id */
            TaskId: string;
            /** @description 分页页码 */
            PageNumber?: string;
            /** @description 分页大小 */
            PageSize?: string;
        };
        /** @description The whole body of every processed ListUpstreamOpsTasks request, success or error. */
        ListUpstreamOpsTasksResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListUpstreamOpsTasksResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListUpstreamOpsTasks返回参数结构体 */
        ListUpstreamOpsTasksResponse: {
            Error?: never;
            /** @description 上游任务详情 */
            Data?: components["schemas"]["ParentDependencyConfigPage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The body of a ListUpstreamTaskInstances request. */
        ListUpstreamTaskInstancesRequest: {
            /** @description The project ID, a string of digits. */
            ProjectId: components["schemas"]["ProjectId"];
            /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
            InstanceKey: components["schemas"]["InstanceKey"];
            /** @description The time zone of the times given and returned, as `UTC+8`, `UTC-5` or `UTC+5:30`. Default `UTC+8`. Scheduling, run, update and phase times (`SchedulerTime`, `StartTime`, `EndTime`, `LastUpdateTime`) are given in it and time filters read in it; the data time (`CurRunDate`) and the InstanceKey stay in UTC+8. */
            TimeZone?: components["schemas"]["TimeZone"];
            /**
             * @description The page number, from 1. Default 1.
             * @default 1
             */
            PageNumber?: number;
            /** @description Items per page. Default 10. */
            PageSize?: number;
        };
        /** @description The whole body of every processed ListUpstreamTaskInstances request, success or error. */
        ListUpstreamTaskInstancesResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListUpstreamTaskInstancesResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        ListUpstreamTaskInstancesResponse: {
            Error?: never;
            /** @description The result. */
            Data?: components["schemas"]["TaskInstancePage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListUpstreamTasks请求参数结构体 */
        ListUpstreamTasksRequest: {
            /** @description 项目Id */
            ProjectId: string;
            /** @description 任务Id */
            TaskId: string;
            /** @description 请求的数据页数。默认值为1，取值大于等于1。 */
            PageNumber?: number;
            /** @description 请求的数据页数。默认值为1，取值大于等于1。 */
            PageSize?: number;
        };
        /** @description The whole body of every processed ListUpstreamTasks request, success or error. */
        ListUpstreamTasksResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListUpstreamTasksResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListUpstreamTasks返回参数结构体 */
        ListUpstreamTasksResponse: {
            Error?: never;
            /** @description 上游任务详情 */
            Data?: components["schemas"]["DependencyConfigPage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListUpstreamTriggerTasks请求参数结构体 */
        ListUpstreamTriggerTasksRequest: {
            /** @description 项目Id */
            ProjectId: string;
            /** @description 任务Id */
            TaskId: string;
            /** @description 请求的数据页数。默认值为1，取值大于等于1。 */
            PageNumber?: number;
            /** @description 请求的数据页数。默认值为1，取值大于等于1。 */
            PageSize?: number;
        };
        /** @description The whole body of every processed ListUpstreamTriggerTasks request, success or error. */
        ListUpstreamTriggerTasksResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListUpstreamTriggerTasksResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListUpstreamTriggerTasks返回参数结构体 */
        ListUpstreamTriggerTasksResponse: {
            Error?: never;
            /** @description 上游任务详情 */
            Data?: components["schemas"]["TriggerDependencyConfigPage"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListWorkflowFolders请求参数结构体 */
        ListWorkflowFoldersRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 父文件夹绝对路径，如/abc/de，如果是根目录则传/ */
            ParentFolderPath: string;
            /** @description 数据页数，大于等于1。默认1 */
            PageNumber?: number;
            /** @description 每页显示的数据条数，最小为10条，最大为200 条。默认10 */
            PageSize?: number;
        };
        /** @description The whole body of every processed ListWorkflowFolders request, success or error. */
        ListWorkflowFoldersResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListWorkflowFoldersResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListWorkflowFolders返回参数结构体 */
        ListWorkflowFoldersResponse: {
            Error?: never;
            /** @description 分页的文件夹查询结果 */
            Data?: components["schemas"]["WorkflowFolderPage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListWorkflowPermissions请求参数结构体 */
        ListWorkflowPermissionsRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 授权实体ID */
            EntityId: string;
            /** @description 授权实体类型,folder/workflow */
            EntityType: string;
            /** @description 请求的数据页数。默认值为1，取值大于等于1 */
            PageNumber?: number;
            /** @description 每页显示的数据条数。默认值为10 ，最小值为10，最大值为200。 */
            PageSize?: number;
        };
        /** @description The whole body of every processed ListWorkflowPermissions request, success or error. */
        ListWorkflowPermissionsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListWorkflowPermissionsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListWorkflowPermissions返回参数结构体 */
        ListWorkflowPermissionsResponse: {
            Error?: never;
            /** @description 分页的授权信息查询结果 */
            Data?: components["schemas"]["WorkflowPermissionPage"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ListWorkflows请求参数结构体 */
        ListWorkflowsRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 请求的数据页数。默认值为1，取值大于等于1 */
            PageNumber?: number;
            /** @description 每页显示的数据条数。默认值为10 ，最小值为10，最大值为200 */
            PageSize?: number;
            /** @description 搜索关键词 */
            Keyword?: string;
            /** @description 工作流所属文件夹 */
            ParentFolderPath?: string;
            /** @description 工作流类型，cycle和manual */
            WorkflowType?: string;
            /** @description bundleId项 */
            BundleId?: string;
            /** @description 负责人ID */
            OwnerUin?: string;
            /** @description 创建人ID */
            CreateUserUin?: string;
            /** @description 修改时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间 */
            ModifyTime?: string[];
            /** @description 创建时间区间 yyyy-MM-dd HH:mm:ss，需要在数组填入两个时间 */
            CreateTime?: string[];
        };
        /** @description The whole body of every processed ListWorkflows request, success or error. */
        ListWorkflowsResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ListWorkflowsResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ListWorkflows返回参数结构体 */
        ListWorkflowsResponse: {
            Error?: never;
            /** @description 查询工作流分页信息 */
            Data?: components["schemas"]["ListWorkflowInfo"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ModifyQualityRule请求参数结构体 */
        ModifyQualityRuleRequest: {
            /** @description 项目Id */
            ProjectId: string;
            /** @description 规则ID */
            RuleId: number;
            /** @description 规则名称 */
            Name: string;
            /** @description 规则类型 1.系统模版, 2.自定义模版, 3.自定义SQL */
            Type: number;
            /** @description 报警触发条件 */
            CompareRule: components["schemas"]["QualityCompareRuleInput"];
            /** @description 报警触发级别 1.低, 2.中, 3.高 */
            AlarmLevel: number;
            /** @description 数据表ID */
            TableId?: string;
            /** @description 规则模板ID，当Type≠3（自定义SQL）时必填 */
            RuleTemplateId?: number;
            /** @description 规则所属质量维度，Type=3（自定义SQL）时必填（1：准确性，2：唯一性，3：完整性，4：一致性，5：及时性，6：有效性） */
            QualityDim?: number;
            /** @description 规则组ID */
            RuleGroupId?: number;
            /** @description 源字段详细类型，int、string */
            SourceObjectDataTypeName?: string;
            /** @description 源字段名称 */
            SourceObjectValue?: string;
            /** @description 检测范围，当Type=1(系统模板)时必填。 1.全表 2.条件扫描 */
            ConditionType?: number;
            /** @description 条件扫描WHERE条件表达式，ConditionType=2(条件扫描)时必填 */
            ConditionExpression?: string;
            /** @description 自定义SQL，Type=3（自定义SQL）时必填 */
            CustomSql?: string;
            /** @description 规则描述 */
            Description?: string;
            /** @description 目标库Id */
            TargetDatabaseId?: string;
            /** @description 目标表Id */
            TargetTableId?: string;
            /** @description 目标过滤条件表达式 */
            TargetConditionExpr?: string;
            /** @description 源字段与目标字段关联条件on表达式 */
            RelConditionExpr?: string;
            /** @description 自定义模版sql表达式字段替换参数，Type=2时必填 */
            FieldConfig?: components["schemas"]["QualityRuleFieldConfigInput"];
            /** @description 目标字段名称  CITY */
            TargetObjectValue?: string;
            /** @description 该规则支持的执行引擎列表，Type=3（自定义SQL）时必填，可选值如下：1 - MYSQL2 - HIVE4 - SPARK8 - LIVY16 - DLC32 - GBASE64 - TCHouse-P128 - DORIS256 - TCHouse-D512 - EMR_STARROCKS1024 - TCHouse-X */
            SourceEngineTypes?: number[];
            /** @description 目标库名 */
            TargetDatabaseName?: string;
            /** @description 目标模式名 */
            TargetSchemaName?: string;
            /** @description 目标表名 */
            TargetTableName?: string;
            /** @description 数据目录名称，主要用于dlc数据源 */
            CatalogName?: string;
            /** @description 目标数据目录名称，主要用于dlc数据源 */
            TargetCatalogName?: string;
        };
        /** @description The whole body of every processed ModifyQualityRule request, success or error. */
        ModifyQualityRuleResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ModifyQualityRuleResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ModifyQualityRule返回参数结构体 */
        ModifyQualityRuleResponse: {
            Error?: never;
            /** @description 是否更新成功 */
            Data?: boolean | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description ModifyQualityRuleGroup请求参数结构体 */
        ModifyQualityRuleGroupRequest: {
            /** @description 任务参数 */
            RuleGroupExecStrategyBOList?: components["schemas"]["QualityRuleGroupExecStrategyInput"][];
            /** @description 项目ID */
            ProjectId?: string;
        };
        /** @description The whole body of every processed ModifyQualityRuleGroup request, success or error. */
        ModifyQualityRuleGroupResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["ModifyQualityRuleGroupResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description ModifyQualityRuleGroup返回参数结构体 */
        ModifyQualityRuleGroupResponse: {
            Error?: never;
            /** @description 是否更新成功 */
            Data?: components["schemas"]["ModifyQualityRuleGroupResultVO"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description PauseOpsTasksAsync请求参数结构体 */
        PauseOpsTasksAsyncRequest: {
            /** @description 所属项目Id */
            ProjectId: string;
            /** @description 任务Id列表 */
            TaskIds: string[];
            /** @description 是否需要终止已生成实例 */
            KillInstance?: boolean;
        };
        /** @description The whole body of every processed PauseOpsTasksAsync request, success or error. */
        PauseOpsTasksAsyncResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["PauseOpsTasksAsyncResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description PauseOpsTasksAsync返回参数结构体 */
        PauseOpsTasksAsyncResponse: {
            Error?: never;
            /** @description 异步操作结果 */
            Data?: components["schemas"]["OpsAsyncResponse"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description RegisterLineage请求参数结构体 */
        RegisterLineageRequest: {
            /** @description 需要注册的血缘关系列表 */
            Relations: components["schemas"]["LineagePairInput"][];
        };
        /** @description The whole body of every processed RegisterLineage request, success or error. */
        RegisterLineageResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["RegisterLineageResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description RegisterLineage返回参数结构体 */
        RegisterLineageResponse: {
            Error?: never;
            /** @description 注册结果 */
            Data?: components["schemas"]["OperateResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description RemoveMemberProjectRole请求参数结构体 */
        RemoveMemberProjectRoleRequest: {
            /** @description 项目id */
            ProjectId: string;
            /** @description 用户id */
            UserUin: string;
            /**
             * @description 角色id列表，目前支持的项目角色有
             *     - 308335260274237440 (项目管理员)
             *     - 308335260676890624 (数据工程师)
             *     - 308335260844662784 (运维工程师)
             *     - 308335260945326080 (普通成员)
             */
            RoleIds: string[];
        };
        /** @description The whole body of every processed RemoveMemberProjectRole request, success or error. */
        RemoveMemberProjectRoleResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["RemoveMemberProjectRoleResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description RemoveMemberProjectRole返回参数结构体 */
        RemoveMemberProjectRoleResponse: {
            Error?: never;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The body of a RerunTaskInstancesAsync request. */
        RerunTaskInstancesAsyncRequest: {
            /** @description The project ID, a string of digits. */
            ProjectId: components["schemas"]["ProjectId"];
            /** @description The instances to act on, by InstanceKey. */
            InstanceKeyList: components["schemas"]["InstanceKey"][];
            /**
             * @description What to rerun: `1` the instances themselves (default), `3` their downstream, `2` both.
             * @enum {string}
             */
            RerunType?: "1" | "2" | "3";
            /**
             * @description Whether to check upstream tasks: `ALL`, `MAKE_SCOPE` (selected) or `NONE` (default).
             * @enum {string}
             */
            CheckParentType?: "ALL" | "MAKE_SCOPE" | "NONE";
            /**
             * @description The range of downstream instances: `WORKFLOW` (default), `PROJECT` or `ALL`.
             * @enum {string}
             */
            SonRangeType?: "WORKFLOW" | "PROJECT" | "ALL";
            /** @description Whether the rerun ignores event listening. */
            SkipEventListening?: boolean;
            /** @description A run concurrency for the rerun instead of the task's own. */
            RedefineParallelNum?: number;
            /**
             * @description A workflow self-dependency for the rerun, `yes` or `no`, instead of the workflow's own.
             * @enum {string}
             */
            RedefineSelfWorkflowDependency?: "yes" | "no";
            /** @description Parameters for the rerun instances. */
            RedefineParamList?: components["schemas"]["KVMap"];
        };
        /** @description The whole body of every processed RerunTaskInstancesAsync request, success or error. */
        RerunTaskInstancesAsyncResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["RerunTaskInstancesAsyncResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        RerunTaskInstancesAsyncResponse: {
            Error?: never;
            /** @description The result. */
            Data?: components["schemas"]["OpsAsyncResponse"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description RerunTriggerWorkflowRunAsync请求参数结构体 */
        RerunTriggerWorkflowRunAsyncRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 工作流ID */
            WorkflowId: string;
            /** @description 工作流运行ID */
            WorkflowExecutionId: string;
            /** @description 运行方式：普通运行默认所有参数：1，高级运行可选任务范围和运行参数：2 */
            ExecuteType: string;
            /** @description 运行类型为高级运行时填写的自定义运行参数 */
            AdvancedParams?: components["schemas"]["SchedulingParameter"][];
            /** @description 高级运行模式下本次需要运行指定的任务ID集合 */
            TaskIds?: string[];
            /** @description 指定调度资源组,为空时默认使用配置的原调度资源组 */
            SchedulingResourceGroup?: string;
            /** @description 指定集成资源组,为空时默认使用配置的原集成资源组 */
            IntegrationResourceGroup?: string;
        };
        /** @description The whole body of every processed RerunTriggerWorkflowRunAsync request, success or error. */
        RerunTriggerWorkflowRunAsyncResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["RerunTriggerWorkflowRunAsyncResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description RerunTriggerWorkflowRunAsync返回参数结构体 */
        RerunTriggerWorkflowRunAsyncResponse: {
            Error?: never;
            /** @description 操作结果 */
            Data?: components["schemas"]["OpsAsyncResponse"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description RevokeDataSourceAuthorization请求参数结构体 */
        RevokeDataSourceAuthorizationRequest: {
            /** @description 数据源id */
            DataSourceId: string;
            /** @description 回收的项目id，与UserUin参数只能填一个 */
            RevokeProjectId?: string;
            /**
             * @description 回收项目下用户列表，格式为：项目id_用户id
             *     与RevokeProjectId参数只能填一个
             */
            RevokeUser?: string;
        };
        /** @description The whole body of every processed RevokeDataSourceAuthorization request, success or error. */
        RevokeDataSourceAuthorizationResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["RevokeDataSourceAuthorizationResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description RevokeDataSourceAuthorization返回参数结构体 */
        RevokeDataSourceAuthorizationResponse: {
            Error?: never;
            /** @description 回收数据源响应体 */
            Data?: components["schemas"]["DataSourceStatus"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description RevokePrivileges请求参数结构体 */
        RevokePrivilegesRequest: {
            /** @description 资源数组，数据来源于ListPermissions接口返回的Resource中的ResourceType和ResourceUri */
            Resources: components["schemas"]["PrivilegeResourceInput"][];
            /**
             * @description 授权回收主体数组，参数组装需要注意：
             *     1.SubjectType 和SubjectValues的取值参考ListPermissions接口中返回SubjectDetails中的SubjectType和SubjectValue
             *     2.批量回收时，Subjects数组长度需要与权限点Privileges长度一致，并且数据一一对应
             */
            Subjects: components["schemas"]["Subject"][];
            /** @description 权限点，Name来源于ListPermissions接口返回的PermissionDetails中的Name，例如：BROWSE 、GRANT_PRIVILEGES */
            Privileges: components["schemas"]["PrivilegeInfoInput"][];
        };
        /** @description The whole body of every processed RevokePrivileges request, success or error. */
        RevokePrivilegesResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["RevokePrivilegesResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description RevokePrivileges返回参数结构体 */
        RevokePrivilegesResponse: {
            Error?: never;
            /** @description 返回 */
            Data?: components["schemas"]["RevokePrivilegesRsp"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description RunSQLScript请求参数结构体 */
        RunSQLScriptRequest: {
            /** @description 脚本id */
            ScriptId: string;
            /** @description 项目ID */
            ProjectId: string;
            /** @description 脚本内容，不传则默认执行已保存的全量脚本内容；若传递则要用Base64编码 */
            ScriptContent?: string;
            /** @description 高级运行参数，JSON格式base64编码 */
            Params?: string;
        };
        /** @description The whole body of every processed RunSQLScript request, success or error. */
        RunSQLScriptResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["RunSQLScriptResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description RunSQLScript返回参数结构体 */
        RunSQLScriptResponse: {
            Error?: never;
            /** @description 数据探索任务 */
            Data?: components["schemas"]["JobDto"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The body of a SetSuccessTaskInstancesAsync request. */
        SetSuccessTaskInstancesAsyncRequest: {
            /** @description The project ID, a string of digits. */
            ProjectId: components["schemas"]["ProjectId"];
            /** @description The instances to act on, by InstanceKey. */
            InstanceKeyList: components["schemas"]["InstanceKey"][];
        };
        /** @description The whole body of every processed SetSuccessTaskInstancesAsync request, success or error. */
        SetSuccessTaskInstancesAsyncResponseBody: {
            /** @description Success (`Data`) or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["SetSuccessTaskInstancesAsyncResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description The content of `Response` on success. */
        SetSuccessTaskInstancesAsyncResponse: {
            Error?: never;
            /** @description The result. */
            Data?: components["schemas"]["OpsAsyncResponse"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description StartOpsTasks请求参数结构体 */
        StartOpsTasksRequest: {
            /** @description 所属项目Id */
            ProjectId: string;
            /** @description 任务Id列表 */
            TaskIds: string[];
            /** @description 启动时是否补录上次暂停到当前的中间实例，默认false即不补录 */
            EnableDataBackfill?: boolean;
        };
        /** @description The whole body of every processed StartOpsTasks request, success or error. */
        StartOpsTasksResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["StartOpsTasksResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description StartOpsTasks返回参数结构体 */
        StartOpsTasksResponse: {
            Error?: never;
            /** @description 异步操作结果 */
            Data?: components["schemas"]["StartTasks"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description StopOpsTasksAsync请求参数结构体 */
        StopOpsTasksAsyncRequest: {
            /** @description 所属项目Id */
            ProjectId: string;
            /** @description 任务Id列表 */
            TaskIds: string[];
            /** @description 是否终止已生成实例，默认false */
            KillInstance?: boolean;
        };
        /** @description The whole body of every processed StopOpsTasksAsync request, success or error. */
        StopOpsTasksAsyncResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["StopOpsTasksAsyncResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description StopOpsTasksAsync返回参数结构体 */
        StopOpsTasksAsyncResponse: {
            Error?: never;
            /** @description AsyncId */
            Data?: components["schemas"]["OpsAsyncResponse"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description StopSQLScriptRun请求参数结构体 */
        StopSQLScriptRunRequest: {
            /** @description 查询id */
            JobId: string;
            /** @description 项目ID */
            ProjectId: string;
        };
        /** @description The whole body of every processed StopSQLScriptRun request, success or error. */
        StopSQLScriptRunResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["StopSQLScriptRunResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description StopSQLScriptRun返回参数结构体 */
        StopSQLScriptRunResponse: {
            Error?: never;
            /** @description 执行结果 */
            Data?: components["schemas"]["SQLStopResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description SubmitTask请求参数结构体 */
        SubmitTaskRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 任务ID */
            TaskId: string;
            /** @description 版本备注 */
            VersionRemark: string;
        };
        /** @description The whole body of every processed SubmitTask request, success or error. */
        SubmitTaskResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["SubmitTaskResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description SubmitTask返回参数结构体 */
        SubmitTaskResponse: {
            Error?: never;
            /** @description 成功或者失败 */
            Data?: components["schemas"]["SubmitTaskResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description SubmitTriggerTask请求参数结构体 */
        SubmitTriggerTaskRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 任务ID */
            TaskId: string;
            /** @description 版本备注 */
            VersionRemark: string;
        };
        /** @description The whole body of every processed SubmitTriggerTask request, success or error. */
        SubmitTriggerTaskResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["SubmitTriggerTaskResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description SubmitTriggerTask返回参数结构体 */
        SubmitTriggerTaskResponse: {
            Error?: never;
            /** @description 成功或者失败 */
            Data?: components["schemas"]["SubmitTaskResult"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description UpdateCodeFile请求参数结构体 */
        UpdateCodeFileRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 代码文件ID，参数值来自CreateCodeFile接口的返回 */
            CodeFileId: string;
            /** @description 代码文件配置 */
            CodeFileConfig?: components["schemas"]["CodeFileConfigInput"];
            /** @description 代码文件内容 */
            CodeFileContent?: string;
        };
        /** @description The whole body of every processed UpdateCodeFile request, success or error. */
        UpdateCodeFileResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["UpdateCodeFileResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description UpdateCodeFile返回参数结构体 */
        UpdateCodeFileResponse: {
            Error?: never;
            /** @description 结果 */
            Data?: components["schemas"]["CodeFile"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description UpdateCodeFolder请求参数结构体 */
        UpdateCodeFolderRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 文件夹ID，参数值来自CreateCodeFolder接口的返回 */
            FolderId: string;
            /** @description 文件夹名称 */
            FolderName: string;
        };
        /** @description The whole body of every processed UpdateCodeFolder request, success or error. */
        UpdateCodeFolderResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["UpdateCodeFolderResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description UpdateCodeFolder返回参数结构体 */
        UpdateCodeFolderResponse: {
            Error?: never;
            /** @description 执行结果 */
            Data?: components["schemas"]["CodeStudioFolderActionResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description UpdateDataSource请求参数结构体 */
        UpdateDataSourceRequest: {
            /** @description 数据源id */
            Id: number;
            /** @description 项目id */
            ProjectId: string;
            /**
             * @description 数据源的配置信息，以JSON KV存储，根据每个数据源类型不同，而KV存储信息不同
             *
             *     > deployType:
             *     CONNSTR_PUBLICDB(公网实例)
             *     CONNSTR_CVMDB(自建实例)
             *     INSTANCE(云实例)
             *
             *     ```
             *     mysql: 自建实例
             *     {
             *         "deployType": "CONNSTR_CVMDB",
             *         "url": "jdbc:mysql://1.1.1.1:1111/example#test#123456",
             *         "username": "root",
             *         "password": "example#test#123456",
             *         "region": "ap-shanghai",
             *         "vpcId": "vpc-kprq42yo",
             *         "type": "MYSQL"
             *     }
             *     mysql: 云实例
             *     {
             *         "instanceid": "cdb-12uxdo5e",
             *         "db": "db",
             *         "region": "ap-shanghai",
             *         "username": "msyql",
             *         "password": "example#test#123456",
             *         "deployType": "INSTANCE",
             *         "type": "TENCENT_MYSQL"
             *     }
             *     sql_server:
             *     {
             *         "deployType": "CONNSTR_PUBLICDB",
             *         "url": "jdbc:sqlserver://1.1.1.1:223;example#test#123456",
             *         "username": "user_1",
             *         "password": "example#test#123456",
             *         "type": "SQLSERVER"
             *     }
             *     redis:
             *         redisType:
             *         -NO_ACCOUT(免账号)
             *         -SELF_ACCOUNT(自定义账号)
             *     {
             *         "deployType": "CONNSTR_PUBLICDB",
             *         "username":""
             *         "password": "example#test#123456",
             *         "ip": "1.1.1.1",
             *         "port": "6379",
             *         "redisType": "NO_ACCOUT",
             *         "type": "REDIS"
             *     }
             *     oracle:
             *     {
             *         "deployType": "CONNSTR_CVMDB",
             *         "url": "jdbc:oracle:thin:@1.1.1.1:1521:example#test#123456",
             *         "username": "oracle",
             *         "password": "example#test#123456",
             *         "region": "ap-shanghai",
             *         "vpcId": "vpc-kprq42yo",
             *         "type": "ORACLE"
             *     }
             *     mongodb:
             *         advanceParams(自定义参数，会拼接至url后)
             *     {
             *         "advanceParams": [
             *             {
             *                 "key": "authSource",
             *                 "value": "auth"
             *             }
             *         ],
             *         "db": "admin",
             *         "deployType": "CONNSTR_PUBLICDB",
             *         "username": "user",
             *         "password": "example#test#123456",
             *         "type": "MONGODB",
             *         "host": "1.1.1.1:9200"
             *     }
             *     postgresql:
             *     {
             *         "deployType": "CONNSTR_PUBLICDB",
             *         "url": "jdbc:postgresql://1.1.1.1:1921/example#test#123456",
             *         "username": "user",
             *         "password": "example#test#123456",
             *         "type": "POSTGRE"
             *     }
             *     kafka:
             *         authType:
             *             - sasl
             *             - jaas
             *             - sasl_plaintext
             *             - sasl_ssl
             *             - GSSAPI
             *         ssl:
             *             -PLAIN
             *             -GSSAPI
             *     {
             *         "deployType": "CONNSTR_PUBLICDB",
             *         "host": "1.1.1.1:9092",
             *         "ssl": "GSSAPI",
             *         "authType": "sasl",
             *         "type": "KAFKA",
             *         "principal": "aaaa",
             *         "serviceName": "kafka"
             *     }
             *
             *     cos:
             *     {
             *         "region": "ap-shanghai",
             *         "deployType": "INSTANCE",
             *         "secretId": "aaaaa",
             *         "secretKey": "example#test#123456",
             *         "bucket": "aaa",
             *         "type": "COS"
             *     }
             *
             *     ```
             */
            ProdConProperties?: string;
            /** @description 若项目为标准模式，则此字段必填 */
            DevConProperties?: string;
            /** @description 生产环境数据源文件上传 */
            ProdFileUpload?: components["schemas"]["DataSourceFileUpload"];
            /** @description 开发环境数据源文件上传 */
            DevFileUpload?: components["schemas"]["DataSourceFileUpload"];
            /** @description 数据源展示名，为了可视化查看 */
            DisplayName?: string;
            /** @description 数据源描述信息 */
            Description?: string;
        };
        /** @description The whole body of every processed UpdateDataSource request, success or error. */
        UpdateDataSourceResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["UpdateDataSourceResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description UpdateDataSource返回参数结构体 */
        UpdateDataSourceResponse: {
            Error?: never;
            /** @description 操作是否成功 */
            Data?: components["schemas"]["DataSourceStatus"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description UpdateOpsAlarmRule请求参数结构体 */
        UpdateOpsAlarmRuleRequest: {
            /** @description 项目id */
            ProjectId: string;
            /** @description 告警规则唯一id，通过接口GetAlarmRule/ListAlarmRule获取 */
            AlarmRuleId: string;
            /** @description 告警规则新的规则名称 */
            AlarmRuleName?: string;
            /**
             * @description 监控对象类型,
             *     任务维度监控： 可按照任务/工作流/项目来配置：1.任务、2.工作流、3.项目（默认为1.任务）
             *     项目维度监控： 项目整体任务波动告警， 7：项目波动监控告警
             */
            MonitorObjectType?: number;
            /** @description 根据MonitorType 的设置传入不同的业务id，如下1（任务）： MonitorObjectIds为任务id列表2（工作流）： MonitorObjectIds 为工作流id列表(工作流id可从接口ListWorkflows获取)3（项目）： MonitorObjectIds为项目id列表 */
            MonitorObjectIds?: string[];
            /** @description 告警规则监控类型 failure：失败告警 ；overtime：超时告警 success：成功告警; backTrackingOrRerunSuccess: 补录重跑成功告警 backTrackingOrRerunFailure：补录重跑失败告警； 项目波动告警 projectFailureInstanceUpwardFluctuationAlarm： 当天失败实例数向上波动率超过阀值告警； projectFailureInstanceUpwardVolatilityAlarm：当天失败实例数向上波动量超过阀值告警 projectSuccessInstanceDownwardFluctuationAlarm：当天成功实例数向下波动率超过阀值告警； projectSuccessInstanceDownwardVolatilityAlarm： 当天成功实例数向下波动量超过阀值告警 projectFailureInstanceCountAlarm: 当天失败实例数超过阀值告警 projectFailureInstanceProportionAlarm： 当天失败实例数占比超过阀值告警 离线集成任务对账告警： reconciliationFailure： 离线对账任务失败告警 reconciliationOvertime： 离线对账任务运行超时告警 reconciliationMismatch： 数据对账任务不一致条数超过阀值告警 */
            AlarmTypes?: string[];
            /** @description 告警规则配置信息 成功告警无需配置；失败告警可以配置首次失败告警或者所有重试失败告警；超时配置需要配置超时类型及超时阀值；项目波动告警需要配置波动率及防抖周期配置 */
            AlarmRuleDetail?: components["schemas"]["AlarmRuleDetailInput"];
            /** @description 告警规则的启用状态0--禁用1--启用 */
            Status?: number;
            /** @description 告警级别 1.普通、2.重要、3.紧急 */
            AlarmLevel?: number;
            /** @description 告警接收人配置信息 */
            AlarmGroups?: components["schemas"]["AlarmGroupInput"][];
            /** @description 告警描述信息 */
            Description?: string;
        };
        /** @description The whole body of every processed UpdateOpsAlarmRule request, success or error. */
        UpdateOpsAlarmRuleResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["UpdateOpsAlarmRuleResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description UpdateOpsAlarmRule返回参数结构体 */
        UpdateOpsAlarmRuleResponse: {
            Error?: never;
            /**
             * @description 更新结果是否成功
             *     true: 更新成功 false：更新失败/未更新
             */
            Data?: components["schemas"]["ModifyAlarmRuleResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description UpdateOpsTasksOwner请求参数结构体 */
        UpdateOpsTasksOwnerRequest: {
            /** @description 所属项目Id */
            ProjectId: string;
            /** @description 任务Id列表 */
            TaskIds: string[];
            /** @description 任务负责人Id */
            OwnerUin: string;
        };
        /** @description The whole body of every processed UpdateOpsTasksOwner request, success or error. */
        UpdateOpsTasksOwnerResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["UpdateOpsTasksOwnerResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description UpdateOpsTasksOwner返回参数结构体 */
        UpdateOpsTasksOwnerResponse: {
            Error?: never;
            /** @description 操作结果 */
            Data?: components["schemas"]["UpdateTasksOwner"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description UpdateOpsTriggerTasksOwner请求参数结构体 */
        UpdateOpsTriggerTasksOwnerRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 负责人UIN */
            OwnerIds: string[];
            /** @description 将要修改的任务ID集合 */
            TaskIds?: string[];
        };
        /** @description The whole body of every processed UpdateOpsTriggerTasksOwner request, success or error. */
        UpdateOpsTriggerTasksOwnerResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["UpdateOpsTriggerTasksOwnerResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description UpdateOpsTriggerTasksOwner返回参数结构体 */
        UpdateOpsTriggerTasksOwnerResponse: {
            Error?: never;
            /** @description 批量操作结果 */
            Data?: components["schemas"]["BatchOperationOpsDto"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description UpdateProject请求参数结构体 */
        UpdateProjectRequest: {
            /** @description 目标修改的项目ID */
            ProjectId: string;
            /** @description 项目显示名称，可以为中文名,需要租户范围内唯一 */
            DisplayName?: string;
            /** @description 备注 */
            Description?: string;
            /** @description 项目负责人id */
            ProjectOwnerUin?: string;
        };
        /** @description The whole body of every processed UpdateProject request, success or error. */
        UpdateProjectResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["UpdateProjectResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description UpdateProject返回参数结构体 */
        UpdateProjectResponse: {
            Error?: never;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description UpdateResourceFile请求参数结构体 */
        UpdateResourceFileRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 资源文件ID,可通过ListResourceFiles接口获取 */
            ResourceId: string;
            /**
             * @description - 上传文件及手填两种方式只能选择其一，如果两者均提供，取值顺序为文件>手填值
             *     -  手填值必须是存在的cos路径, parentFolderPath为父文件夹路径, name为文件名, 手填值取值示例:
             *          /datastudio/resource/projectId/parentFolderPath/name
             */
            ResourceFile?: string;
            /** @description 资源名称, 尽可能和文件名保持一致 */
            ResourceName?: string;
            /** @description bundle客户端ID */
            BundleId?: string;
            /** @description bundle客户端名称 */
            BundleInfo?: string;
        };
        /** @description The whole body of every processed UpdateResourceFile request, success or error. */
        UpdateResourceFileResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["UpdateResourceFileResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description UpdateResourceFile返回参数结构体 */
        UpdateResourceFileResponse: {
            Error?: never;
            /** @description 更新状态 */
            Data?: components["schemas"]["UpdateResourceFileResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description UpdateResourceFolder请求参数结构体 */
        UpdateResourceFolderRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 文件夹ID, 可通过ListResourceFolders接口获取 */
            FolderId: string;
            /** @description 文件夹名称 */
            FolderName: string;
        };
        /** @description The whole body of every processed UpdateResourceFolder request, success or error. */
        UpdateResourceFolderResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["UpdateResourceFolderResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description UpdateResourceFolder返回参数结构体 */
        UpdateResourceFolderResponse: {
            Error?: never;
            /** @description 更新文件夹结果，如果更新失败则报错。 */
            Data?: components["schemas"]["UpdateFolderResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description UpdateResourceGroup请求参数结构体 */
        UpdateResourceGroupRequest: {
            /** @description 资源组id */
            Id: string;
            /**
             * @description **变更配置(变配、续费、修改资源包数量 不能同时操作), 变配无法修改资源组类型**
             *
             *     实时集成资源组
             *     - i32c(实时数据同步-16C64G)
             *
             *     离线集成资源组
             *     - integrated(离线数据同步-8C16G)
             *     - i16(离线数据同步-8C32G)
             *
             *     调度资源组
             *     - s_test(测试规格)
             *     - s_small(基础规格)
             *     - s_medium(普及规格)
             *     - s_large(专业规格)
             *
             *     数据服务资源组
             *     - ds_t(测试规格)
             *     - ds_s(基础规格)
             *     - ds_m(普及规格)
             *     - ds_l(专业规格)
             */
            Type?: string;
            /** @description 续费时长，单位月(变配、续费、修改资源包数量 不能同时操作) */
            PurchasePeriod?: number;
            /** @description 增加/减少资源包的数量(变配、续费、修改资源包数量 不能同时操作) */
            Number?: components["schemas"]["ResourceNumber"];
            /** @description 是否自动续费，续费参数PurchasePeriod不为空时可以生效 */
            AutoRenewEnabled?: boolean;
        };
        /** @description The whole body of every processed UpdateResourceGroup request, success or error. */
        UpdateResourceGroupResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["UpdateResourceGroupResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description UpdateResourceGroup返回参数结构体 */
        UpdateResourceGroupResponse: {
            Error?: never;
            /** @description 是否修改成功 */
            Data?: components["schemas"]["ResourceStatus"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description UpdateSQLFolder请求参数结构体 */
        UpdateSQLFolderRequest: {
            /** @description 文件夹Id */
            FolderId: string;
            /** @description 文件夹名称 */
            FolderName: string;
            /** @description 项目id */
            ProjectId: string;
            /** @description 权限范围：SHARED, PRIVATE */
            AccessScope?: string;
        };
        /** @description The whole body of every processed UpdateSQLFolder request, success or error. */
        UpdateSQLFolderResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["UpdateSQLFolderResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description UpdateSQLFolder返回参数结构体 */
        UpdateSQLFolderResponse: {
            Error?: never;
            /** @description 成功true，失败false */
            Data?: components["schemas"]["SQLContentActionResult"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description UpdateSQLScript请求参数结构体 */
        UpdateSQLScriptRequest: {
            /** @description 探索脚本Id */
            ScriptId: string;
            /** @description 项目Id */
            ProjectId: string;
            /** @description 数据探索脚本配置 */
            ScriptConfig?: components["schemas"]["SQLScriptConfigInput"];
            /** @description 脚本内容, 需要用Base64编码 */
            ScriptContent?: string;
        };
        /** @description The whole body of every processed UpdateSQLScript request, success or error. */
        UpdateSQLScriptResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["UpdateSQLScriptResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description UpdateSQLScript返回参数结构体 */
        UpdateSQLScriptResponse: {
            Error?: never;
            /** @description 结果 */
            Data?: components["schemas"]["SQLScript"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description UpdateTask请求参数结构体 */
        UpdateTaskRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 任务ID */
            TaskId: string;
            /** @description 任务基本属性 */
            Task: components["schemas"]["UpdateTaskBrief"];
        };
        /** @description The whole body of every processed UpdateTask request, success or error. */
        UpdateTaskResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["UpdateTaskResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description UpdateTask返回参数结构体 */
        UpdateTaskResponse: {
            Error?: never;
            /** @description 任务ID */
            Data?: components["schemas"]["UpdateTaskResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description UpdateTaskFolder请求参数结构体 */
        UpdateTaskFolderRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 工作流ID */
            WorkflowId: string;
            /** @description 文件夹ID，可通过ListTaskFolders接口获取 */
            TaskFolderId: string;
            /** @description 更新后的任务文件夹名称 */
            TaskFolderName: string;
        };
        /** @description The whole body of every processed UpdateTaskFolder request, success or error. */
        UpdateTaskFolderResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["UpdateTaskFolderResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description UpdateTaskFolder返回参数结构体 */
        UpdateTaskFolderResponse: {
            Error?: never;
            /** @description 更新文件夹结果，如果更新失败则报错。 */
            Data?: components["schemas"]["UpdateTaskFolderResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description UpdateTaskPartially请求参数结构体 */
        UpdateTaskPartiallyRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 任务ID */
            TaskId: string;
            /** @description 任务基本属性 */
            NewSetting?: components["schemas"]["UpdateTaskPart"];
            /** @description 删除字段内容，采用属性路径的形式标识，删除的值以":"分割，多个值以","分割 // 删除调度参数中 ParamKey 为 aa,bb 的属性 "TaskConfiguration/TaskSchedulingParameterList:aa,bb" // 删除上游依赖中 TaskId 为 2509162129381111,2509162129381112 的上游依赖 "TaskSchedulerConfiguration/UpstreamDependencyConfigList:2509162129381111,2509162129381112" // 删除下游循环依赖中 TaskId 为 2509162129382222,2509162129382223 的下游依赖 "TaskSchedulerConfiguration/DownStreamDependencyConfigList:2509162129382222,2509162129382223" // 删除事件中 EventName 为 event_250916_213234,event_250916_213235 的事件 "TaskSchedulerConfiguration/EventListenerList:event_250916_213234,event_250916_213235" // 删除传递参数输出中 ParamKey 为 pp_out,pp_1 的参数 "TaskSchedulerConfiguration/ParamTaskOutList:pp_out,pp_1" // 删除传递参数应用中 ParamKey 为 pp_in,pp_1 的参数 "TaskSchedulerConfiguration/ParamTaskInList:pp_in,pp_1" // 删除产品登记中 TablePhysicalId 为6578laxif4d1的产出登记 "TaskSchedulerConfiguration/TaskOutputRegistryList:6578laxif4d1" */
            FieldToRemoveList?: string[];
        };
        /** @description The whole body of every processed UpdateTaskPartially request, success or error. */
        UpdateTaskPartiallyResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["UpdateTaskPartiallyResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description UpdateTaskPartially返回参数结构体 */
        UpdateTaskPartiallyResponse: {
            Error?: never;
            /** @description 任务ID */
            Data?: components["schemas"]["UpdateTaskResult"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description UpdateTriggerTask请求参数结构体 */
        UpdateTriggerTaskRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 任务ID */
            TaskId: string;
            /** @description 任务基本属性 */
            Task: components["schemas"]["UpdateTriggerTaskBrief"];
        };
        /** @description The whole body of every processed UpdateTriggerTask request, success or error. */
        UpdateTriggerTaskResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["UpdateTriggerTaskResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description UpdateTriggerTask返回参数结构体 */
        UpdateTriggerTaskResponse: {
            Error?: never;
            /** @description 任务ID */
            Data?: components["schemas"]["UpdateTaskResult"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description UpdateTriggerTaskPartially请求参数结构体 */
        UpdateTriggerTaskPartiallyRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 任务ID */
            TaskId: string;
            /** @description 任务基本属性 */
            NewSetting?: components["schemas"]["UpdateTriggerTaskPart"];
            /** @description 删除字段内容，采用属性路径的形式标识，删除的值以":"分割，多个值以","分割 // 删除调度参数中 ParamKey 为 aa,bb 的属性 "TaskConfiguration/TaskSchedulingParameterList:aa,bb" // 删除上游依赖中 TaskId 为 2509162129381111,2509162129381112 的上游依赖 "TaskSchedulerConfiguration/UpstreamDependencyConfigList:2509162129381111,2509162129381112" // 删除下游循环依赖中 TaskId 为 2509162129382222,2509162129382223 的下游依赖 "TaskSchedulerConfiguration/DownStreamDependencyConfigList:2509162129382222,2509162129382223" // 删除事件中 EventName 为 event_250916_213234,event_250916_213235 的事件 "TaskSchedulerConfiguration/EventListenerList:event_250916_213234,event_250916_213235" // 删除传递参数输出中 ParamKey 为 pp_out,pp_1 的参数 "TaskSchedulerConfiguration/ParamTaskOutList:pp_out,pp_1" // 删除传递参数应用中 ParamKey 为 pp_in,pp_1 的参数 "TaskSchedulerConfiguration/ParamTaskInList:pp_in,pp_1" // 删除产品登记中 TablePhysicalId 为6578laxif4d1的产出登记 "TaskSchedulerConfiguration/TaskOutputRegistryList:6578laxif4d1" */
            FieldToRemoveList?: string[];
        };
        /** @description The whole body of every processed UpdateTriggerTaskPartially request, success or error. */
        UpdateTriggerTaskPartiallyResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["UpdateTriggerTaskPartiallyResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description UpdateTriggerTaskPartially返回参数结构体 */
        UpdateTriggerTaskPartiallyResponse: {
            Error?: never;
            /** @description 任务ID */
            Data?: components["schemas"]["UpdateTaskResult"] | null;
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description UpdateTriggerWorkflow请求参数结构体 */
        UpdateTriggerWorkflowRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 工作流ID */
            WorkflowId: string;
            /** @description 工作流名称 */
            WorkflowName?: string;
            /** @description 责任人ID */
            OwnerUin?: string;
            /** @description 备注 */
            WorkflowDesc?: string;
            /** @description 工作流参数列表 */
            WorkflowParams?: components["schemas"]["ParamInfo"][];
            /** @description 统一调度参数 */
            TriggerWorkflowSchedulerConfigurations?: components["schemas"]["WorkflowTriggerConfigInput"][];
            /** @description BundleId项 */
            BundleId?: string;
            /** @description Bundle信息 */
            BundleInfo?: string;
            /** @description 通用参数配置 */
            GeneralTaskParams?: components["schemas"]["WorkflowGeneralTaskParamInput"][];
        };
        /** @description The whole body of every processed UpdateTriggerWorkflow request, success or error. */
        UpdateTriggerWorkflowResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["UpdateTriggerWorkflowResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description UpdateTriggerWorkflow返回参数结构体 */
        UpdateTriggerWorkflowResponse: {
            Error?: never;
            /** @description true代表成功，false代表失败 */
            Data?: components["schemas"]["UpdateTriggerWorkflowResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description UpdateTriggerWorkflowPartially请求参数结构体 */
        UpdateTriggerWorkflowPartiallyRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 工作流ID */
            WorkflowId: string;
            /** @description 责任人ID */
            NewSetting?: components["schemas"]["UpdateTriggerWorkflowPartially"];
            /**
             * @description 删除字段内容，采用属性路径的形式标识，删除的值以":"分割，多个值以","分割
             *      // 删除调度参数中 ParamKey 为 aa,bb 的属性 "WorkflowParams:aa,bb"
             *      // 删除配置的 TriggerId 为 da46d950-d5ca-4cfb-a5a9-f3c2eeea1bf0 的调度配置"TriggerWorkflowSchedulerConfigurations :da46d950-d5ca-4cfb-a5a9-f3c2eeea1bf0"
             *     // 删除spark sql通用参数 "GeneralTaskParams: SPARK_SQL"
             */
            FieldToRemoveList?: string[];
        };
        /** @description The whole body of every processed UpdateTriggerWorkflowPartially request, success or error. */
        UpdateTriggerWorkflowPartiallyResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["UpdateTriggerWorkflowPartiallyResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description UpdateTriggerWorkflowPartially返回参数结构体 */
        UpdateTriggerWorkflowPartiallyResponse: {
            Error?: never;
            /** @description true代表成功，false代表失败 */
            Data?: components["schemas"]["UpdateTriggerWorkflowResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description UpdateWorkflow请求参数结构体 */
        UpdateWorkflowRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 工作流ID */
            WorkflowId: string;
            /** @description 工作流名称 */
            WorkflowName?: string;
            /** @description 责任人ID */
            OwnerUin?: string;
            /** @description 备注 */
            WorkflowDesc?: string;
            /** @description 工作流参数列表 */
            WorkflowParams?: components["schemas"]["ParamInfo"][];
            /** @description 统一调度参数 */
            WorkflowSchedulerConfiguration?: components["schemas"]["WorkflowSchedulerConfigurationInfo"];
            /** @description BundleId项 */
            BundleId?: string;
            /** @description Bundle信息 */
            BundleInfo?: string;
        };
        /** @description The whole body of every processed UpdateWorkflow request, success or error. */
        UpdateWorkflowResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["UpdateWorkflowResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description UpdateWorkflow返回参数结构体 */
        UpdateWorkflowResponse: {
            Error?: never;
            /** @description true代表成功，false代表失败 */
            Data?: components["schemas"]["UpdateWorkflowResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description UpdateWorkflowFolder请求参数结构体 */
        UpdateWorkflowFolderRequest: {
            /** @description 项目ID */
            ProjectId: string;
            /** @description 文件夹ID，可通过ListWorkflowFolders接口获取 */
            FolderId: string;
            /** @description 更新后的文件夹名称 */
            FolderName: string;
        };
        /** @description The whole body of every processed UpdateWorkflowFolder request, success or error. */
        UpdateWorkflowFolderResponseBody: {
            /** @description Success or failure (`Error`); a success never carries `Error`. */
            Response: components["schemas"]["UpdateWorkflowFolderResponse"] | components["schemas"]["TencentCloudErrorResponse"];
        };
        /** @description UpdateWorkflowFolder返回参数结构体 */
        UpdateWorkflowFolderResponse: {
            Error?: never;
            /** @description 更新文件夹结果，如果更新失败则报错。 */
            Data?: components["schemas"]["UpdateFolderResult"];
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description 告警规则接收人配置 */
        AlarmGroup: {
            /**
             * @description 告警升级人ID列表
             *     若告警接收人或上级升级人未在告警间隔时间内确认告警，则会发送告警给下一级升级人。
             */
            AlarmEscalationRecipientIds?: string[];
            /** @description 告警升级间隔 */
            AlarmEscalationInterval?: number;
            /** @description 告警通知疲劳配置 */
            NotificationFatigue?: components["schemas"]["NotificationFatigue"];
            /** @description 告警渠道 1.邮件，2.短信，3.微信，4.语音，5.企业微信，6.Http，7.企业微信群 8 飞书群 9 钉钉群 10 Slack群 11 Teams群（默认1.邮件） 7.企业微信群 8 飞书群 9 钉钉群 10 Slack群 11 Teams群 只能选择一个渠道 */
            AlarmWays?: string[];
            /** @description 企业微信群/飞书群/钉钉群 /Slack群/Teams群的webhook地址列表 */
            WebHooks?: components["schemas"]["AlarmWayWebHook"][];
            /** @description 告警接收人类型：1.指定人员，2.任务责任人，3.值班表（默认1.指定人员） */
            AlarmRecipientType?: number;
            /** @description 根据AlarmRecipientType的类型该列表具有不同的业务id 1（指定人员）: 告警接收人id列表 2（任务责任人）：无需配置 3（值班表）：值班表id列表 */
            AlarmRecipientIds?: string[];
        };
        /** @description 告警规则接收人配置 */
        AlarmGroupInput: {
            /**
             * @description 告警升级人ID列表
             *     若告警接收人或上级升级人未在告警间隔时间内确认告警，则会发送告警给下一级升级人。
             */
            AlarmEscalationRecipientIds?: string[];
            /** @description 告警升级间隔 */
            AlarmEscalationInterval?: number;
            /** @description 告警通知疲劳配置 */
            NotificationFatigue?: components["schemas"]["NotificationFatigueInput"];
            /** @description 告警渠道 1.邮件，2.短信，3.微信，4.语音，5.企业微信，6.Http，7.企业微信群 8 飞书群 9 钉钉群 10 Slack群 11 Teams群（默认1.邮件） 7.企业微信群 8 飞书群 9 钉钉群 10 Slack群 11 Teams群 只能选择一个渠道 */
            AlarmWays?: string[];
            /** @description 企业微信群/飞书群/钉钉群 /Slack群/Teams群的webhook地址列表 */
            WebHooks?: components["schemas"]["AlarmWayWebHook"][];
            /** @description 告警接收人类型：1.指定人员，2.任务责任人，3.值班表（默认1.指定人员） */
            AlarmRecipientType?: number;
            /** @description 根据AlarmRecipientType的类型该列表具有不同的业务id 1（指定人员）: 告警接收人id列表 2（任务责任人）：无需配置 3（值班表）：值班表id列表 */
            AlarmRecipientIds?: string[];
        };
        /** @description 告警信息 */
        AlarmMessage: {
            /** @description 告警消息Id */
            AlarmMessageId?: number;
            /** @description 告警时间，同一条告警可能发送多次，只显示最新的告警时间 */
            AlarmTime?: string;
            /** @description 任务名称 */
            TaskName?: string;
            /** @description 任务Id */
            TaskId?: string;
            /** @description 任务的实例数据时间 */
            CurRunDate?: string;
            /** @description 告警原因 */
            AlarmReason?: string;
            /** @description 告警级别，1.普通， 2.重要，3.紧急 */
            AlarmLevel?: number;
            /** @description 告警规则Id */
            AlarmRuleId?: string;
            /** @description 告警渠道 1.邮件，2.短信，3.微信，4.语音，5.企业微信，6.Http，7.企业微信群， 8.飞书群，9.钉钉群，10.Slack群,11.Teams群（默认1.邮件），7.企业微信群，8.飞书群，9.钉钉群，10.Slack群，11.Teams群 */
            AlarmWays?: string[];
            /** @description 告警接收人 */
            AlarmRecipients?: string[];
        };
        /** @description 告警免打扰时间区间 */
        AlarmQuietInterval: {
            /** @description ISO标准，1表示周一，7表示周日。 */
            DaysOfWeek?: number[];
            /** @description 开始时间，精度时分秒，格式 HH:mm:ss */
            StartTime?: string;
            /** @description 结束时间，精度时分秒，格式 HH:mm:ss */
            EndTime?: string;
        };
        /** @description 告警规则详情 */
        AlarmRuleData: {
            /** @description 告警规则id */
            AlarmRuleId?: string;
            /** @description 告警规则名称 */
            AlarmRuleName?: string;
            /** @description 告警规则描述 */
            Description?: string;
            /**
             * @description 监控对象类型,
             *     任务维度监控： 可按照任务/工作流/项目来配置：1.任务、2.工作流、3.项目（默认为1.任务）
             *     项目维度监控： 项目整体任务波动告警， 7：项目波动监控告警
             */
            MonitorObjectType?: number;
            /** @description 根据MonitorType 的设置传入不同的业务id，如下1（任务）： MonitorObjectIds为任务id列表2（工作流）： MonitorObjectIds 为工作流id列表(工作流id可从接口ListWorkflows获取)3（项目）： MonitorObjectIds为项目id列表 */
            MonitorObjectIds?: string[];
            /**
             * @description 告警规则监控类型
             *     failure：失败告警 ；overtime：超时告警 success：成功告警; backTrackingOrRerunSuccess: 补录重跑成功告警 backTrackingOrRerunFailure：补录重跑失败告警；
             *     项目波动告警
             *     projectFailureInstanceUpwardFluctuationAlarm： 当天失败实例数向上波动率超过阀值告警；
             *     projectSuccessInstanceDownwardFluctuationAlarm：当天成功实例数向下波动率超过阀值告警；
             *
             *     离线集成任务对账告警：
             *     reconciliationFailure： 离线对账任务失败告警
             *     reconciliationOvertime： 离线对账任务运行超时告警
             *     reconciliationMismatch： 数据对账任务不一致条数超过阀值告警
             */
            AlarmTypes?: string[];
            /**
             * @description 告警规则是否启用
             *     0-- 禁用 1--启用
             */
            Status?: number;
            /** @description 告警规则配置信息 成功告警无需配置；失败告警可以配置首次失败告警或者所有重试失败告警；超时配置需要配置超时类型及超时阀值；项目波动告警需要配置波动率及防抖周期配置 */
            AlarmRuleDetail?: components["schemas"]["AlarmRuleDetail"];
            /** @description 告警级别 1.普通、2.重要、3.紧急 */
            AlarmLevel?: number;
            /** @description 告警规则创建人uid */
            OwnerUin?: string;
            /** @description bundle 客户端绑定的告警规则:  为空是正常的告警规则，不为空则是对应bundle客户端绑定的规则 */
            BundleId?: string | null;
            /** @description bundleId不为空 则表示绑定的bundle客户端名称 */
            BundleInfo?: string | null;
            /** @description 告警接收人配置列表 */
            AlarmGroups?: components["schemas"]["AlarmGroup"][];
        };
        /** @description 告警规则详细配置 */
        AlarmRuleDetail: {
            /**
             * @description 失败触发时机
             *
             *     1 – 首次失败触发
             *     2 --所有重试完成触发 (默认)
             */
            Trigger?: number | null;
            /**
             * @description 补录重跑触发时机
             *
             *     1 –  首次失败触发
             *     2 – 所有重试完成触发
             */
            DataBackfillOrRerunTrigger?: number | null;
            /** @description 周期实例超时配置明细 */
            TimeOutExtInfo?: components["schemas"]["TimeOutStrategyInfo"][] | null;
            /** @description 重跑补录实例超时配置明细 */
            DataBackfillOrRerunTimeOutExtInfo?: components["schemas"]["TimeOutStrategyInfo"][] | null;
            /** @description 项目波动告警配置明细 */
            ProjectInstanceStatisticsAlarmInfoList?: components["schemas"]["ProjectInstanceStatisticsAlarmInfo"][] | null;
            /** @description 离线集成对账告警配置信息 */
            ReconciliationExtInfo?: components["schemas"]["ReconciliationStrategyInfo"][] | null;
            /** @description 监控对象的白名单配置 */
            MonitorWhiteTasks?: components["schemas"]["MonitorWhiteTask"][];
            /** @description 3.0 Workflow 完成时间（周期）告警策略 */
            WorkflowCompletionTimeCycleExtInfo?: components["schemas"]["TimeOutStrategyInfo"][] | null;
            /** @description 工作流执行触发告警条件 */
            WorkflowExecutionTrigger?: number | null;
            /** @description 工作流执行失败告警条件 */
            WorkflowExecutionFailureTrigger?: number | null;
            /** @description 工作流执行成功告警条件 */
            WorkflowExecutionSuccessTrigger?: number | null;
        };
        /** @description 告警规则详细配置 */
        AlarmRuleDetailInput: {
            /**
             * @description 失败触发时机
             *
             *     1 – 首次失败触发
             *     2 --所有重试完成触发 (默认)
             */
            Trigger?: number;
            /**
             * @description 补录重跑触发时机
             *
             *     1 –  首次失败触发
             *     2 – 所有重试完成触发
             */
            DataBackfillOrRerunTrigger?: number;
            /** @description 周期实例超时配置明细 */
            TimeOutExtInfo?: components["schemas"]["TimeOutStrategyInfoInput"][];
            /** @description 重跑补录实例超时配置明细 */
            DataBackfillOrRerunTimeOutExtInfo?: components["schemas"]["TimeOutStrategyInfoInput"][];
            /** @description 项目波动告警配置明细 */
            ProjectInstanceStatisticsAlarmInfoList?: components["schemas"]["ProjectInstanceStatisticsAlarmInfo"][];
            /** @description 离线集成对账告警配置信息 */
            ReconciliationExtInfo?: components["schemas"]["ReconciliationStrategyInfoInput"][];
            /** @description 监控对象的白名单配置 */
            MonitorWhiteTasks?: components["schemas"]["MonitorWhiteTask"][];
            /** @description 3.0 Workflow 完成时间（周期）告警策略 */
            WorkflowCompletionTimeCycleExtInfo?: components["schemas"]["TimeOutStrategyInfoInput"][];
            /** @description 工作流执行触发告警条件 */
            WorkflowExecutionTrigger?: number;
            /** @description 工作流执行失败告警条件 */
            WorkflowExecutionFailureTrigger?: number;
            /** @description 工作流执行成功告警条件 */
            WorkflowExecutionSuccessTrigger?: number;
        };
        /** @description 告警渠道 企业微信群/钉钉群/飞书群 等webhook地址配置 */
        AlarmWayWebHook: {
            /**
             * @description 告警渠道值
             *     7.企业微信群,8 飞书群 9 钉钉群 10 Slack群 11 Teams群
             */
            AlarmWay?: string;
            /** @description 告警群的webhook地址列表 */
            WebHooks?: string[];
        };
        /** @description 权限用户项目信息 */
        AuthInfo: {
            /** @description 授权给的目标项目id */
            AuthProjectIds?: string[] | null;
            /** @description 授权给的项目下用户列表 */
            AuthUsers?: string[] | null;
        };
        /** @description openapi授权返回 */
        AuthorizePrivilegesRsp: {
            /** @description 批量授权结果 */
            OverallSuccess?: boolean;
            /** @description 授权详情列表 */
            Results?: components["schemas"]["AuthorizeResult"][];
        };
        /** @description AuthorizeResult授权结果 */
        AuthorizeResult: {
            /** @description 授权资源 */
            Resource?: components["schemas"]["PrivilegeResource"] | null;
            /** @description 结果 */
            Result?: boolean | null;
            /** @description 原因 */
            Reason?: string | null;
        };
        /** @description 单次补录实例详情 */
        BackfillInstance: {
            /** @description 任务名称 */
            TaskName?: string;
            /** @description 任务Id */
            TaskId?: string;
            /** @description 实例数据时间 */
            CurRunDate?: string;
            /** @description 执行状态 */
            State?: string;
            /** @description 开始时间 */
            StartTime?: string | null;
            /** @description 结束时间 */
            EndTime?: string | null;
            /** @description 执行时长 */
            CostTime?: string | null;
        };
        /** @description 补录计划的所有实例 */
        BackfillInstanceCollection: {
            /** @description 分页页码 */
            PageNumber?: number;
            /** @description 分页大小 */
            PageSize?: number;
            /** @description 总页数 */
            TotalPageNumber?: number;
            /** @description 记录总数 */
            TotalCount?: number;
            /** @description 补录实例列表 */
            Items?: components["schemas"]["BackfillInstance"][];
        };
        /** @description 批量操作的结果返回 */
        BatchOperationOpsDto: {
            /** @description 批量操作成功数 */
            SuccessCount?: number;
            /** @description 批量操作失败数 */
            FailedCount?: number;
            /** @description 批量操作的总数 */
            TotalCount?: number;
            /** @description 异步操作记录的唯一id */
            AsyncActionId?: string;
        };
        /** @description 关联绑定的project */
        BindProject: {
            /** @description 项目id */
            ProjectId?: string | null;
            /** @description 项目名称 */
            ProjectName?: string | null;
            /** @description 项目展示名称 */
            ProjectDisplayName?: string | null;
        };
        /** @description 工作流执行的业务枚举信息 */
        BizStateEnumInfoBrief: {
            /** @description 标签key */
            LabelKey?: string | null;
            /** @description 标签值 */
            LabelValue?: string | null;
            /** @description 标签总数量 */
            Count?: number | null;
        };
        /** @description 展示任务id和任务名称信息 */
        BriefTask: {
            /** @description 任务id */
            TaskId?: string | null;
            /** @description 任务名称 */
            TaskName?: string | null;
            /** @description 任务创建时间 */
            CreateTime?: string | null;
            /** @description 任务责任人id，一个任务可能有多个责任人 */
            OwnerUinList?: string[] | null;
        };
        /** @description BusinessMetadata */
        BusinessMetadata: {
            /** @description 标签名称 */
            TagNames?: string[] | null;
        };
        /** @description 目录信息 */
        CatalogInfo: {
            /** @description 目录名称 */
            Name?: string;
        };
        /** @description 任务下游依赖详情分页 */
        ChildDependencyConfigPage: {
            /** @description 结果总数 */
            TotalCount?: number | null;
            /** @description 总页数 */
            TotalPageNumber?: number | null;
            /** @description 页码 */
            PageNumber?: number | null;
            /** @description 分页大小 */
            PageSize?: number | null;
            /** @description 分页数据 */
            Items?: components["schemas"]["OpsTaskDepend"][] | null;
        };
        /** @description 数据探索脚本业务处理实体 */
        CodeFile: {
            /** @description 脚本ID */
            CodeFileId?: string | null;
            /** @description 脚本名称 */
            CodeFileName?: string | null;
            /** @description 脚本所有者 uin */
            OwnerUin?: string | null;
            /** @description 脚本配置 */
            CodeFileConfig?: components["schemas"]["CodeFileConfig"] | null;
            /** @description 脚本内容 */
            CodeFileContent?: string | null;
            /** @description 最近一次操作人 */
            UpdateUserUin?: string | null;
            /** @description 项目ID */
            ProjectId?: string | null;
            /** @description 更新时间 yyyy-MM-dd hh:mm:ss */
            UpdateTime?: string | null;
            /** @description 创建时间 yyyy-MM-dd hh:mm:ss */
            CreateTime?: string | null;
            /** @description 权限范围：SHARED, PRIVATE */
            AccessScope?: string | null;
            /** @description 节点全路径，/aaa/bbb/ccc.ipynb，由各个节点的名称组成 */
            Path?: string | null;
            /** @description 父文件夹路径 */
            ParentFolderPath?: string | null;
        };
        /** @description 数据探索脚本配置 */
        CodeFileConfig: {
            /** @description 高级运行参数,变量替换，map-json String,String */
            Params?: string | null;
            /** @description notebook kernel session信息 */
            NotebookSessionInfo?: components["schemas"]["NotebookSessionInfo"] | null;
        };
        /** @description 数据探索脚本配置 */
        CodeFileConfigInput: {
            /** @description 高级运行参数,变量替换，map-json String,String */
            Params?: string;
            /** @description notebook kernel session信息 */
            NotebookSessionInfo?: components["schemas"]["NotebookSessionInfo"];
        };
        /** @description 数据探索脚本文件树节点 */
        CodeFolderNode: {
            /** @description 唯一标识 */
            Id?: string;
            /** @description 名称 */
            Title?: string;
            /** @description 类型 folder，script */
            Type?: string;
            /** @description 是否叶子节点 */
            IsLeaf?: boolean;
            /** @description 业务参数 */
            Params?: string | null;
            /** @description 权限范围: SHARED, PRIVATE */
            AccessScope?: string | null;
            /** @description 节点路径 */
            Path?: string;
            /** @description 目录/文件责任人uin */
            OwnerUin?: string;
            /** @description 创建人 */
            CreateUserUin?: string;
            /** @description 当前用户对节点拥有的权限 */
            NodePermission?: string | null;
            /** @description 子节点列表 */
            Children?: components["schemas"]["CodeFolderNode"][] | null;
            /** @description 父文件夹路径 */
            ParentFolderPath?: string | null;
        };
        /** @description 数据探索文件授权结果 */
        CodePermissionsResultItem: {
            /** @description 资源id */
            Item?: string | null;
            /** @description 该资源权限操作是否成功 */
            Result?: boolean | null;
            /** @description 若是创建失败, 提供失败原因 */
            Reason?: string | null;
        };
        /** @description CodeStudio文件对象操作结果 */
        CodeStudioFileActionResult: {
            /** @description 成功true，失败false */
            Status?: boolean | null;
            /** @description 文件夹ID */
            CodeFileId?: string | null;
        };
        /** @description CodeStudio文件夹对象操作结果 */
        CodeStudioFolderActionResult: {
            /** @description 成功true，失败false */
            Status?: boolean | null;
            /** @description 文件夹ID */
            FolderId?: string | null;
        };
        /** @description CodeStudio文件夹对象操作结果 */
        CodeStudioFolderResult: {
            /** @description 文件夹ID */
            FolderId?: string | null;
        };
        /** @description 用户对CodeStudio文件/文件夹的递归最大权限类型 */
        CodeStudioMaxPermission: {
            /** @description 授权权限类型(CAN_VIEW/CAN_RUN/CAN_EDIT/CAN_MANAGE) */
            PermissionType?: string | null;
        };
        /** @description ColumnInfo */
        ColumnInfo: {
            /** @description 字段类型 */
            Type?: string | null;
            /** @description 字段名称 */
            Name?: string;
            /** @description 字段长度 */
            Length?: number | null;
            /** @description 字段描述 */
            Description?: string | null;
            /** @description 字段的顺序 */
            Position?: number | null;
            /** @description 是否为分区字段 */
            IsPartition?: boolean | null;
        };
        /** @description 单条规则操作结果 */
        CommonQualityOperateResult: {
            /** @description id */
            Id?: number | null;
            /** @description 名称 */
            Name?: string | null;
            /** @description 文案提示 */
            Msg?: string | null;
            /** @description 操作是否成功 */
            Success?: boolean | null;
        };
        /** @description 质量检查对比结果 */
        CompareQualityResult: {
            /** @description 对比结果项列表 */
            Items?: components["schemas"]["CompareQualityResultItem"][] | null;
            /** @description 检测总行数 */
            TotalRows?: number | null;
            /** @description 检测通过行数 */
            PassRows?: number | null;
            /** @description 检测不通过行数 */
            TriggerRows?: number | null;
            /** @description 比较关系 */
            ComputeExpression?: string | null;
        };
        /** @description 对比结果项 */
        CompareQualityResultItem: {
            /** @description 对比结果， 1为真 2为假 */
            FixResult?: number | null;
            /** @description 质量sql执行结果 */
            ResultValue?: string | null;
            /** @description 阈值列表 */
            Values?: components["schemas"]["QualityThresholdValue"][] | null;
            /** @description 比较操作类型 */
            Operator?: string | null;
            /** @description 比较类型 */
            CompareType?: number | null;
            /** @description 值比较类型 */
            ValueComputeType?: number | null;
        };
        /** @description 创建告警规则响应结果 */
        CreateAlarmRuleData: {
            /** @description 告警规则唯一id */
            AlarmRuleId?: string;
        };
        /** @description 创建数据补录计划结果 */
        CreateDataReplenishmentPlan: {
            /** @description 补录计划Id */
            DataBackfillPlanId?: string;
        };
        /** @description 创建文件夹结果 */
        CreateFolderResult: {
            /** @description 创建成功的文件夹ID。如果创建失败则报错。 */
            FolderId?: string;
        };
        /** @description 创建项目的结果信息 */
        CreateProjectResult: {
            /** @description 项目id */
            ProjectId?: string | null;
        };
        /** @description 监控任务 */
        CreateQualityRuleGroupResultVO: {
            /** @description 任务创建结构 */
            RuleGroupResultList?: components["schemas"]["QualityRuleGroupResult"][];
        };
        /** @description 数据质量规则批量创建结果 */
        CreateQualityRuleVO: {
            /** @description 操作结果文案 */
            Msg?: string | null;
            /** @description 单条数据新增结果对象 */
            Results?: components["schemas"]["QualityRuleCreateResult"][] | null;
            /** @description 总新增条数 */
            SumCount?: number | null;
            /** @description 新增成功条数 */
            SuccessCount?: number | null;
            /** @description 新增失败条数 */
            FailedCount?: number | null;
            /** @description 新增成功的 ruleId集合 */
            SuccessRuleIds?: number[] | null;
        };
        /** @description 创建资源文件结果 */
        CreateResourceFileResult: {
            /** @description 资源文件ID */
            ResourceId?: string;
        };
        /** @description 创建任务基本属性信息 */
        CreateTaskBaseAttribute: {
            /** @description 任务名称 */
            TaskName: string;
            /**
             * @description 任务类型ID：
             *
             *     * 21:JDBC SQL
             *     * 23:TDSQL-PostgreSQL
             *     * 26:OfflineSynchronization
             *     * 30:Python
             *     * 31:PySpark
             *     * 32:DLC SQL
             *     * 33:Impala
             *     * 34:Hive SQL
             *     * 35:Shell
             *     * 36:Spark SQL
             *     * 38:Shell Form Mode
             *     * 39:Spark
             *     * 40:TCHouse-P
             *     * 41:Kettle
             *     * 42:Tchouse-X
             *     * 43:TCHouse-X SQL
             *     * 46:DLC Spark
             *     * 47:TiOne
             *     * 48:Trino
             *     * 50:DLC PySpark
             *     * 92:MapReduce
             *     * 130:Branch Node
             *     * 131:Merged Node
             *     * 132:Notebook
             *     * 133:SSH
             *     * 134:StarRocks
             *     * 137:For-each
             *     * 138:Setats SQL
             */
            TaskTypeId: string;
            /** @description 工作流ID */
            WorkflowId: string;
            /** @description 任务负责人ID，默认为当前用户 */
            OwnerUin?: string;
            /** @description 任务描述 */
            TaskDescription?: string;
            /**
             * @description 任务文件夹路径
             *
             *     注意：
             *     - 路径上不要填写任务节点类型；例如，在 一个名为 wf01 的工作流，“通用” 分类下，现在想要在这个分类下的 tf_01 文件夹下，新建一个 shell 任务；则 填写 /tf_01 即可；
             *     - 如果 tf_01 文件夹不存在，则需要先创建这个文件夹（使用 CreateTaskFolder 接口）才能操作成功；
             */
            TaskFolderPath?: string;
        };
        /** @description 创建任务配置信息 */
        CreateTaskConfiguration: {
            /** @description 资源组ID： 需要通过 DescribeNormalSchedulerExecutorGroups 获取 ExecutorGroupId */
            ResourceGroup?: string;
            /** @description 代码内容的Base64编码 */
            CodeContent?: string;
            /** @description 任务扩展属性配置列表 */
            TaskExtConfigurationList?: components["schemas"]["TaskExtParameterInput"][];
            /** @description 集群ID */
            DataCluster?: string;
            /** @description 指定的运行节点 */
            BrokerIp?: string;
            /** @description 资源池队列名称，需要通过 DescribeProjectClusterQueues 获取 */
            YarnQueue?: string;
            /** @description 来源数据源ID, 使用 ; 分隔, 需要通过 DescribeDataSourceWithoutInfo 获取 */
            SourceServiceId?: string;
            /** @description 目标数据源ID, 使用 ; 分隔, 需要通过 DescribeDataSourceWithoutInfo 获取 */
            TargetServiceId?: string;
            /** @description 调度参数 */
            TaskSchedulingParameterList?: components["schemas"]["TaskSchedulingParameterInput"][];
            /** @description Bundle使用的ID */
            BundleId?: string;
            /** @description Bundle信息 */
            BundleInfo?: string;
        };
        /** @description 创建任务文件夹结果 */
        CreateTaskFolderResult: {
            /** @description 创建成功的文件夹ID。如果创建失败则报错。 */
            TaskFolderId?: string;
        };
        /** @description 创建任务返回体 */
        CreateTaskResult: {
            /** @description 任务ID */
            TaskId?: string | null;
        };
        /** @description 创建任务调度配置信息 */
        CreateTaskSchedulerConfiguration: {
            /**
             * @description 周期类型：默认为 DAY_CYCLE
             *
             *     支持的类型为
             *
             *     * ONEOFF_CYCLE: 一次性
             *     * YEAR_CYCLE: 年
             *     * MONTH_CYCLE: 月
             *     * WEEK_CYCLE: 周
             *     * DAY_CYCLE: 天
             *     * HOUR_CYCLE: 小时
             *     * MINUTE_CYCLE: 分钟
             *     * CRONTAB_CYCLE: crontab表达式类型
             */
            CycleType?: string;
            /** @description 时区，默认为 UTC+8 */
            ScheduleTimeZone?: string;
            /** @description Cron表达式，默认为 0 0 0 * * ? * */
            CrontabExpression?: string;
            /** @description 生效日期，默认为当前日期的 00:00:00 */
            StartTime?: string;
            /** @description 结束日期，默认为 2099-12-31 23:59:59 */
            EndTime?: string;
            /** @description 执行时间 左闭区间，默认 00:00 */
            ExecutionStartTime?: string;
            /** @description 执行时间 右闭区间，默认 23:59 */
            ExecutionEndTime?: string;
            /** @description 日历调度 取值为 0 和 1， 1为打开，0为关闭，默认为0 */
            CalendarOpen?: string;
            /** @description 日历调度 日历 ID */
            CalendarId?: string;
            /** @description 自依赖, 默认值 serial, 取值为：parallel(并行), serial(串行), orderly(有序) */
            SelfDepend?: string;
            /** @description 上游依赖数组 */
            UpstreamDependencyConfigList?: components["schemas"]["DependencyTaskBriefInput"][];
            /** @description 事件数组 */
            EventListenerList?: components["schemas"]["EventListenerInput"][];
            /** @description 重跑&补录配置, 默认为 ALL; , ALL 运行成功或失败后皆可重跑或补录, FAILURE 运行成功后不可重跑或补录，运行失败后可重跑或补录, NONE 运行成功或失败后皆不可重跑或补录; */
            AllowRedoType?: string;
            /** @description 输出参数数组 */
            ParamTaskOutList?: components["schemas"]["OutTaskParameterInput"][];
            /** @description 输入参数数组 */
            ParamTaskInList?: components["schemas"]["InTaskParameterInput"][];
            /** @description 产出登记 */
            TaskOutputRegistryList?: components["schemas"]["TaskDataRegistryInput"][];
            /**
             * @description **实例生成策略**
             *     * T_PLUS_0: T+0生成,默认策略
             *     * T_PLUS_1: T+1生成
             */
            InitStrategy?: string;
            /** @description 调度类型: 0 正常调度 1 空跑调度，默认为 0 */
            ScheduleType?: number;
            /** @description 任务调度优先级 运行优先级 4高 5中 6低 , 默认:6 */
            RunPriorityType?: number;
            /** @description 重试策略 重试等待时间,单位分钟: 默认: 5 */
            RetryWaitMinute?: number;
            /** @description 重试策略 最大尝试次数, 默认: 4 */
            MaxRetryNumber?: number;
            /** @description 超时处理策略 运行耗时超时（单位：分钟）默认为 -1 */
            ExecutionTTLMinute?: number;
            /** @description 超时处理策略 等待总时长耗时超时（单位：分钟）默认为 -1 */
            WaitExecutionTotalTTLMinute?: number;
        };
        /** @description 创建任务基本属性信息 */
        CreateTriggerTaskBaseAttribute: {
            /** @description 任务名称 */
            TaskName: string;
            /**
             * @description 任务类型ID：
             *     * 26:OfflineSynchronization
             *     * 30:Python
             *     * 32:DLC SQL
             *     * 35:Shell
             *     * 38:Shell Form Mode
             *     * 46:DLC Spark
             *     * 50:DLC PySpark
             *     * 130:Branch Node
             *     * 131:Merged Node
             *     * 132:Notebook
             *     * 133:SSH
             *     * 137:For-each
             *     * 139:DLC Spark Streaming
             *     * 140:Run Workflow
             */
            TaskTypeId: string;
            /** @description 工作流ID */
            WorkflowId: string;
            /** @description 任务负责人ID，默认为当前用户 */
            OwnerUin?: string;
            /** @description 任务描述 */
            TaskDescription?: string;
            /**
             * @description 任务文件夹路径
             *
             *     注意：
             *     - 路径上不要填写任务节点类型；例如，在 一个名为 wf01 的工作流，“通用” 分类下，现在想要在这个分类下的 tf_01 文件夹下，新建一个 shell 任务；则 填写 /tf_01 即可；
             *     - 如果 tf_01 文件夹不存在，则需要先创建这个文件夹（使用 CreateTaskFolder 接口）才能操作成功；
             */
            TaskFolderPath?: string;
        };
        /** @description 创建任务配置信息 */
        CreateTriggerTaskConfiguration: {
            /** @description 资源组ID： 需要通过 DescribeNormalSchedulerExecutorGroups 获取 ExecutorGroupId */
            ResourceGroup?: string;
            /** @description 代码内容的Base64编码 */
            CodeContent?: string;
            /** @description 任务扩展属性配置列表 */
            TaskExtConfigurationList?: components["schemas"]["TaskExtParameterInput"][];
            /** @description 集群ID */
            DataCluster?: string;
            /** @description 指定的运行节点 */
            BrokerIp?: string;
            /** @description 资源池队列名称，需要通过 DescribeProjectClusterQueues 获取 */
            YarnQueue?: string;
            /** @description 来源数据源ID, 使用 ; 分隔, 需要通过 DescribeDataSourceWithoutInfo 获取 */
            SourceServiceId?: string;
            /** @description 目标数据源ID, 使用 ; 分隔, 需要通过 DescribeDataSourceWithoutInfo 获取 */
            TargetServiceId?: string;
            /** @description 调度参数 */
            TaskSchedulingParameterList?: components["schemas"]["TaskSchedulingParameterInput"][];
            /** @description Bundle使用的ID */
            BundleId?: string;
            /** @description Bundle信息 */
            BundleInfo?: string;
        };
        /** @description 创建任务调度配置信息 */
        CreateTriggerTaskSchedulerConfiguration: {
            /** @description 上游依赖的任务数组 */
            UpstreamDependencyConfigList?: components["schemas"]["DependencyTriggerTaskBriefInput"][];
            /** @description 任务调度优先级 运行优先级 4高 5中 6低 , 默认:6 */
            RunPriorityType?: number;
            /** @description 重试策略 重试等待时间,单位分钟: 默认: 5 */
            RetryWaitMinute?: number;
            /** @description 重试策略 最大尝试次数, 默认: 4 */
            MaxRetryNumber?: number;
            /** @description 超时处理策略 运行耗时超时（单位：分钟）默认为 -1 */
            ExecutionTTLMinute?: number;
            /** @description 超时处理策略 等待总时长耗时超时（单位：分钟）默认为 -1 */
            WaitExecutionTotalTTLMinute?: number;
            /** @description 重跑&补录配置, 默认为 ALL; , ALL 运行成功或失败后皆可重跑或补录, FAILURE 运行成功后不可重跑或补录，运行失败后可重跑或补录, NONE 运行成功或失败后皆不可重跑或补录; */
            AllowRedoType?: string;
            /** @description 输出参数数组 */
            ParamTaskOutList?: components["schemas"]["OutTaskParameterInput"][];
            /** @description 输入参数数组 */
            ParamTaskInList?: components["schemas"]["InTaskParameterInput"][];
            /** @description 产出登记 */
            TaskOutputRegistryList?: components["schemas"]["TaskDataRegistryInput"][];
        };
        /** @description 创建工作流结果 */
        CreateTriggerWorkflowResult: {
            /** @description 创建成功后的工作流id */
            WorkflowId?: string | null;
        };
        /** @description 工作流授权结果 */
        CreateWorkflowPermissionsResult: {
            /** @description 实体授权结果，true/false */
            Status?: boolean;
        };
        /** @description 创建工作流结果 */
        CreateWorkflowResult: {
            /** @description 创建成功后的工作流id */
            WorkflowId?: string;
        };
        /** @description dlc集群信息 */
        DLCClusterInfo: {
            /** @description dlc资源名称（需要添加角色Uin到dlc中，否则可能获取不到资源） */
            ComputeResources: string[];
            /** @description dlc地域 */
            Region: string;
            /** @description 指定DLC集群的默认数据库 */
            DefaultDatabase: string;
            /**
             * @description 集群配置标记（ 仅对标准模式的项目生效并且标准模式必填），枚举值：
             *     - Prod  (生产环境)
             *     - Dev  (开发环境)
             */
            StandardModeEnvTag?: string;
            /**
             * @description 访问账号（ 仅对标准模式的项目生效并且标准模式必填），用于提交dlc任务的账号
             *     建议使用指定子账号，给子账号设置对应库表的权限；任务负责人模式在负责人离职后容易造成任务失败；主账号模式在多个项目权限不同的情况下不易做权限控制。
             *
             *     枚举值：
             *     - TASK_RUNNER （任务负责人）
             *     - OWNER （主账号模式）
             *     - SUB （子账号模式）
             */
            AccessAccount?: string;
            /** @description 子账号id（ 仅对标准模式的项目生效），AccessAccount为子账号模式时，需要指定子账号的id信息，其他模式不需要指定 */
            SubAccountUin?: string;
        };
        /** @description 补录计划详情 */
        DataBackfill: {
            /** @description 项目Id */
            ProjectId?: string;
            /** @description 数据补录计划id */
            DataBackfillPlanId?: string;
            /** @description 数据补录计划名称 */
            DataBackfillPlanName?: string;
            /** @description 补录任务集合 */
            TaskIds?: string[];
            /** @description 补录任务的数据配置列表 */
            DataBackfillRangeList?: components["schemas"]["DataBackfillRange"][];
            /** @description 检查父任务类型，取值范围：- NONE-全部不检查- ALL-检查全部上游父任务- MAKE_SCOPE-只在（当前补录计划）选中任务中检查 */
            CheckParentType?: string | null;
            /** @description 补录是否忽略事件依赖 */
            SkipEventListening?: boolean | null;
            /** @description 自定义实例运行并发度, 返回为null或者不返回，则表示任务原有自依赖 */
            RedefineParallelNum?: number | null;
            /** @description 自定义的工作流自依赖，yes或者no；如果不配置，则使用工作流原有自依赖 */
            RedefineSelfWorkflowDependency?: string | null;
            /** @description 调度资源组id */
            SchedulerResourceGroupId?: string | null;
            /** @description 集成资源组id */
            IntegrationResourceGroupId?: string | null;
            /** @description 补录自定义的生成周期 */
            RedefineCycleType?: string | null;
            /** @description 自定义参数 */
            RedefineParamList?: components["schemas"]["KVPair"][] | null;
            /** @description 补录任务的执行开始时间 */
            StartTime?: string | null;
            /** @description 补录任务的执行结束时间 */
            EndTime?: string | null;
            /** @description 创建用户id */
            CreateUserUin?: string;
            /** @description 补录计划实例完成百分数 */
            CompletePercent?: number;
            /** @description 补录计划实例成功百分数 */
            SuccessPercent?: number;
            /** @description 补录是实例数据时间顺序，生效必须满足2个条件:1. 必须同周期任务2. 优先按依赖关系执行，无依赖关系影响的情况下按配置执行顺序执行 可选值- NORMAL: 不设置- ORDER: 顺序- REVERSE: 逆序不设置默认为NORMAL */
            DataTimeOrder?: string | null;
        };
        /** @description 补录计划日期范围 */
        DataBackfillRange: {
            /** @description 开始日期，格式yyyy-MM-dd 表示从指定日期的00:00:00开始 */
            StartDate?: string | null;
            /** @description 结束日期，格式yyyy-MM-dd，表示从指定日期的 23:59:59结束 */
            EndDate?: string | null;
            /** @description 在[StartDate, EndDate]之间每天的开始时间点，格式HH:mm,只针对小时及周期小于小时的任务生效 */
            ExecutionStartTime?: string | null;
            /** @description 在[StartDate, EndDate]之间每天的结束时间点，格式HH:mm,只针对小时及周期小于小时的任务生效 */
            ExecutionEndTime?: string | null;
        };
        /** @description 补录计划日期范围 */
        DataBackfillRangeInput: {
            /** @description 开始日期，格式yyyy-MM-dd 表示从指定日期的00:00:00开始 */
            StartDate?: string;
            /** @description 结束日期，格式yyyy-MM-dd，表示从指定日期的 23:59:59结束 */
            EndDate?: string;
            /** @description 在[StartDate, EndDate]之间每天的开始时间点，格式HH:mm,只针对小时及周期小于小时的任务生效 */
            ExecutionStartTime?: string;
            /** @description 在[StartDate, EndDate]之间每天的结束时间点，格式HH:mm,只针对小时及周期小于小时的任务生效 */
            ExecutionEndTime?: string;
        };
        /** @description 数据源对象 */
        DataSource: {
            /** @description 归属项目ID */
            ProjectId?: string | null;
            /** @description 数据源ID */
            Id?: number | null;
            /** @description 数据源类型:枚举值 */
            Type?: string | null;
            /** @description 数据源名称 */
            Name?: string | null;
            /** @description 数据源展示名，为了可视化查看 */
            DisplayName?: string | null;
            /** @description 数据源描述信息 */
            Description?: string | null;
            /** @description 归属项目Name */
            ProjectName?: string | null;
            /** @description 数据源创建人 */
            CreateUser?: string | null;
            /** @description 时间 */
            CreateTime?: string | null;
            /** @description 更新人 */
            ModifyUser?: string | null;
            /** @description 更新时间 */
            ModifyTime?: string | null;
            /** @description 数据源的配置信息，以JSON KV存储，根据每个数据源类型不同，而KV存储信息不同 */
            ProdConProperties?: string | null;
            /** @description 同params 内容为开发数据源的数据 */
            DevConProperties?: string | null;
            /**
             * @description 数据源类别：
             *
             *     - DB ---自定义源
             *     - CLUSTER --- 系统源
             */
            Category?: string | null;
        };
        /** @description 数据源文件上传 */
        DataSourceFileUpload: {
            /** @description Truststore认证文件，默认文件名truststore.jks */
            TrustStore?: string;
            /** @description Keystore认证文件，默认文件名keystore.jks */
            KeyStore?: string;
            /** @description core-site.xml文件 */
            CoreSite?: string;
            /** @description hdfs-site.xml文件 */
            HdfsSite?: string;
            /** @description hive-site.xml文件 */
            HiveSite?: string;
            /** @description hbase-site文件 */
            HBASESite?: string;
            /** @description keytab文件，默认文件名[数据源名].keytab */
            KeyTab?: string;
            /** @description krb5.conf文件 */
            KRB5Conf?: string;
            /** @description 私钥,默认文件名private_key.pem */
            PrivateKey?: string;
            /** @description 公钥,默认文件名public_key.pem */
            PublicKey?: string;
        };
        /** @description 查询数据源分页列表 */
        DataSourceInfo: {
            /** @description 分页页码 */
            PageNumber?: number | null;
            /** @description 分页大小 */
            PageSize?: number | null;
            /** @description 数据源列表 */
            Items?: components["schemas"]["DataSource"][] | null;
            /** @description 总数 */
            TotalCount?: number | null;
            /** @description 总分页页码 */
            TotalPageNumber?: number | null;
        };
        /** @description 数据源操作结果 */
        DataSourceResult: {
            /** @description 操作是否成功 */
            Status?: boolean | null;
            /** @description 数据源id */
            DataSourceId?: number | null;
        };
        /** @description 数据源操作结果 */
        DataSourceStatus: {
            /** @description 数据源操作状态 */
            Status?: boolean | null;
        };
        /** @description 数据库信息 */
        DatabaseInfo: {
            /** @description 数据库GUID */
            Guid?: string | null;
            /** @description 数据库名称 */
            Name?: string | null;
            /** @description 数据库目录 */
            CatalogName?: string | null;
            /** @description 数据库描述 */
            Description?: string | null;
            /** @description 数据库位置 */
            Location?: string | null;
            /** @description 数据库存储大小 */
            StorageSize?: number | null;
            /** @description 数据源ID */
            DatasourceId?: number | null;
            /** @description 数据源类型 */
            DatasourceType?: string | null;
        };
        /** @description 数据源关联任务信息 */
        DatasourceRelationTaskInfo: {
            /** @description 项目id */
            ProjectId?: string | null;
            /** @description 项目名称 */
            ProjectName?: string | null;
            /** @description 数据源关联任务信息，本期仅支持数据开发任务接口返回数据 */
            TaskInfo?: components["schemas"]["RelateTask"][] | null;
        };
        /** @description 删除告警规则响应结果 */
        DeleteAlarmRuleResult: {
            /** @description 是否删除成功 */
            Status?: boolean;
        };
        /** @description 删除资源文件夹结果 */
        DeleteFolderResult: {
            /** @description 删除状态,true表示成功，false表示失败 */
            Status?: boolean;
        };
        /** @description 批量规则操作的返回信息 */
        DeleteQualityRuleGroupResultVO: {
            /** @description 总条数 */
            SumCount?: number | null;
            /** @description 成功条数 */
            SuccessCount?: number | null;
            /** @description 失败条数 */
            FailedCount?: number | null;
            /** @description 操作详情 */
            Results?: components["schemas"]["CommonQualityOperateResult"][] | null;
        };
        /** @description 删除资源文件结果 */
        DeleteResourceFileResult: {
            /** @description true */
            Status?: boolean;
        };
        /** @description 删除资源文件夹结果 */
        DeleteTaskFolderResult: {
            /** @description 删除状态,true表示成功，false表示失败 */
            Status?: boolean;
        };
        /** @description 删除数据开发任务结果 */
        DeleteTaskResult: {
            /** @description 删除状态,true表示成功，false表示失败 */
            Status?: boolean | null;
        };
        /** @description 删除工作流结果 */
        DeleteTriggerWorkflowResult: {
            /** @description 删除工作流是否成功 */
            Status?: boolean | null;
        };
        /** @description 要删除的数据开发授权信息 */
        DeleteWorkflowPermission: {
            /** @description 要删除的授权目标类型（用户：user，角色：role，组：group） */
            PermissionTargetType: string;
            /** @description 要删除的授权目标id(userId/roleId) */
            PermissionTargetId: string;
            /** @description 要删除的授权权限类型数组(CAN_VIEW/CAN_RUN/CAN_EDIT/CAN_MANAGE，当前仅支持CAN_MANAGE) */
            PermissionTypeList: string[];
        };
        /** @description 数据开发权限删除结果 */
        DeleteWorkflowPermissionsResult: {
            /** @description 整体删除结果 true/false */
            Status?: boolean;
        };
        /** @description 删除工作流结果 */
        DeleteWorkflowResult: {
            /** @description 删除工作流是否成功 */
            Status?: boolean;
        };
        /** @description 查询任务上游依赖详情分页 */
        DependencyConfigPage: {
            /** @description 满足查询条件的数据总条数。 */
            TotalCount?: number | null;
            /** @description 满足查询条件的数据总页数。 */
            TotalPageNumber?: number | null;
            /** @description 当前请求的数据页数。 */
            PageNumber?: number | null;
            /** @description 当前请求的数据页条数。 */
            PageSize?: number | null;
            /** @description 分页数据 */
            Items?: components["schemas"]["TaskDependDto"][] | null;
        };
        /** @description 依赖配置策略 */
        DependencyStrategyTask: {
            /**
             * @description 等待上游任务实例策略：EXECUTING（执行）；WAITING（等待）
             *
             */
            PollingNullStrategy?: string | null;
            /**
             * @description 仅当PollingNullStrategy为EXECUTING时才需要填本字段，List类型：NOT_EXIST（默认，在分钟依赖分钟/小时依赖小时的情况下，父实例不在下游实例调度时间范围内）；PARENT_EXPIRED（父实例失败）；PARENT_TIMEOUT（父实例超时）。以上场景满足任一条件即可通过该父任务实例依赖判断，除以上场景外均需等待父实例。
             *
             */
            TaskDependencyExecutingStrategies?: string[] | null;
            /**
             * @description 仅当TaskDependencyExecutingStrategies中包含PARENT_TIMEOUT时才需要填本字段，下游任务依赖父实例执行超时时间，单位：分钟。
             *
             */
            TaskDependencyExecutingTimeoutValue?: number | null;
        };
        /** @description 依赖配置策略 */
        DependencyStrategyTaskInput: {
            /**
             * @description 等待上游任务实例策略：EXECUTING（执行）；WAITING（等待）
             *
             */
            PollingNullStrategy?: string;
            /**
             * @description 仅当PollingNullStrategy为EXECUTING时才需要填本字段，List类型：NOT_EXIST（默认，在分钟依赖分钟/小时依赖小时的情况下，父实例不在下游实例调度时间范围内）；PARENT_EXPIRED（父实例失败）；PARENT_TIMEOUT（父实例超时）。以上场景满足任一条件即可通过该父任务实例依赖判断，除以上场景外均需等待父实例。
             *
             */
            TaskDependencyExecutingStrategies?: string[];
            /**
             * @description 仅当TaskDependencyExecutingStrategies中包含PARENT_TIMEOUT时才需要填本字段，下游任务依赖父实例执行超时时间，单位：分钟。
             *
             */
            TaskDependencyExecutingTimeoutValue?: number;
        };
        /**
         * @description 依赖任务信息
         *
         *     取值说明表：
         *
         *     | 当前任务周期类型 | 上游任务周期类型 | 配置方式 | MainCyclicConfig取值 | 时间维度/实例范围           | SubordinateCyclicConfig取值       | offset取值             |
         *     | ---------------- | ---------------- | -------- | -------------------- | --------------------------- | --------------------------------- | ---------------------- |
         *     | HOUR_CYCLE       | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | MINUTE_CYCLE     | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | DAY_CYCLE        | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | DAY_CYCLE        | WEEK_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | HOUR_CYCLE       | HOUR_CYCLE       | 推荐策略 | HOUR                 | 按小时/最近实例             | CURRENT_HOUR                      | 无                     |
         *     | HOUR_CYCLE       | HOUR_CYCLE       | 推荐策略 | HOUR                 | 按小时/前一周期             | PREVIOUS_HOUR_CYCLE               | 无                     |
         *     | HOUR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/上周                   | PREVIOUS_WEEK                     | 无                     |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/上周五                 | PREVIOUS_FRIDAY                   | 无                     |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/上周日                 | PREVIOUS_WEEKEND                  | 无                     |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天         、          | CURRENT_DAY                       | 无                     |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
         *     | WEEK_CYCLE       | ONEOFF_CYCLE     | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | HOUR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | HOUR                 | 按小时/前一个小时(-60,0]    | PREVIOUS_HOUR_LATER_OFFSET_MINUTE | 无                     |
         *     | HOUR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | HOUR                 | 按小时/前一个小时           | PREVIOUS_HOUR                     | 无                     |
         *     | HOUR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | HOUR                 | 按小时/当前小时             | CURRENT_HOUR                      | 无                     |
         *     | YEAR_CYCLE       | WEEK_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | WEEK_CYCLE       | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | MINUTE_CYCLE     | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | WEEK_CYCLE       | HOUR_CYCLE       | 推荐策略 | WEEK                 | 按周/上周                   | PREVIOUS_WEEK                     | 无                     |
         *     | WEEK_CYCLE       | HOUR_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | MINUTE_CYCLE     | HOUR_CYCLE       | 推荐策略 | HOUR                 | 按小时/当前小时             | CURRENT_HOUR                      | 无                     |
         *     | HOUR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | MONTH_CYCLE      | HOUR_CYCLE       | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
         *     | MONTH_CYCLE      | HOUR_CYCLE       | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | MONTH_CYCLE      | ONEOFF_CYCLE     | 推荐策略 | MONTH                | 按月/当月                   | CURRENT_MONTH                     | 无                     |
         *     | DAY_CYCLE        | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | DAY_CYCLE        | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | MONTH_CYCLE      | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | ONEOFF_CYCLE     | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 推荐策略 | MINUTE               | 按分钟/当前分钟             | CURRENT_MINUTE                    | 无                     |
         *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 推荐策略 | MINUTE               | 按分钟/前一周期             | PREVIOUS_MINUTE_CYCLE             | 无                     |
         *     | YEAR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | ONEOFF_CYCLE     | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | DAY_CYCLE        | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/前一天(-24 * 60,0]     | PREVIOUS_DAY_LATER_OFFSET_MINUTE  | 无                     |
         *     | DAY_CYCLE        | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
         *     | DAY_CYCLE        | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | MINUTE_CYCLE     | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | WEEK_CYCLE       | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | WEEK_CYCLE       | WEEK_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | YEAR_CYCLE       | YEAR_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | YEAR_CYCLE       | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | YEAR_CYCLE       | HOUR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | MINUTE_CYCLE     | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | ONEOFF_CYCLE     | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | HOUR_CYCLE       | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | WEEK_CYCLE       | MINUTE_CYCLE     | 推荐策略 | WEEK                 | 按周/上周                   | PREVIOUS_WEEK                     | 无                     |
         *     | WEEK_CYCLE       | MINUTE_CYCLE     | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | DAY_CYCLE        | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/前一天(-24,0]          | PREVIOUS_DAY_LATER_OFFSET_HOUR    | 无                     |
         *     | DAY_CYCLE        | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/前一天[-24,0)          | PREVIOUS_DAY                      | 无                     |
         *     | DAY_CYCLE        | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本年所有月             | ALL_MONTH_OF_YEAR                 | 无                     |
         *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
         *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/上月末                 | PREVIOUS_END_OF_MONTH             | 无                     |
         *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/上月初                 | PREVIOUS_BEGIN_OF_MONTH           | 无                     |
         *     | ONEOFF_CYCLE     | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | DAY_CYCLE        | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | ONEOFF_CYCLE     | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | DAY_CYCLE        | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | MINUTE_CYCLE     | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | WEEK_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | WEEK_CYCLE       | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | YEAR_CYCLE       | ONEOFF_CYCLE     | 推荐策略 | YEAR                 | 按年/当年                   | CURRENT_YEAR                      | 无                     |
         *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
         *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | MONTH                | 按月/上月末                 | PREVIOUS_END_OF_MONTH             | 无                     |
         *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
         *     | YEAR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/本年所有天             | ALL_DAY_OF_YEAR                   | 无                     |
         *     | YEAR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | YEAR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
         *     | HOUR_CYCLE       | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | MONTH_CYCLE      | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/当月                   | CURRENT_MONTH                     | 无                     |
         *     | MONTH_CYCLE      | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | MONTH_CYCLE      | MINUTE_CYCLE     | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
         *     | MONTH_CYCLE      | MINUTE_CYCLE     | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | MONTH_CYCLE      | WEEK_CYCLE       | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
         *     | MONTH_CYCLE      | WEEK_CYCLE       | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | MONTH_CYCLE      | WEEK_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | DAY_CYCLE        | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | DAY_CYCLE        | YEAR_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | ONEOFF_CYCLE     | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | ONEOFF_CYCLE     | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | CRONTAB_CYCLE    | CRONTAB_CYCLE    | 推荐策略 | CRONTAB              | 无                          | CURRENT                           | 无                     |
         *     | HOUR_CYCLE       | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | HOUR_CYCLE       | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | HOUR_CYCLE       | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | WEEK_CYCLE       | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MINUTE_CYCLE     | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MONTH_CYCLE      | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | YEAR_CYCLE       | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | DAY_CYCLE        | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MINUTE_CYCLE     | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | YEAR_CYCLE       | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | WEEK_CYCLE       | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | DAY_CYCLE        | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | DAY_CYCLE        | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MONTH_CYCLE      | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | YEAR_CYCLE       | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MONTH_CYCLE      | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | HOUR_CYCLE       | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | HOUR_CYCLE       | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | HOUR_CYCLE       | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | WEEK_CYCLE       | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MINUTE_CYCLE     | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MONTH_CYCLE      | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | YEAR_CYCLE       | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | DAY_CYCLE        | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MINUTE_CYCLE     | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | YEAR_CYCLE       | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | WEEK_CYCLE       | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | DAY_CYCLE        | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | DAY_CYCLE        | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MONTH_CYCLE      | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | YEAR_CYCLE       | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MONTH_CYCLE      | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         */
        DependencyTaskBrief: {
            /** @description 任务ID */
            TaskId?: string | null;
            /**
             * @description 主依赖配置，取值为：
             *
             *     * CRONTAB
             *     * DAY
             *     * HOUR
             *     * LIST_DAY
             *     * LIST_HOUR
             *     * LIST_MINUTE
             *     * MINUTE
             *     * MONTH
             *     * RANGE_DAY
             *     * RANGE_HOUR
             *     * RANGE_MINUTE
             *     * WEEK
             *     * YEAR
             */
            MainCyclicConfig?: string | null;
            /**
             * @description 次依赖配置，取值为：
             *     * ALL_DAY_OF_YEAR
             *     * ALL_MONTH_OF_YEAR
             *     * CURRENT
             *     * CURRENT_DAY
             *     * CURRENT_HOUR
             *     * CURRENT_MINUTE
             *     * CURRENT_MONTH
             *     * CURRENT_WEEK
             *     * CURRENT_YEAR
             *     * PREVIOUS_BEGIN_OF_MONTH
             *     * PREVIOUS_DAY
             *     * PREVIOUS_DAY_LATER_OFFSET_HOUR
             *     * PREVIOUS_DAY_LATER_OFFSET_MINUTE
             *     * PREVIOUS_END_OF_MONTH
             *     * PREVIOUS_FRIDAY
             *     * PREVIOUS_HOUR
             *     * PREVIOUS_HOUR_CYCLE
             *     * PREVIOUS_HOUR_LATER_OFFSET_MINUTE
             *     * PREVIOUS_MINUTE_CYCLE
             *     * PREVIOUS_MONTH
             *     * PREVIOUS_WEEK
             *     * PREVIOUS_WEEKEND
             *     * RECENT_DATE
             */
            SubordinateCyclicConfig?: string | null;
            /** @description 区间、列表模式下的偏移量 */
            Offset?: string | null;
            /** @description 依赖执行策略 */
            DependencyStrategy?: components["schemas"]["DependencyStrategyTask"] | null;
        };
        /**
         * @description 依赖任务信息
         *
         *     取值说明表：
         *
         *     | 当前任务周期类型 | 上游任务周期类型 | 配置方式 | MainCyclicConfig取值 | 时间维度/实例范围           | SubordinateCyclicConfig取值       | offset取值             |
         *     | ---------------- | ---------------- | -------- | -------------------- | --------------------------- | --------------------------------- | ---------------------- |
         *     | HOUR_CYCLE       | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | MINUTE_CYCLE     | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | DAY_CYCLE        | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | DAY_CYCLE        | WEEK_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | HOUR_CYCLE       | HOUR_CYCLE       | 推荐策略 | HOUR                 | 按小时/最近实例             | CURRENT_HOUR                      | 无                     |
         *     | HOUR_CYCLE       | HOUR_CYCLE       | 推荐策略 | HOUR                 | 按小时/前一周期             | PREVIOUS_HOUR_CYCLE               | 无                     |
         *     | HOUR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/上周                   | PREVIOUS_WEEK                     | 无                     |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/上周五                 | PREVIOUS_FRIDAY                   | 无                     |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/上周日                 | PREVIOUS_WEEKEND                  | 无                     |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天         、          | CURRENT_DAY                       | 无                     |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
         *     | WEEK_CYCLE       | ONEOFF_CYCLE     | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | HOUR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | HOUR                 | 按小时/前一个小时(-60,0]    | PREVIOUS_HOUR_LATER_OFFSET_MINUTE | 无                     |
         *     | HOUR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | HOUR                 | 按小时/前一个小时           | PREVIOUS_HOUR                     | 无                     |
         *     | HOUR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | HOUR                 | 按小时/当前小时             | CURRENT_HOUR                      | 无                     |
         *     | YEAR_CYCLE       | WEEK_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | WEEK_CYCLE       | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | MINUTE_CYCLE     | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | WEEK_CYCLE       | HOUR_CYCLE       | 推荐策略 | WEEK                 | 按周/上周                   | PREVIOUS_WEEK                     | 无                     |
         *     | WEEK_CYCLE       | HOUR_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | MINUTE_CYCLE     | HOUR_CYCLE       | 推荐策略 | HOUR                 | 按小时/当前小时             | CURRENT_HOUR                      | 无                     |
         *     | HOUR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | MONTH_CYCLE      | HOUR_CYCLE       | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
         *     | MONTH_CYCLE      | HOUR_CYCLE       | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | MONTH_CYCLE      | ONEOFF_CYCLE     | 推荐策略 | MONTH                | 按月/当月                   | CURRENT_MONTH                     | 无                     |
         *     | DAY_CYCLE        | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | DAY_CYCLE        | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | MONTH_CYCLE      | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | ONEOFF_CYCLE     | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 推荐策略 | MINUTE               | 按分钟/当前分钟             | CURRENT_MINUTE                    | 无                     |
         *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 推荐策略 | MINUTE               | 按分钟/前一周期             | PREVIOUS_MINUTE_CYCLE             | 无                     |
         *     | YEAR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | ONEOFF_CYCLE     | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | DAY_CYCLE        | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/前一天(-24 * 60,0]     | PREVIOUS_DAY_LATER_OFFSET_MINUTE  | 无                     |
         *     | DAY_CYCLE        | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
         *     | DAY_CYCLE        | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | MINUTE_CYCLE     | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | WEEK_CYCLE       | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | WEEK_CYCLE       | WEEK_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | YEAR_CYCLE       | YEAR_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | YEAR_CYCLE       | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | YEAR_CYCLE       | HOUR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | MINUTE_CYCLE     | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | ONEOFF_CYCLE     | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | HOUR_CYCLE       | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | WEEK_CYCLE       | MINUTE_CYCLE     | 推荐策略 | WEEK                 | 按周/上周                   | PREVIOUS_WEEK                     | 无                     |
         *     | WEEK_CYCLE       | MINUTE_CYCLE     | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | DAY_CYCLE        | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/前一天(-24,0]          | PREVIOUS_DAY_LATER_OFFSET_HOUR    | 无                     |
         *     | DAY_CYCLE        | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/前一天[-24,0)          | PREVIOUS_DAY                      | 无                     |
         *     | DAY_CYCLE        | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本年所有月             | ALL_MONTH_OF_YEAR                 | 无                     |
         *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
         *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/上月末                 | PREVIOUS_END_OF_MONTH             | 无                     |
         *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/上月初                 | PREVIOUS_BEGIN_OF_MONTH           | 无                     |
         *     | ONEOFF_CYCLE     | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | DAY_CYCLE        | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | ONEOFF_CYCLE     | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | DAY_CYCLE        | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | MINUTE_CYCLE     | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | WEEK_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | WEEK_CYCLE       | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | YEAR_CYCLE       | ONEOFF_CYCLE     | 推荐策略 | YEAR                 | 按年/当年                   | CURRENT_YEAR                      | 无                     |
         *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
         *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | MONTH                | 按月/上月末                 | PREVIOUS_END_OF_MONTH             | 无                     |
         *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
         *     | YEAR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/本年所有天             | ALL_DAY_OF_YEAR                   | 无                     |
         *     | YEAR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | YEAR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
         *     | HOUR_CYCLE       | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | MONTH_CYCLE      | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/当月                   | CURRENT_MONTH                     | 无                     |
         *     | MONTH_CYCLE      | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | MONTH_CYCLE      | MINUTE_CYCLE     | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
         *     | MONTH_CYCLE      | MINUTE_CYCLE     | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | MONTH_CYCLE      | WEEK_CYCLE       | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
         *     | MONTH_CYCLE      | WEEK_CYCLE       | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | MONTH_CYCLE      | WEEK_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | DAY_CYCLE        | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | DAY_CYCLE        | YEAR_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | ONEOFF_CYCLE     | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | ONEOFF_CYCLE     | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | CRONTAB_CYCLE    | CRONTAB_CYCLE    | 推荐策略 | CRONTAB              | 无                          | CURRENT                           | 无                     |
         *     | HOUR_CYCLE       | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | HOUR_CYCLE       | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | HOUR_CYCLE       | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | WEEK_CYCLE       | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MINUTE_CYCLE     | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MONTH_CYCLE      | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | YEAR_CYCLE       | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | DAY_CYCLE        | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MINUTE_CYCLE     | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | YEAR_CYCLE       | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | WEEK_CYCLE       | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | DAY_CYCLE        | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | DAY_CYCLE        | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MONTH_CYCLE      | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | YEAR_CYCLE       | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MONTH_CYCLE      | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | HOUR_CYCLE       | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | HOUR_CYCLE       | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | HOUR_CYCLE       | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | WEEK_CYCLE       | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MINUTE_CYCLE     | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MONTH_CYCLE      | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | YEAR_CYCLE       | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | DAY_CYCLE        | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MINUTE_CYCLE     | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | YEAR_CYCLE       | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | WEEK_CYCLE       | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | DAY_CYCLE        | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | DAY_CYCLE        | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MONTH_CYCLE      | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | YEAR_CYCLE       | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MONTH_CYCLE      | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         */
        DependencyTaskBriefInput: {
            /** @description 任务ID */
            TaskId: string;
            /**
             * @description 主依赖配置，取值为：
             *
             *     * CRONTAB
             *     * DAY
             *     * HOUR
             *     * LIST_DAY
             *     * LIST_HOUR
             *     * LIST_MINUTE
             *     * MINUTE
             *     * MONTH
             *     * RANGE_DAY
             *     * RANGE_HOUR
             *     * RANGE_MINUTE
             *     * WEEK
             *     * YEAR
             */
            MainCyclicConfig: string;
            /**
             * @description 次依赖配置，取值为：
             *     * ALL_DAY_OF_YEAR
             *     * ALL_MONTH_OF_YEAR
             *     * CURRENT
             *     * CURRENT_DAY
             *     * CURRENT_HOUR
             *     * CURRENT_MINUTE
             *     * CURRENT_MONTH
             *     * CURRENT_WEEK
             *     * CURRENT_YEAR
             *     * PREVIOUS_BEGIN_OF_MONTH
             *     * PREVIOUS_DAY
             *     * PREVIOUS_DAY_LATER_OFFSET_HOUR
             *     * PREVIOUS_DAY_LATER_OFFSET_MINUTE
             *     * PREVIOUS_END_OF_MONTH
             *     * PREVIOUS_FRIDAY
             *     * PREVIOUS_HOUR
             *     * PREVIOUS_HOUR_CYCLE
             *     * PREVIOUS_HOUR_LATER_OFFSET_MINUTE
             *     * PREVIOUS_MINUTE_CYCLE
             *     * PREVIOUS_MONTH
             *     * PREVIOUS_WEEK
             *     * PREVIOUS_WEEKEND
             *     * RECENT_DATE
             */
            SubordinateCyclicConfig?: string;
            /** @description 区间、列表模式下的偏移量 */
            Offset?: string;
            /** @description 依赖执行策略 */
            DependencyStrategy?: components["schemas"]["DependencyStrategyTaskInput"];
        };
        /** @description 依赖任务信息 */
        DependencyTriggerTaskBrief: {
            /** @description 任务ID */
            TaskId?: string | null;
        };
        /** @description 依赖任务信息 */
        DependencyTriggerTaskBriefInput: {
            /** @description 任务ID */
            TaskId: string;
        };
        /** @description 监听事件器 */
        EventListener: {
            /** @description 事件名 */
            EventName?: string | null;
            /** @description 事件周期：SECOND, MIN, HOUR, DAY */
            EventSubType?: string | null;
            /** @description 事件广播类型：SINGLE, BROADCAST */
            EventBroadcastType?: string | null;
            /** @description 扩展信息 */
            PropertiesList?: components["schemas"]["ParamInfo"][] | null;
        };
        /** @description 监听事件器 */
        EventListenerInput: {
            /** @description 事件名 */
            EventName: string;
            /** @description 事件周期：SECOND, MIN, HOUR, DAY */
            EventSubType: string;
            /** @description 事件广播类型：SINGLE, BROADCAST */
            EventBroadcastType: string;
            /** @description 扩展信息 */
            PropertiesList?: components["schemas"]["ParamInfo"][];
        };
        /** @description 执行操作结果 */
        ExecutionActionBrief: {
            /** @description 操作实体 ID */
            ItemId?: string | null;
            /** @description 操作实体名称 */
            ItemName?: string | null;
            /** @description 操作 ID */
            ExecutionActionId?: string | null;
            /** @description 失败信息 */
            ErrorMessage?: string | null;
            /** @description 操作状态，true：成功，false：失败 */
            OpStatus?: boolean;
        };
        /** @description ExecutorResourceGroup分页对象 */
        ExecutorResourceGroupData: {
            /** @description 结果list */
            Items?: components["schemas"]["ExecutorResourceGroupInfo"][] | null;
            /** @description 总条数 */
            TotalCount?: number | null;
            /** @description 页数 */
            PageNumber?: number | null;
            /** @description 页大小 */
            PageSize?: number | null;
            /** @description 总分页页码 */
            TotalPageNumber?: number | null;
        };
        /** @description 资源组详情 */
        ExecutorResourceGroupInfo: {
            /** @description 资源组唯一标识 */
            Id?: string;
            /** @description 资源组名称 */
            Name?: string | null;
            /** @description 资源组描述 */
            Description?: string | null;
            /**
             * @description 执行资源组类型，不能为空
             *
             *     - Schedule --- 调度资源组
             *     - Integration --- 集成资源组
             *     - DataService -- 数据服务资源组
             */
            ResourceGroupType?: string | null;
            /** @description 项目集合 */
            AssociateProjects?: components["schemas"]["BindProject"][] | null;
            /** @description 区域 */
            Region?: string | null;
            /** @description vpcId */
            VpcId?: string | null;
            /** @description 子网id */
            SubNet?: string | null;
            /** @description 是否自动续费 */
            AutoRenewEnabled?: boolean | null;
        };
        /** @description 数据探索文件授权主体 */
        ExploreAuthorizationObject: {
            /** @description 授权资源信息，包含resourceId和resourceType */
            Resource?: components["schemas"]["ExploreFileResourceInput"];
            /** @description 授权详情 */
            AuthorizeSubjects?: components["schemas"]["ExploreAuthorizeSubject"][];
        };
        /** @description 数据探索文件回收策略 */
        ExploreAuthorizationRecycleObject: {
            /** @description 文件资源信息 */
            Resource?: components["schemas"]["ExploreFileResourceInput"];
            /** @description 授权详情 */
            RecycleSubjects?: components["schemas"]["ExploreAuthorizeSubject"][];
        };
        /** @description 数据探索文件授权主体 */
        ExploreAuthorizeSubject: {
            /** @description 主体类型（用户：user，角色：role，组：group） */
            SubjectType?: string;
            /** @description 主体值列表 */
            SubjectValues?: string[];
            /** @description 权限列表 */
            Privileges?: string[];
        };
        /** @description 数据探索文件权限列表分页 */
        ExploreFilePermissionsPage: {
            /** @description 分页页码 */
            PageNumber?: number | null;
            /** @description 分页大小 */
            PageSize?: number | null;
            /** @description 权限列表 */
            Rows?: components["schemas"]["ExploreFilePrivilegeItem"][] | null;
            /** @description 总个数 */
            TotalCount?: number | null;
            /** @description 总分页页码 */
            TotalPageNumber?: number | null;
        };
        /** @description 探索文件权限详情 */
        ExploreFilePrivilegeItem: {
            /** @description 权限点 */
            Privileges?: string[] | null;
            /** @description 用户：user 角色： role 组：group */
            RoleType?: string | null;
            /** @description 用户或角色ID */
            RoleId?: string | null;
            /** @description 授权资源 */
            Resource?: components["schemas"]["ExploreFileResource"] | null;
            /** @description 是否可以被删除 */
            DeleteAble?: boolean | null;
        };
        /** @description 数据探索文件资源 */
        ExploreFileResource: {
            /** @description 资源类型，只能是这两种类型: folder, script */
            ResourceType?: string | null;
            /** @description 资源ID：目录id或脚本id */
            ResourceId?: string | null;
            /** @description id全路径，用于递归鉴权 */
            ResourceIdForPath?: string | null;
            /** @description cfs路径 */
            ResourceCFSPath?: string | null;
        };
        /** @description 数据探索文件资源 */
        ExploreFileResourceInput: {
            /** @description 资源类型，只能是这两种类型: folder, script */
            ResourceType?: string;
            /** @description 资源ID：目录id或脚本id */
            ResourceId?: string;
            /** @description id全路径，用于递归鉴权 */
            ResourceIdForPath?: string;
            /** @description cfs路径 */
            ResourceCFSPath?: string;
        };
        /** @description 通用过滤器 */
        Filter: {
            /** @description 过滤字段名称 */
            Name?: string;
            /** @description 过滤值列表 */
            Values?: string[];
        };
        /** @description GetResourcePrivilegeDetailRsp */
        GetResourcePrivilegeDetailRsp: {
            /** @description 权限详情列表 */
            Details?: components["schemas"]["ResourcePrivilegeDetail"][];
            /** @description 总计 */
            TotalCount?: number;
        };
        /** @description 参数传递-引用参数 */
        InTaskParameter: {
            /** @description 参数名 */
            ParamKey?: string | null;
            /** @description 参数描述：格式为 项目标识.任务名称.参数名；例：project_wedata_1.sh_250820_104107.pp_out */
            ParamDesc?: string | null;
            /** @description 父任务ID */
            FromTaskId?: string | null;
            /** @description 父任务参数key */
            FromParamKey?: string | null;
        };
        /** @description 参数传递-引用参数 */
        InTaskParameterInput: {
            /** @description 参数名 */
            ParamKey: string;
            /** @description 参数描述：格式为 项目标识.任务名称.参数名；例：project_wedata_1.sh_250820_104107.pp_out */
            ParamDesc: string;
            /** @description 父任务ID */
            FromTaskId: string;
            /** @description 父任务参数key */
            FromParamKey: string;
        };
        /** @description One execution (lifecycle round) of an instance. */
        InstanceExecution: {
            /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
            InstanceKey?: string | null;
            /** @description The lifecycle round: 0 is the first run, 1 the first rerun. */
            LifeRoundNum?: number | null;
            /** @description The instance state: `WAIT_EVENT` waiting for an event, `WAIT_UPSTREAM` waiting for upstream, `WAIT_RUN` waiting to run, `RUNNING` running, `SKIP_RUNNING` skipped, `FAILED_RETRY` failed and will retry, `EXPIRED` failed (final), `COMPLETED` succeeded. */
            InstanceState?: "WAIT_EVENT" | "WAIT_UPSTREAM" | "WAIT_RUN" | "RUNNING" | "SKIP_RUNNING" | "FAILED_RETRY" | "EXPIRED" | "COMPLETED" | (string & {}) | null;
            /** @description What triggered the run: `RERUN`, `ADDITION` (backfill), `PERIODIC`, `APERIODIC`, their `_SKIP_RUN` dry-run forms, `MANUAL_TRIGGER` or `RERUN_MANUAL_TRIGGER`. */
            RunType?: string | null;
            /** @description The number of retries after failures; a rerun or a backfill resets it to 0. */
            Tries?: number | null;
            /** @description The phases of this execution. */
            ExecutionPhaseList?: components["schemas"]["InstanceExecutionPhase"][] | null;
            /** @description The time taken, in milliseconds. */
            CostTime?: number | null;
        };
        /** @description One phase of an execution. */
        InstanceExecutionPhase: {
            /** @description When the run (or phase) started. */
            StartTime?: components["schemas"]["WedataTime"];
            /** @description The phase: `WAIT_UPSTREAM`, `WAIT_RUN`, `RUNNING`, `COMPLETE` (final), `FAILED` (will retry), `EXPIRED` (failed, final), `SKIP_RUNNING` (skipped by a branch), `HISTORY` (instances before 2024-03-30). */
            DetailState?: string | null;
            /** @description When the run (or phase) ended. */
            EndTime?: components["schemas"]["WedataTime"];
        };
        /** @description A page of the log of one run. */
        InstanceLog: {
            /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
            InstanceKey?: string | null;
            /** @description The project ID, a string of digits. */
            ProjectId?: string | null;
            /** @description The code that ran. */
            CodeContent?: string | null;
            /** @description The log text. */
            LogInfo?: string | null;
            /** @description The paging cursor: empty on the first request, then the `NextCursor` of the previous page. */
            NextCursor?: string | null;
        };
        /** @description 集成资源组 */
        IntegrationResource: {
            /**
             * @description 实时集成资源组
             *
             *     - i32c(实时数据同步-16C64G)
             */
            RealTimeDataSync?: components["schemas"]["ResourceGroupSpecification"];
            /**
             * @description 离线集成资源组
             *
             *     - integrated(离线数据同步-8C16G)
             *     - i16(离线数据同步-8C32G)
             */
            OfflineDataSync?: components["schemas"]["ResourceGroupSpecification"];
        };
        /** @description 数据探索任务JOB */
        JobDto: {
            /** @description 数据探索任务ID */
            JobId?: string | null;
            /** @description 数据探索任务名称 */
            JobName?: string | null;
            /** @description 任务类型 */
            JobType?: string | null;
            /** @description 脚本ID */
            ScriptId?: string | null;
            /** @description 子任务列表 */
            JobExecutionList?: components["schemas"]["JobExecutionDto"][] | null;
            /** @description 脚本内容 */
            ScriptContent?: string | null;
            /** @description 任务状态 */
            Status?: string | null;
            /** @description 任务创建时间 */
            CreateTime?: string | null;
            /** @description 更新时间 */
            UpdateTime?: string | null;
            /** @description 结束时间 */
            EndTime?: string | null;
            /** @description 云主账号UIN */
            OwnerUin?: string | null;
            /** @description 账号UIN */
            UserUin?: string | null;
            /** @description 耗时 */
            TimeCost?: number | null;
            /** @description 是否脚本内容被截断 */
            ScriptContentTruncate?: boolean | null;
        };
        /** @description 业务提交JOB的子任务 */
        JobExecutionDto: {
            /** @description 数据探索任务ID */
            JobId?: string | null;
            /** @description 子查询任务ID */
            JobExecutionId?: string | null;
            /** @description 子查询名称 */
            JobExecutionName?: string | null;
            /** @description 子查询sql内容 */
            ScriptContent?: string | null;
            /** @description 子查询状态 */
            Status?: string | null;
            /** @description 创建时间 */
            CreateTime?: string | null;
            /** @description 执行阶段 */
            ExecuteStageInfo?: string | null;
            /** @description 日志路径 */
            LogFilePath?: string | null;
            /** @description 下载结果路径 */
            ResultFilePath?: string | null;
            /** @description 预览结果路径 */
            ResultPreviewFilePath?: string | null;
            /** @description 任务执行的结果总行数 */
            ResultTotalCount?: number | null;
            /** @description 更新时间 */
            UpdateTime?: string | null;
            /** @description 结束时间 */
            EndTime?: string | null;
            /** @description 耗时 */
            TimeCost?: number | null;
            /** @description 上下文SQL内容 */
            ContextScriptContent?: string[] | null;
            /** @description 任务执行的结果预览行数 */
            ResultPreviewCount?: number | null;
            /** @description 任务执行的结果影响行数 */
            ResultEffectCount?: number | null;
            /** @description 是否正在收集全量结果：默认false，true表示正在收集全量结果，用于前端判断是否需要继续轮询 */
            CollectingTotalResult?: boolean | null;
            /** @description 是否需要截断脚本内容 */
            ScriptContentTruncate?: boolean | null;
        };
        /** @description A key and a value. */
        KVMap: {
            /** @description The key. */
            K?: string;
            /** @description The value. */
            V?: string;
        };
        /** @description 键值对 */
        KVPair: {
            /** @description 键名 */
            K?: string | null;
            /** @description 值，请勿传SQL(请求会被视为攻击接口)，如果有需要，请将SQL进行Base64转码并解码。 */
            V?: string | null;
        };
        /** @description 键值对 */
        KVPairInput: {
            /** @description 键名 */
            K?: string;
            /** @description 值，请勿传SQL(请求会被视为攻击接口)，如果有需要，请将SQL进行Base64转码并解码。 */
            V?: string;
        };
        /** @description LineageNodeInfo  血缘关系实体 */
        LineageNodeInfo: {
            /** @description 当前资源 */
            Resource?: components["schemas"]["LineageResource"] | null;
            /** @description 关系 */
            Relation?: components["schemas"]["LineageRelation"] | null;
            /** @description 上游数量 */
            DownStreamCount?: number;
            /** @description 下游数量 */
            UpStreamCount?: number;
        };
        /** @description 血缘Pair对象 */
        LineagePair: {
            /** @description 来源 */
            Source?: components["schemas"]["LineageResouce"];
            /** @description 目标 */
            Target?: components["schemas"]["LineageResouce"];
            /** @description 血缘加工过程 */
            Processes?: components["schemas"]["LineageProcess"][];
        };
        /** @description 血缘Pair对象 */
        LineagePairInput: {
            /** @description 来源 */
            Source: components["schemas"]["LineageResouceInput"];
            /** @description 目标 */
            Target: components["schemas"]["LineageResouceInput"];
            /** @description 血缘加工过程 */
            Processes: components["schemas"]["LineageProcessInput"][];
        };
        /** @description LineageProcess 血缘产出过程 */
        LineageProcess: {
            /** @description 原始唯一ID */
            ProcessId?: string | null;
            /**
             * @description 任务类型
             *         //调度任务
             *         SCHEDULE_TASK,
             *         //集成任务
             *         INTEGRATION_TASK,
             *         //第三方上报
             *         THIRD_REPORT,
             *         //数据建模
             *         TABLE_MODEL,
             *         //模型创建指标
             *         MODEL_METRIC,
             *         //原子指标创建衍生指标
             *         METRIC_METRIC,
             *         //数据服务
             *         DATA_SERVICE
             */
            ProcessType?: string | null;
            /** @description WEDATA, THIRD; */
            Platform?: string | null;
            /**
             * @description 任务子类型
             *      SQL_TASK,
             *         //集成实时任务血缘
             *         INTEGRATED_STREAM,
             *         //集成离线任务血缘
             *         INTEGRATED_OFFLINE;
             */
            ProcessSubType?: string | null;
            /** @description 额外扩展参数 */
            ProcessProperties?: components["schemas"]["LineageProperty"][] | null;
            /** @description 血缘任务唯一节点ID */
            LineageNodeId?: string;
        };
        /** @description LineageProcess 血缘产出过程 */
        LineageProcessInput: {
            /** @description 原始唯一ID */
            ProcessId: string;
            /**
             * @description 任务类型
             *         //调度任务
             *         SCHEDULE_TASK,
             *         //集成任务
             *         INTEGRATION_TASK,
             *         //第三方上报
             *         THIRD_REPORT,
             *         //数据建模
             *         TABLE_MODEL,
             *         //模型创建指标
             *         MODEL_METRIC,
             *         //原子指标创建衍生指标
             *         METRIC_METRIC,
             *         //数据服务
             *         DATA_SERVICE
             */
            ProcessType: string;
            /** @description WEDATA, THIRD; */
            Platform: string;
            /**
             * @description 任务子类型
             *      SQL_TASK,
             *         //集成实时任务血缘
             *         INTEGRATED_STREAM,
             *         //集成离线任务血缘
             *         INTEGRATED_OFFLINE;
             */
            ProcessSubType?: string;
            /** @description 额外扩展参数 */
            ProcessProperties?: components["schemas"]["LineagePropertyInput"][];
            /** @description 血缘任务唯一节点ID */
            LineageNodeId?: string;
        };
        /** @description LineageProperty额外扩展参数 */
        LineageProperty: {
            /** @description 属性名称 */
            Name?: string | null;
            /** @description 属性值 */
            Value?: string | null;
        };
        /** @description LineageProperty额外扩展参数 */
        LineagePropertyInput: {
            /** @description 属性名称 */
            Name?: string;
            /** @description 属性值 */
            Value?: string;
        };
        /** @description LineageRelation 血缘关系 */
        LineageRelation: {
            /** @description 关联ID */
            RelationId?: string | null;
            /** @description 源端唯一血缘ID */
            SourceUniqueId?: string | null;
            /** @description 目标端唯一血缘ID */
            TargetUniqueId?: string | null;
            /** @description 血缘加工过程 */
            Processes?: components["schemas"]["LineageProcess"][] | null;
        };
        /** @description 血缘资源实体 */
        LineageResouce: {
            /**
             * @description 实体原始唯一ID\n
             *     备注：当血缘为表的列时候 唯一ID传表ResourceUniqueId::字段名称
             */
            ResourceUniqueId?: string | null;
            /**
             * @description 实体类型
             *     TABLE|METRIC|MODEL|SERVICE|COLUMN
             */
            ResourceType?: string | null;
            /**
             * @description 来源：WEDATA|THIRD
             *     默认wedata
             */
            Platform?: string | null;
            /** @description 业务名称：库名.表名｜指标名称｜模型名称|字段名称 */
            ResourceName?: string | null;
            /** @description 描述：表类型｜指标描述｜模型描述|字段描述 */
            Description?: string | null;
            /** @description 创建时间 */
            CreateTime?: string | null;
            /** @description 更新时间 */
            UpdateTime?: string | null;
            /** @description resource 额外扩展参数 */
            ResourceProperties?: components["schemas"]["LineageProperty"][] | null;
            /** @description 血缘节点唯一标识符号 */
            LineageNodeId?: string;
        };
        /** @description 血缘资源实体 */
        LineageResouceInput: {
            /**
             * @description 实体原始唯一ID\n
             *     备注：当血缘为表的列时候 唯一ID传表ResourceUniqueId::字段名称
             */
            ResourceUniqueId: string;
            /**
             * @description 实体类型
             *     TABLE|METRIC|MODEL|SERVICE|COLUMN
             */
            ResourceType: string;
            /**
             * @description 来源：WEDATA|THIRD
             *     默认wedata
             */
            Platform: string;
            /** @description 业务名称：库名.表名｜指标名称｜模型名称|字段名称 */
            ResourceName?: string;
            /** @description 描述：表类型｜指标描述｜模型描述|字段描述 */
            Description?: string;
            /** @description 创建时间 */
            CreateTime?: string;
            /** @description 更新时间 */
            UpdateTime?: string;
            /** @description resource 额外扩展参数 */
            ResourceProperties?: components["schemas"]["LineagePropertyInput"][];
            /** @description 血缘节点唯一标识符号 */
            LineageNodeId?: string;
        };
        /** @description 血缘资源实体 */
        LineageResource: {
            /** @description 实体原始唯一ID */
            ResourceUniqueId?: string | null;
            /** @description 业务名称：库名.表名｜指标名称｜模型名称|字段名称 */
            ResourceName?: string | null;
            /**
             * @description 实体类型
             *     TABLE|METRIC|MODEL|SERVICE|COLUMN
             */
            ResourceType?: string | null;
            /** @description 血缘节点唯一标识符号 */
            LineageNodeId?: string | null;
            /** @description 描述：表类型｜指标描述｜模型描述|字段描述 */
            Description?: string | null;
            /**
             * @description 来源：WEDATA|THIRD
             *     默认wedata
             */
            Platform?: string | null;
            /** @description 创建时间 */
            CreateTime?: string | null;
            /** @description 更新时间 */
            UpdateTime?: string | null;
            /** @description resource 额外扩展参数 */
            ResourceProperties?: components["schemas"]["LineageProperty"][] | null;
        };
        /** @description 告警信息列表 */
        ListAlarmMessages: {
            /** @description 页码 */
            PageNumber?: number;
            /** @description 分页大小 */
            PageSize?: number;
            /** @description 总条数 */
            TotalCount?: number;
            /** @description 总页数 */
            TotalPageNumber?: number;
            /** @description 告警信息列表 */
            Items?: components["schemas"]["AlarmMessage"][];
        };
        /** @description 查询告警规则列表 */
        ListAlarmRulesResult: {
            /** @description 分页的页数，当前页数 */
            PageNumber?: number;
            /** @description 每页显示的条数 */
            PageSize?: number;
            /** @description 分页总页数 */
            TotalPageNumber?: number;
            /** @description 所有的告警规则个数 */
            TotalCount?: number;
            /** @description 告警规则信息列表 */
            Items?: components["schemas"]["AlarmRuleData"][];
        };
        /** @description ListCatalogPage */
        ListCatalogPage: {
            /** @description 目录记录列表 */
            Items?: components["schemas"]["CatalogInfo"][];
            /** @description 分页总页数 */
            PageCount?: number;
            /** @description 分页大小 */
            PageSize?: number;
            /** @description 分页页码 */
            PageNumber?: number;
            /** @description 记录总数 */
            TotalCount?: number;
        };
        /** @description ListDatabasePage */
        ListDatabasePage: {
            /** @description 数据库记录列表 */
            Items?: components["schemas"]["DatabaseInfo"][];
            /** @description 分页总页数 */
            PageCount?: number;
            /** @description 分页大小 */
            PageSize?: number;
            /** @description 分页页码 */
            PageNumber?: number;
            /** @description 记录总数 */
            TotalCount?: number;
        };
        /** @description ListLineagePage */
        ListLineagePage: {
            /** @description 血缘记录列表 */
            Items?: components["schemas"]["LineageNodeInfo"][];
            /** @description 分页总页数 */
            PageCount?: number;
            /** @description 分页大小 */
            PageSize?: number;
            /** @description 分页页码 */
            PageNumber?: number;
            /** @description 记录总数 */
            TotalCount?: number;
        };
        /** @description 任务列表分页 */
        ListOpsTasksPage: {
            /** @description 结果总数 */
            TotalCount?: number | null;
            /** @description 总页数 */
            TotalPageNumber?: number | null;
            /** @description 记录列表 */
            Items?: components["schemas"]["TaskOpsInfo"][] | null;
            /** @description 页码 */
            PageNumber?: number | null;
            /** @description 分页大小 */
            PageSize?: number | null;
        };
        /** @description ListLineagePage */
        ListProcessLineagePage: {
            /** @description 血缘pair列表 */
            Items?: components["schemas"]["LineagePair"][];
            /** @description 分页总页数 */
            PageCount?: number;
            /** @description 分页大小 */
            PageSize?: number;
            /** @description 分页页码 */
            PageNumber?: number;
            /** @description 记录总数 */
            TotalCount?: number;
        };
        /** @description 规则组执行结果 */
        ListQualityRuleGroupExecResult: {
            /** @description 规则组执行ID */
            RuleGroupExecId?: number | null;
            /** @description 规则组ID */
            RuleGroupId?: number | null;
            /** @description 执行触发类型（1：手动触发， 2：调度事中触发，3：周期调度触发） */
            TriggerType?: number | null;
            /** @description 执行时间 yyyy-MM-dd HH:mm:ss */
            ExecTime?: string | null;
            /** @description 执行状态（1.已提交 2.检测中 3.正常 4.异常） */
            Status?: number | null;
            /** @description 异常规则数 */
            AlarmRuleCount?: number | null;
            /** @description 总规则数 */
            TotalRuleCount?: number | null;
            /** @description 源表负责人 */
            TableOwnerName?: string | null;
            /** @description 源表名称 */
            TableName?: string | null;
            /** @description 表id */
            TableId?: string | null;
            /** @description 数据库id */
            DatabaseId?: string | null;
            /** @description 数据源ID */
            DatasourceId?: string | null;
            /** @description 有无权限 */
            Permission?: boolean | null;
            /** @description 执行详情，调度计划或者关联生产任务ID */
            ExecDetail?: string | null;
            /** @description 实际执行引擎 */
            EngineType?: string | null;
            /** @description 规则执行结果 */
            RuleExecResultVOList?: components["schemas"]["QualityRuleExecResult"][] | null;
            /** @description 数据库名称 */
            DatabaseName?: string | null;
            /** @description 本地规则表id */
            RuleGroupTableId?: number | null;
            /** @description 集群部署类型 */
            ClusterDeployType?: string | null;
            /** @description 实例id */
            InstanceId?: string | null;
            /** @description 数据库所属环境，0.未定义，1.生产 2.开发 */
            DsEnvType?: number | null;
            /** @description 项目id */
            ProjectId?: string | null;
            /** @description 项目名称 */
            ProjectName?: string | null;
            /** @description 实例状态 */
            InstanceStatus?: string | null;
            /** @description 实例运行的开始时间 */
            StartTime?: string | null;
            /** @description 实例运行的结束时间 */
            FinishTime?: string | null;
            /** @description 监控名称 */
            RuleGroupName?: string | null;
            /** @description 判断是否屏蔽监控 0.屏蔽 1.不屏蔽 */
            RuleGroupExist?: number | null;
            /** @description 类目名 */
            BizCatalogName?: string | null;
            /** @description 类目id */
            BizCatalogId?: string | null;
            /** @description 失败原因 */
            FailMsg?: string | null;
        };
        /** @description 规则组执行结果分页 */
        ListQualityRuleGroupExecResultPage: {
            /** @description 记录数 */
            TotalCount?: number | null;
            /** @description 规则组执行结果 */
            Items?: components["schemas"]["ListQualityRuleGroupExecResult"][] | null;
        };
        /** @description ListSchemaPage */
        ListSchemaPage: {
            /** @description Schema记录列表 */
            Items?: components["schemas"]["SchemaInfo"][];
            /** @description 分页总页数 */
            PageCount?: number;
            /** @description 分页大小 */
            PageSize?: number;
            /** @description 分页页码 */
            PageNumber?: number;
            /** @description 记录总数 */
            TotalCount?: number;
        };
        /** @description ListTablePage */
        ListTablePage: {
            /** @description Schema记录列表 */
            Items?: components["schemas"]["TableInfo"][];
            /** @description 分页总页数 */
            PageCount?: number;
            /** @description 分页大小 */
            PageSize?: number;
            /** @description 分页页码 */
            PageNumber?: number;
            /** @description 记录总数 */
            TotalCount?: number;
        };
        /** @description 查询任务信息分页 */
        ListTaskInfo: {
            /** @description 任务数组 */
            Items?: components["schemas"]["TaskBaseAttribute"][] | null;
            /** @description 当前请求的数据页数 */
            PageNumber?: number | null;
            /** @description 当前请求的数据页条数 */
            PageSize?: number | null;
            /** @description 满足查询条件的数据总条数 */
            TotalCount?: number | null;
            /** @description 满足查询条件的数据总页数 */
            TotalPageNumber?: number | null;
        };
        /** @description 查询任务版本分页列表 */
        ListTaskVersions: {
            /** @description 记录列表 */
            Items?: components["schemas"]["TaskVersion"][] | null;
            /** @description 满足查询条件的数据总条数。 */
            TotalCount?: number | null;
            /** @description 满足查询条件的数据总页数。 */
            TotalPageNumber?: number | null;
            /** @description 当前页记录数 */
            PageCount?: number | null;
            /** @description 当前请求的数据页条数。 */
            PageSize?: number | null;
            /** @description 当前请求的数据页数。 */
            PageNumber?: number | null;
        };
        /** @description 查询任务信息分页 */
        ListTriggerTaskInfo: {
            /** @description 任务数组 */
            Items?: components["schemas"]["TriggerTaskBaseAttribute"][] | null;
            /** @description 当前请求的数据页数 */
            PageNumber?: number | null;
            /** @description 当前请求的数据页条数 */
            PageSize?: number | null;
            /** @description 满足查询条件的数据总条数 */
            TotalCount?: number | null;
            /** @description 满足查询条件的数据总页数 */
            TotalPageNumber?: number | null;
        };
        /** @description 查询任务版本分页列表 */
        ListTriggerTaskVersions: {
            /** @description 记录列表 */
            Items?: components["schemas"]["TriggerTaskVersion"][] | null;
            /** @description 满足查询条件的数据总条数。 */
            TotalCount?: number | null;
            /** @description 满足查询条件的数据总页数。 */
            TotalPageNumber?: number | null;
            /** @description 当前页记录数 */
            PageCount?: number | null;
            /** @description 当前请求的数据页条数。 */
            PageSize?: number | null;
            /** @description 当前请求的数据页数。 */
            PageNumber?: number | null;
        };
        /** @description 查询工作流分页列表 */
        ListTriggerWorkflowInfo: {
            /** @description 列表item */
            Items?: components["schemas"]["TriggerWorkflowInfo"][] | null;
            /** @description 满足查询条件的数据总页数 */
            TotalPageNumber?: number | null;
            /** @description 当前请求的数据页数 */
            PageNumber?: number | null;
            /** @description 当前请求的数据页条数 */
            PageSize?: number | null;
            /** @description 满足查询条件的数据总条数 */
            TotalCount?: number | null;
        };
        /** @description 查询工作流分页列表 */
        ListWorkflowInfo: {
            /** @description 列表item */
            Items?: components["schemas"]["WorkflowInfo"][] | null;
            /** @description 满足查询条件的数据总页数 */
            TotalPageNumber?: number | null;
            /** @description 当前请求的数据页数 */
            PageNumber?: number | null;
            /** @description 当前请求的数据页条数 */
            PageSize?: number | null;
            /** @description 满足查询条件的数据总条数 */
            TotalCount?: number | null;
        };
        /** @description 监控指标 */
        MetricData: {
            /**
             * @description 指标名称
             *
             *     - ConcurrencyUsage --- 并发使用率
             *     - CpuCoreUsage --- cpu使用率
             *     - CpuLoad --- cpu负载
             *     - DevelopQueueTask --- 正在队列中的开发任务数量
             *     - DevelopRunningTask --- 正在运行的开发任务数量
             *     - DevelopSchedulingTask --- 正在调度的开发任务数量
             *     - DiskUsage --- 磁盘使用情况
             *     - DiskUsed --- 磁盘已用量
             *     - MaximumConcurrency --- 最大并发
             *     - MemoryLoad --- 内存负载
             *     - MemoryUsage --- 内存使用量
             */
            MetricName?: string | null;
            /** @description 当前值 */
            SnapshotValue?: number | null;
            /** @description 指标趋势 */
            TrendList?: components["schemas"]["TrendData"][] | null;
        };
        /** @description 更新告警规则响应 */
        ModifyAlarmRuleResult: {
            /** @description 是否更新成功 */
            Status?: boolean;
        };
        /** @description 监控任务 */
        ModifyQualityRuleGroupResultVO: {
            /** @description 结果 */
            Result?: boolean | null;
        };
        /** @description 告警规则监控白名单配置 */
        MonitorWhiteTask: {
            /** @description 配置白名单的对应的工作流/项目的id */
            MonitorObjectId?: string;
            /** @description 白名单任务列表 */
            TaskIds?: string[];
        };
        /** @description notebook kernel session信息 */
        NotebookSessionInfo: {
            /** @description 会话ID */
            NotebookSessionId?: string;
            /** @description 会话名称 */
            NotebookSessionName?: string;
        };
        /** @description 告警疲劳告警配置 */
        NotificationFatigue: {
            /** @description 告警次数 */
            NotifyCount?: number;
            /** @description 告警间隔，分钟 */
            NotifyInterval?: number;
            /**
             * @description 免打扰时间，例如示例值
             *     [{DaysOfWeek: [1, 2], StartTime: "00:00:00", EndTime: "09:00:00"}]
             *     每周一、周二的00:00到09:00免打扰
             */
            QuietIntervals?: components["schemas"]["AlarmQuietInterval"][] | null;
        };
        /** @description 告警疲劳告警配置 */
        NotificationFatigueInput: {
            /** @description 告警次数 */
            NotifyCount?: number;
            /** @description 告警间隔，分钟 */
            NotifyInterval?: number;
            /**
             * @description 免打扰时间，例如示例值
             *     [{DaysOfWeek: [1, 2], StartTime: "00:00:00", EndTime: "09:00:00"}]
             *     每周一、周二的00:00到09:00免打扰
             */
            QuietIntervals?: components["schemas"]["AlarmQuietInterval"][];
        };
        /** @description OperateResult */
        OperateResult: {
            /** @description 操作结果1 成功 其他失败 */
            Status?: number;
        };
        /** @description The state of an asynchronous operation. */
        OpsAsyncJobDetail: {
            /** @description The project ID, a string of digits. */
            ProjectId?: string;
            /** @description The ID of the asynchronous operation; GetOpsAsyncJob reports on it. */
            AsyncId?: string;
            /** @description The kind of operation, for example `INSTANCE_KILL`. */
            AsyncType?: string;
            /** @description The state of the operation: `INIT`, `RUNNING`, `SUCCESS`, `FAIL` or `PART_SUCCESS`. The last three are final. */
            Status?: "INIT" | "RUNNING" | "SUCCESS" | "FAIL" | "PART_SUCCESS" | (string & {});
            /** @description What went wrong, when the operation failed. */
            ErrorDesc?: string | null;
            /** @description The number of sub-operations (one per instance). */
            TotalSubProcessCount?: number | null;
            /** @description The number of sub-operations finished. */
            FinishedSubProcessCount?: number | null;
            /** @description The number of sub-operations that succeeded. */
            SuccessSubProcessCount?: number | null;
            /** @description The account ID (UIN) of the operator. */
            CreateUserUin?: string | null;
            /** @description When the operation was created (observed both as `yyyy-MM-dd HH:mm:ss` and `yyyy-MM-ddTHH:mm:ss`). */
            CreateTime?: string;
            /** @description When the operation last changed (observed both as `yyyy-MM-dd HH:mm:ss` and `yyyy-MM-ddTHH:mm:ss`). */
            UpdateTime?: string;
        };
        /** @description The ID of a started asynchronous operation. */
        OpsAsyncResponse: {
            /** @description The ID of the asynchronous operation; GetOpsAsyncJob reports on it. */
            AsyncId?: string;
        };
        /** @description 依赖任务信息 */
        OpsTaskDepend: {
            /** @description 任务Id */
            TaskId?: string | null;
            /** @description 任务名称 */
            TaskName?: string | null;
            /** @description 工作流id */
            WorkflowId?: string | null;
            /** @description 工作流名称 */
            WorkflowName?: string | null;
            /** @description 项目id */
            ProjectId?: string | null;
            /** @description 项目名称 */
            ProjectName?: string | null;
            /**
             * @deprecated
             * @description 任务状态:
             *     - Y: 调度中
             *     - F: 已下线
             *     - O: 已暂停
             *     - T: 下线中
             *     - INVALID: 已失效
             */
            Status?: string | null;
            /**
             * @description 任务类型Id：
             *     * 21:JDBC SQL
             *     * 23:TDSQL-PostgreSQL
             *     * 26:OfflineSynchronization
             *     * 30:Python
             *     * 31:PySpark
             *     * 33:Impala
             *     * 34:Hive SQL
             *     * 35:Shell
             *     * 36:Spark SQL
             *     * 38:Shell Form Mode
             *     * 39:Spark
             *     * 40:TCHouse-P
             *     * 41:Kettle
             *     * 42:Tchouse-X
             *     * 43:TCHouse-X SQL
             *     * 46:DLC Spark
             *     * 47:TiOne
             *     * 48:Trino
             *     * 50:DLC PySpark
             *     * 92:MapReduce
             *     * 130:Branch Node
             *     * 131:Merged Node
             *     * 132:Notebook
             *     * 133:SSH
             *     * 134:StarRocks
             *     * 137:For-each
             *     * 138:Setats SQL
             */
            TaskTypeId?: number | null;
            /**
             * @description 任务类型描述
             *      - 20 :  通用数据同步
             *      - 25 :  ETLTaskType
             *      - 26 :  ETLTaskType
             *      - 30 :  python
             *      - 31 :  pyspark
             *      - 34 :  hivesql
             *      - 35 :  shell
             *      - 36 :  sparksql
             *      - 21 :  jdbcsql
             *      - 32 :  dlc
             *      - 33 :  ImpalaTaskType
             *      - 40 :  CDWTaskType
             *      - 41 :  kettle
             *      - 42 :  TCHouse-X
             *      - 43 :  TCHouse-X SQL
             *      - 46 :  dlcsparkTaskType
             *      - 47 :  TiOneMachineLearningTaskType
             *      - 48 :  Trino
             *      - 50 :  DLCPyspark
             *      - 23 :  TencentDistributedSQL
             *      - 39 :  spark
             *      - 92 :  MRTaskType
             *      - 38 :  ShellScript
             *      - 70 :  HiveSQLScrip
             *      - 130 :  分支
             *      - 131 :  归并
             *      - 132 :  Notebook探索
             *      - 133 :  SSH节点
             *      - 134 :  StarRocks
             *      - 137 :  For-each
             *      - 10000 :  自定义业务通用
             */
            TaskTypeDesc?: string | null;
            /** @description 文件夹名称 */
            FolderName?: string | null;
            /** @description 文件夹id */
            FolderId?: string | null;
            /** @description 最近提交时间 */
            FirstSubmitTime?: string | null;
            /** @description 首次运行时间 */
            FirstRunTime?: string | null;
            /** @description 调度计划展示描述信息 */
            ScheduleDesc?: string | null;
            /**
             * @description 任务周期类型
             *     * ONEOFF_CYCLE: 一次性
             *     * YEAR_CYCLE: 年
             *     * MONTH_CYCLE: 月
             *     * WEEK_CYCLE: 周
             *     * DAY_CYCLE: 天
             *     * HOUR_CYCLE: 小时
             *     * MINUTE_CYCLE: 分钟
             *     * CRONTAB_CYCLE: crontab表达式类型
             */
            CycleType?: string | null;
            /** @description 负责人 */
            OwnerUin?: string | null;
            /** @description 执行开始时间, 格式HH:mm, 如00:00 */
            ExecutionStartTime?: string | null;
            /** @description 执行结束时间, 格式HH:mm, 如23:59 */
            ExecutionEndTime?: string | null;
        };
        /** @description 工作流列表分页详情 */
        OpsWorkflow: {
            /** @description 任务数量 */
            TaskCount?: number;
            /** @description 文件名 */
            FolderName?: string | null;
            /** @description 工作流文件id */
            FolderId?: string;
            /** @description 工作流id */
            WorkflowId?: string;
            /** @description 工作流名称 */
            WorkflowName?: string | null;
            /**
             * @description 工作流类型
             *      - cycle周期
             *      - manual手动
             */
            WorkflowType?: string;
            /** @description 工作流描述 */
            WorkflowDesc?: string | null;
            /** @description 负责人userId,多个‘；’隔开 */
            OwnerUin?: string | null;
            /** @description 项目id */
            ProjectId?: string;
            /** @description 项目名称 */
            ProjectName?: string | null;
            /**
             * @deprecated
             * @description 工作流状态
             *     * ALL_RUNNING : 全部调度中
             *     * ALL_FREEZED : 全部已暂停
             *     * ALL_STOPPTED : 全部已下线
             *     * PART_RUNNING : 部分调度中
             *     * ALL_NO_RUNNING : 全部未调度
             *     * ALL_INVALID : 全部已失效
             */
            Status?: string;
            /** @description 工作流创建时间 */
            CreateTime?: string | null;
            /** @description 最近更新时间, 包含开发、生产变更 */
            UpdateTime?: string | null;
            /** @description 最近更新人，包含开发、生产变更 */
            UpdateUserUin?: string | null;
        };
        /** @description 工作流调度详情 */
        OpsWorkflowDetail: {
            /** @description 工作流ID */
            WorkflowId?: string | null;
            /** @description 工作流描述 */
            WorkflowDesc?: string | null;
            /**
             * @description 工作流类型：
             *      - cycle 周期；
             *      - manual手动
             */
            WorkflowType?: string | null;
            /** @description 创建时间 */
            CreateTime?: string | null;
            /** @description 创建人 */
            CreateUserUin?: string | null;
            /** @description 修改时间 */
            UpdateTime?: string | null;
            /** @description 延时执行时间,unit=minute */
            StartupTime?: number | null;
            /** @description 配置生效日期 开始日期 */
            StartTime?: string | null;
            /** @description 配置结束日期 结束日期 */
            EndTime?: string | null;
            /**
             * @description 任务周期类型
             *     * ONEOFF_CYCLE: 一次性
             *     * YEAR_CYCLE: 年
             *     * MONTH_CYCLE: 月
             *     * WEEK_CYCLE: 周
             *     * DAY_CYCLE: 天
             *     * HOUR_CYCLE: 小时
             *     * MINUTE_CYCLE: 分钟
             *     * CRONTAB_CYCLE: crontab表达式类型
             */
            CycleType?: string | null;
            /** @description 文件夹Id */
            FolderId?: string | null;
            /**
             * @description 任务实例初始化策略
             *      - T_PLUS_1（T+1）：延迟一天初始化
             *      - T_PLUS_0（T+0）：当天初始化
             *      - T_MINUS_1（T-1）：提前一天初始化
             */
            InstanceInitStrategy?: string | null;
            /** @description 调度计划释义 */
            SchedulerDesc?: string | null;
            /** @description 工作流首次提交时间 */
            FirstSubmitTime?: string | null;
            /** @description 工作流最近提交时间 */
            LatestSubmitTime?: string | null;
            /**
             * @deprecated
             * @description 工作流状态
             *     * ALL_RUNNING : 全部调度中
             *     * ALL_FREEZED : 全部已暂停
             *     * ALL_STOPPTED : 全部已下线
             *     * PART_RUNNING : 部分调度中
             *     * ALL_NO_RUNNING : 全部未调度
             *     * ALL_INVALID : 全部已失效
             */
            Status?: string | null;
            /** @description 负责人, 多个以‘；’隔开 */
            OwnerUin?: string | null;
            /** @description 工作流名称 */
            WorkflowName?: string | null;
        };
        /** @description 查询工作流分页列表 */
        OpsWorkflows: {
            /** @description 记录列表 */
            Items?: components["schemas"]["OpsWorkflow"][] | null;
            /** @description 结果总数 */
            TotalCount?: number | null;
            /** @description 总页数 */
            TotalPageNumber?: number | null;
            /** @description 分页大小 */
            PageSize?: number | null;
            /** @description 分页页码 */
            PageNumber?: number | null;
        };
        /** @description 通用排序字段 */
        OrderField: {
            /** @description 排序字段名称 */
            Name: string;
            /** @description 排序方向：ASC|DESC */
            Direction: string;
        };
        /** @description 参数传递-输出参数 */
        OutTaskParameter: {
            /** @description 参数名 */
            ParamKey?: string | null;
            /** @description 参数定义 */
            ParamValue?: string | null;
        };
        /** @description 参数传递-输出参数 */
        OutTaskParameterInput: {
            /** @description 参数名 */
            ParamKey: string;
            /** @description 参数定义 */
            ParamValue: string;
        };
        /** @description 页码参数 */
        Page: {
            /** @description 页大小 */
            PageSize?: number;
            /** @description 页码 */
            PageNumber?: number;
        };
        /** @description 角色列表分页信息 */
        PageRoles: {
            /** @description 角色信息 */
            Items?: components["schemas"]["SystemRole"][] | null;
            /** @description 页码 */
            PageNumber?: number | null;
            /** @description 分页大小 */
            PageSize?: number | null;
            /** @description 总个数 */
            TotalCount?: number | null;
            /** @description 总页码 */
            TotalPageNumber?: number | null;
        };
        /** @description 参数 */
        ParamInfo: {
            /** @description 参数名 */
            ParamKey: string;
            /** @description 参数值 */
            ParamValue: string;
        };
        /** @description 查询任务上游依赖详情分页 */
        ParentDependencyConfigPage: {
            /** @description 结果总数 */
            TotalCount?: number | null;
            /** @description 总页数 */
            TotalPageNumber?: number | null;
            /** @description 页码 */
            PageNumber?: number | null;
            /** @description 分页大小 */
            PageSize?: number | null;
            /** @description 分页数据 */
            Items?: components["schemas"]["OpsTaskDepend"][] | null;
        };
        /** @description 权限信息 */
        PrivilegeInfo: {
            /** @description 权限名称 */
            Name?: string | null;
            /** @description 权限展示名称 */
            DisplayName?: string | null;
            /** @description 权限描述 */
            Description?: string | null;
            /** @description 是否为读取权限 */
            IsRead?: boolean | null;
            /** @description 是否为管理权限 */
            IsManage?: boolean | null;
            /** @description 是否拥有此权限，检查权限时使用 */
            Granted?: boolean | null;
            /** @description 继承自哪个资源，查询权限详情时使用 */
            InheritedObject?: components["schemas"]["PrivilegeResource"] | null;
            /** @description 否继承获得，查询权限详情时使用 */
            Inherited?: boolean | null;
            /** @description 是否为编辑权限 */
            IsEdit?: boolean | null;
            /** @description 是否元数据权限（前端展示） */
            IsMetaDataPermission?: boolean;
            /**
             * @deprecated
             * @description CatalogID(废弃)
             */
            CatalogID?: string | null;
            /**
             * @deprecated
             * @description catalog名称(废弃)
             */
            CatalogName?: string | null;
            /**
             * @deprecated
             * @description 空间ID(废弃)
             */
            WorkSpaceID?: string | null;
            /**
             * @deprecated
             * @description 空间名称(废弃)
             */
            WorkSpaceName?: string | null;
        };
        /** @description 权限信息 */
        PrivilegeInfoInput: {
            /** @description 权限名称 */
            Name?: string;
            /** @description 权限展示名称 */
            DisplayName?: string;
            /** @description 权限描述 */
            Description?: string;
            /** @description 是否为读取权限 */
            IsRead?: boolean;
            /** @description 是否为管理权限 */
            IsManage?: boolean;
            /** @description 是否拥有此权限，检查权限时使用 */
            Granted?: boolean;
            /** @description 继承自哪个资源，查询权限详情时使用 */
            InheritedObject?: components["schemas"]["PrivilegeResourceInput"];
            /** @description 否继承获得，查询权限详情时使用 */
            Inherited?: boolean;
            /** @description 是否为编辑权限 */
            IsEdit?: boolean;
            /** @description 是否元数据权限（前端展示） */
            IsMetaDataPermission?: boolean;
            /**
             * @deprecated
             * @description CatalogID(废弃)
             */
            CatalogID?: string;
            /**
             * @deprecated
             * @description catalog名称(废弃)
             */
            CatalogName?: string;
            /**
             * @deprecated
             * @description 空间ID(废弃)
             */
            WorkSpaceID?: string;
            /**
             * @deprecated
             * @description 空间名称(废弃)
             */
            WorkSpaceName?: string;
        };
        /** @description 权限资源模型 */
        PrivilegeResource: {
            /** @description 资源类型 Catalog、Schema等 */
            ResourceType?: string | null;
            /** @description 资源URI */
            ResourceUri?: string | null;
        };
        /** @description 权限资源模型 */
        PrivilegeResourceInput: {
            /** @description 资源类型 Catalog、Schema等 */
            ResourceType?: string;
            /** @description 资源URI */
            ResourceUri?: string;
        };
        /** @description 项目信息 */
        Project: {
            /** @description 项目id */
            ProjectId?: string | null;
            /** @description 项目标识，英文名 */
            ProjectName?: string | null;
            /** @description 项目显示名称，可以为中文名 */
            DisplayName?: string | null;
            /** @description 备注 */
            Description?: string | null;
            /** @description 创建时间 */
            CreateTime?: string | null;
            /** @description 项目创建人id */
            CreatorUin?: string | null;
            /** @description 项目责任人id */
            ProjectOwnerUin?: string | null;
            /** @description 项目状态：0：禁用，1：启用，-3:禁用中，2：启用中 */
            Status?: number;
            /** @description 项目模式，SIMPLE：简单模式 STANDARD：标准模式 */
            ProjectModel?: string | null;
        };
        /** @description 查询数据源分页列表 */
        ProjectBrief: {
            /** @description 分页页码 */
            PageNumber?: number | null;
            /** @description 分页大小 */
            PageSize?: number | null;
            /** @description 数据源列表 */
            Items?: components["schemas"]["Project"][] | null;
            /** @description 总数 */
            TotalCount?: number | null;
            /** @description 总页码 */
            TotalPageNumber?: number | null;
        };
        /** @description 告警规则项目波动率告警配置信息 */
        ProjectInstanceStatisticsAlarmInfo: {
            /**
             * @description 告警类型
             *
             *     projectFailureInstanceUpwardFluctuationAlarm: 失败实例向上波动告警
             *
             *     projectSuccessInstanceDownwardFluctuationAlarm： 成功实例向下波动告警
             */
            AlarmType: string;
            /** @description 实例成功数向下波动比例告警阀值；实例失败数向上波动比例告警阀值 */
            InstanceThresholdCountPercent?: number;
            /** @description 累计实例数波动阀值 */
            InstanceThresholdCount?: number;
            /** @description 稳定性次数阈值(防抖动配置统计周期数) */
            StabilizeThreshold?: number;
            /** @description 稳定性统计周期(防抖动配置统计周期数) */
            StabilizeStatisticsCycle?: number;
            /** @description 是否累计计算,false:连续,true:累计 */
            IsCumulant?: boolean;
            /**
             * @description 当日累计实例数;
             *     当天失败实例数向下波动量
             */
            InstanceCount?: number;
        };
        /** @description 项目信息 */
        ProjectRequest: {
            /** @description 项目标识，英文名，以字母开头，可包含字母、数字和下划线，不能超过32个字符 */
            ProjectName: string;
            /** @description 项目显示名称，可以为中文名，以字母开头，可包含字母、数字和下划线，不能超过32个字符 */
            DisplayName: string;
            /** @description 项目模式，SIMPLE（默认）：简单模式 STANDARD：标准模式 */
            ProjectModel?: string;
        };
        /** @description 项目返回结果 */
        ProjectResult: {
            /** @description 返回的结果 true/false */
            Status?: boolean;
        };
        /** @description 项目的用户对象 */
        ProjectUserRole: {
            /** @description 租户id */
            AppId?: string | null;
            /** @description 主账号id */
            RootAccountId?: string | null;
            /** @description 用户id */
            UserUin?: string | null;
            /** @description 用户名 */
            UserName?: string | null;
            /** @description 显示名称 */
            DisplayName?: string | null;
            /** @description 用户角色对象 */
            Roles?: components["schemas"]["SystemRole"][] | null;
            /** @description 是否创建者 */
            IsCreator?: boolean | null;
            /** @description 创建时间 */
            CreateTime?: string | null;
            /** @description 是否项目负责人 */
            IsProjectOwner?: boolean | null;
            /** @description 手机号 */
            PhoneNum?: string | null;
            /** @description 邮箱 */
            Email?: string | null;
        };
        /** @description 项目下的用户集合 */
        ProjectUsersBrief: {
            /** @description 用户集合 */
            Items?: components["schemas"]["ProjectUserRole"][] | null;
            /** @description 分页大小 */
            PageSize?: number | null;
            /** @description 分页页码 */
            PageNumber?: number | null;
            /** @description 总数量 */
            TotalCount?: number | null;
            /** @description 总页码 */
            TotalPageNumber?: number | null;
        };
        /** @description 字段值变量 */
        QualityColumnValueConfig: {
            /** @description 字段值key */
            FieldKey?: string | null;
            /** @description 字段值 */
            FieldValue?: string | null;
            /** @description 字段值类型 */
            FieldDataType?: string | null;
        };
        /** @description 字段值变量 */
        QualityColumnValueConfigInput: {
            /** @description 字段值key */
            FieldKey?: string;
            /** @description 字段值 */
            FieldValue?: string;
            /** @description 字段值类型 */
            FieldDataType?: string;
        };
        /** @description 对比规则 */
        QualityCompareRule: {
            /** @description 比较条件列表 */
            Items?: components["schemas"]["QualityCompareRuleItem"][] | null;
            /** @description 周期性模板默认周期，单位秒 */
            CycleStep?: number | null;
            /** @description o 表示 或，a 表示 且，数字表示items下标 */
            ComputeExpression?: string | null;
        };
        /** @description 对比规则 */
        QualityCompareRuleInput: {
            /** @description 比较条件列表 */
            Items: components["schemas"]["QualityCompareRuleItemInput"][];
            /** @description 周期性模板默认周期，单位秒 */
            CycleStep?: number;
            /** @description o 表示 或，a 表示 且，数字表示items下标 */
            ComputeExpression?: string;
        };
        /** @description 比较条件 */
        QualityCompareRuleItem: {
            /** @description 比较类型【入参必填】，1.固定值  2.波动值  3.数值范围比较  4.枚举范围比较  5.不用比较   6.字段数据相关性  7.公平性 */
            CompareType?: number | null;
            /**
             * @description 比较操作类型【入参条件必填】，CompareType ∈ {1,2,6,7} 时必填
             *     <  <=  ==  =>  > !=
             *     IRLCRO:在区间内(左闭右开)
             *     IRLORC:在区间内(左开右闭)
             *     IRLCRC:在区间内(左闭右闭)
             *     IRLORO:在区间内(左开右开)
             *     NRLCRO:不在区间内(左闭右开)
             *     NRLORC:不在区间内(左开右闭)
             *     NRLCRC:不在区间内(左闭右闭)
             *     NRLORO:不在区间内(左开右开)
             */
            Operator?: string | null;
            /**
             * @description 质量统计值类型【入参条件必填】，当 CompareType ∈ {2,3,7} 时必填
             *     可选值：
             *     当 compareType = 2(波动值) 时：
             *       - 1 = 绝对值(ABS)
             *       - 2 = 上升(ASCEND)
             *       - 3 = 下降(DESCEND)
             *
             *     当 compareType = 3(数值范围) 时：
             *       - 4 = 范围内(WITH_IN_RANGE)
             *       - 5 = 范围外(OUT_OF_RANGE)
             *
             *     当 compareType = 7(公平性) 时：
             *       - 6 = 公平率(FAIRNESS_RATE)
             *       - 7 = 公平差(FAIRNESS_GAP)
             */
            ValueComputeType?: number | null;
            /** @description 比较阈值列表【入参必填】 */
            ValueList?: components["schemas"]["QualityThresholdValue"][] | null;
        };
        /** @description 比较条件 */
        QualityCompareRuleItemInput: {
            /** @description 比较类型【入参必填】，1.固定值  2.波动值  3.数值范围比较  4.枚举范围比较  5.不用比较   6.字段数据相关性  7.公平性 */
            CompareType?: number;
            /**
             * @description 比较操作类型【入参条件必填】，CompareType ∈ {1,2,6,7} 时必填
             *     <  <=  ==  =>  > !=
             *     IRLCRO:在区间内(左闭右开)
             *     IRLORC:在区间内(左开右闭)
             *     IRLCRC:在区间内(左闭右闭)
             *     IRLORO:在区间内(左开右开)
             *     NRLCRO:不在区间内(左闭右开)
             *     NRLORC:不在区间内(左开右闭)
             *     NRLCRC:不在区间内(左闭右闭)
             *     NRLORO:不在区间内(左开右开)
             */
            Operator?: string;
            /**
             * @description 质量统计值类型【入参条件必填】，当 CompareType ∈ {2,3,7} 时必填
             *     可选值：
             *     当 compareType = 2(波动值) 时：
             *       - 1 = 绝对值(ABS)
             *       - 2 = 上升(ASCEND)
             *       - 3 = 下降(DESCEND)
             *
             *     当 compareType = 3(数值范围) 时：
             *       - 4 = 范围内(WITH_IN_RANGE)
             *       - 5 = 范围外(OUT_OF_RANGE)
             *
             *     当 compareType = 7(公平性) 时：
             *       - 6 = 公平率(FAIRNESS_RATE)
             *       - 7 = 公平差(FAIRNESS_GAP)
             */
            ValueComputeType?: number;
            /** @description 比较阈值列表【入参必填】 */
            ValueList?: components["schemas"]["QualityThresholdValueInput"][];
        };
        /** @description 字段变量 */
        QualityFieldConfig: {
            /** @description 字段key */
            FieldKey?: string | null;
            /** @description 字段值 */
            FieldValue?: string | null;
            /** @description 字段值类型 */
            FieldDataType?: string | null;
            /** @description 字段值变量信息 */
            ValueConfig?: components["schemas"]["QualityColumnValueConfig"] | null;
        };
        /** @description 字段变量 */
        QualityFieldConfigInput: {
            /** @description 字段key */
            FieldKey?: string;
            /** @description 字段值 */
            FieldValue?: string;
            /** @description 字段值类型 */
            FieldDataType?: string;
            /** @description 字段值变量信息 */
            ValueConfig?: components["schemas"]["QualityColumnValueConfigInput"];
        };
        /** @description 数据质量生产调度任务业务实体 */
        QualityProdSchedulerTask: {
            /** @description 生产调度任务工作流ID */
            WorkflowId?: string | null;
            /** @description 生产调度任务Id */
            TaskId?: string | null;
            /** @description 生产调度任务名称 */
            TaskName?: string | null;
            /** @description 生产调度任务周期类型 */
            CycleType?: number | null;
            /** @description 生产任务类型 */
            TaskType?: string | null;
            /** @description 时区 */
            ScheduleTimeZone?: string | null;
            /** @description 负责人id */
            InChargeIdList?: string[] | null;
            /** @description 负责人name */
            InChargeNameList?: string[] | null;
        };
        /** @description 数据质量生产调度任务业务实体 */
        QualityProdSchedulerTaskInput: {
            /** @description 生产调度任务工作流ID */
            WorkflowId: string;
            /** @description 生产调度任务Id */
            TaskId: string;
            /** @description 生产调度任务名称 */
            TaskName: string;
            /** @description 生产调度任务周期类型 */
            CycleType?: number;
            /** @description 生产任务类型 */
            TaskType?: string;
            /** @description 时区 */
            ScheduleTimeZone?: string;
            /** @description 负责人id */
            InChargeIdList?: string[];
            /** @description 负责人name */
            InChargeNameList?: string[];
        };
        /** @description 数据质量规则 */
        QualityRule: {
            /** @description 规则ID */
            RuleId?: number | null;
            /** @description 规则组ID */
            RuleGroupId?: number | null;
            /** @description 数据表Id */
            TableId?: string | null;
            /** @description 规则名称 */
            Name?: string | null;
            /** @description 规则类型 1.系统模版, 2.自定义模版, 3.自定义SQL */
            Type?: number | null;
            /** @description 规则模板Id */
            RuleTemplateId?: number | null;
            /** @description 规则模板概述 */
            RuleTemplateContent?: string | null;
            /** @description 规则所属质量维度 1：准确性，2：唯一性，3：完整性，4：一致性，5：及时性，6：有效性 */
            QualityDim?: number | null;
            /** @description 规则适用的源数据对象类型（1：常量，2：离线表级，3：离线字段级别） */
            SourceObjectType?: number | null;
            /** @description 规则适用的源数据对象类型（1：数值，2：字符串） */
            SourceObjectDataType?: number | null;
            /** @description 源字段详细类型，INT、STRING */
            SourceObjectDataTypeName?: string | null;
            /** @description 源字段名称 */
            SourceObjectValue?: string | null;
            /** @description 检测范围 1.全表, 2.条件扫描 */
            ConditionType?: number | null;
            /** @description 条件扫描WHERE条件表达式 */
            ConditionExpression?: string | null;
            /** @description 自定义SQL */
            CustomSql?: string | null;
            /** @description 报警触发条件 */
            CompareRule?: components["schemas"]["QualityCompareRule"] | null;
            /** @description 报警触发级别 1.低, 2.中, 3.高 */
            AlarmLevel?: number | null;
            /** @description 规则描述 */
            Description?: string | null;
            /** @description 规则配置人 */
            Operator?: string | null;
            /** @description 目标库Id */
            TargetDatabaseId?: string | null;
            /** @description 目标库名称 */
            TargetDatabaseName?: string | null;
            /** @description 目标表Id */
            TargetTableId?: string | null;
            /** @description 目标表名称 */
            TargetTableName?: string | null;
            /** @description 目标字段过滤条件表达式 */
            TargetConditionExpr?: string | null;
            /** @description 源字段与目标字段关联条件on表达式 */
            RelConditionExpr?: string | null;
            /** @description 自定义模版sql表达式参数 */
            FieldConfig?: components["schemas"]["QualityRuleFieldConfig"] | null;
            /** @description 是否关联多表 */
            MultiSourceFlag?: boolean | null;
            /** @description 是否where参数 */
            WhereFlag?: boolean | null;
            /** @description 模版原始SQL */
            TemplateSql?: string | null;
            /** @description 模版子维度：0.父维度类型,1.一致性: 枚举范围一致性,2.一致性：数值范围一致性,3.一致性：字段数据相关性 */
            SubQualityDim?: number | null;
            /** @description 规则适用的目标数据对象类型（1：常量，2：离线表级，3：离线字段级别） */
            TargetObjectType?: number | null;
            /** @description 规则适用的目标数据对象类型（1：数值，2：字符串） */
            TargetObjectDataType?: number | null;
            /** @description 目标字段详细类型，INT、STRING */
            TargetObjectDataTypeName?: string | null;
            /** @description 目标字段名称 */
            TargetObjectValue?: string | null;
            /** @description 源端对应的引擎类型 */
            SourceEngineTypes?: number[] | null;
            /** @description 表名称 */
            TableName?: string | null;
            /** @description 表负责人名称 */
            TableOwnerName?: string | null;
            /** @description 执行策略信息 */
            ExecStrategy?: components["schemas"]["QualityRuleGroupExecStrategy"] | null;
            /** @description 订阅信息 */
            Subscription?: components["schemas"]["QualityRuleGroupSubscribe"] | null;
            /** @description 创建时间 */
            CreateTime?: string | null;
            /** @description 数据源 id */
            DatasourceId?: number | null;
            /** @description 数据库 id */
            DatabaseId?: string | null;
            /** @description 监控是否开启.0false,1true */
            MonitorStatus?: number | null;
            /** @description 触发条件 */
            TriggerCondition?: string | null;
            /** @description 0或者未返回或者null：未定义，1：生产，2：开发 */
            DsEnvType?: number | null;
            /** @description 数据源类型 */
            DatasourceType?: number | null;
            /** @description 模式名称 */
            SchemaName?: string | null;
            /** @description 目标模式名称 */
            TargetSchemaName?: string | null;
            /** @description 项目id */
            ProjectId?: string | null;
            /** @description 项目名称 */
            ProjectName?: string | null;
            /** @description 更新时间 */
            UpdateTime?: string | null;
            /** @description 数据源名称 */
            DatasourceName?: string | null;
            /** @description 数据库名称 */
            DatabaseName?: string | null;
            /** @description 失败原因 */
            FailMsg?: string | null;
            /** @description 任务类型 */
            GroupType?: string | null;
            /** @description 编排任务id */
            AspectTaskId?: string | null;
            /** @description 数据目录 */
            CatalogName?: string | null;
            /** @description 目标表的数据目录 */
            TargetCatalogName?: string | null;
        };
        /** @description 批量创建规则时的单条数据创建结果 */
        QualityRuleCreateResult: {
            /** @description 操作结果文案 */
            Msg?: string | null;
            /** @description 操作结果 */
            Success?: boolean | null;
            /** @description 规则名 */
            Name?: string | null;
            /** @description 规则组id */
            RuleGroupId?: number | null;
            /** @description 本地表id */
            RuleGroupTableId?: number | null;
            /** @description 规则id */
            RuleId?: number | null;
        };
        /** @description 规则执行结果 */
        QualityRuleExecResult: {
            /** @description 规则执行ID */
            RuleExecId?: number | null;
            /** @description 规则组执行ID */
            RuleGroupExecId?: number | null;
            /** @description 规则组ID */
            RuleGroupId?: number | null;
            /** @description 规则ID */
            RuleId?: number | null;
            /** @description 规则名称 */
            RuleName?: string | null;
            /** @description 规则类型 1.系统模版, 2.自定义模版, 3.自定义SQL */
            RuleType?: number | null;
            /** @description 源字段详细类型，int string */
            SourceObjectDataTypeName?: string | null;
            /** @description 源字段名称 */
            SourceObjectValue?: string | null;
            /** @description 条件扫描WHERE条件表达式 */
            ConditionExpression?: string | null;
            /** @description 检测结果（1:检测通过，2：触发规则，3：检测失败） */
            ExecResultStatus?: number | null;
            /** @description 触发结果，告警发送成功, 阻断任务成功 */
            TriggerResult?: string | null;
            /** @description 对比结果 */
            CompareResult?: components["schemas"]["CompareQualityResult"] | null;
            /** @description 模版名称 */
            TemplateName?: string | null;
            /** @description 质量维度 */
            QualityDim?: number | null;
            /** @description 目标表-库表名称 */
            TargetDBTableName?: string | null;
            /** @description 目标表-字段名称 */
            TargetObjectValue?: string | null;
            /** @description 目标表-字段类型 */
            TargetObjectDataType?: string | null;
            /** @description 自定义模版sql表达式参数 */
            FieldConfig?: components["schemas"]["QualityRuleFieldConfig"] | null;
            /** @description 源字段与目标字段关联条件on表达式 */
            RelConditionExpr?: string | null;
            /** @description 执行时间 */
            StartTime?: string | null;
            /** @description 1/2/3:低/中/高 */
            AlarmLevel?: number | null;
            /** @description 触发条件 */
            TriggerCondition?: string | null;
            /** @description 任务名称 */
            RuleGroupName?: string | null;
            /** @description 数据源ID */
            DatasourceId?: string | null;
            /** @description 数据源名称 */
            DatasourceName?: string | null;
            /** @description 数据库名称 */
            DatabaseName?: string | null;
            /** @description 模式名称 */
            SchemaName?: string | null;
            /** @description 表名称 */
            TableName?: string | null;
            /** @description 判断是否屏蔽监控 0.屏蔽 1.不屏蔽 */
            RuleGroupExist?: number | null;
            /** @description 数据源类型 */
            DatasourceType?: number | null;
            /** @description 数据表id */
            RuleGroupTableId?: number | null;
            /** @description 监控方式 1.未配置, 2.关联生产调度, 3.离线周期检测 */
            MonitorType?: number | null;
            /** @description 执行结束时间 */
            FinishTime?: string | null;
            /** @description 监控任务类型 */
            GroupType?: string | null;
            /** @description 编排任务ID */
            AspectTaskId?: string | null;
            /** @description 数据目录 */
            CatalogName?: string | null;
        };
        /** @description 规则变量替换 */
        QualityRuleFieldConfig: {
            /** @description where变量 */
            WhereConfig?: components["schemas"]["QualityFieldConfig"][] | null;
            /** @description 库表变量 */
            TableConfig?: components["schemas"]["QualityTableConfig"][] | null;
        };
        /** @description 规则变量替换 */
        QualityRuleFieldConfigInput: {
            /** @description where变量 */
            WhereConfig?: components["schemas"]["QualityFieldConfigInput"][];
            /** @description 库表变量 */
            TableConfig?: components["schemas"]["QualityTableConfigInput"][];
        };
        /** @description 数据质量监控任务 */
        QualityRuleGroup: {
            /** @description 规则组Id */
            RuleGroupId?: number | null;
            /** @description 数据源Id */
            DatasourceId?: string | null;
            /** @description 数据源名称 */
            DatasourceName?: string | null;
            /** @description 数据源类型 */
            DatasourceType?: number | null;
            /** @description 监控类型 1.未配置, 2.关联生产调度, 3.离线周期检测 */
            MonitorType?: number | null;
            /** @description 更新时间 */
            UpdateTime?: string | null;
            /** @description 关联数据表名称 */
            TableName?: string | null;
            /** @description 关联数据表Id */
            TableId?: string | null;
            /** @description 关联数据表负责人 */
            TableOwnerName?: string | null;
            /** @description 执行策略 */
            ExecStrategy?: components["schemas"]["QualityRuleGroupExecStrategy"] | null;
            /** @description 订阅信息 */
            Subscription?: components["schemas"]["QualityRuleGroupSubscribe"] | null;
            /** @description 数据库id */
            DatabaseId?: string | null;
            /** @description 数据库名称 */
            DatabaseName?: string | null;
            /** @description 模式名称 */
            SchemaName?: string | null;
            /** @description 是否有权限 */
            Permission?: boolean | null;
            /** @description 已经配置的规则数量 */
            RuleCount?: number | null;
            /** @description 监控状态 */
            MonitorStatus?: boolean | null;
            /** @description 表负责人UserId */
            TableOwnerUserId?: number | null;
            /** @description 实例ID */
            InstanceId?: string | null;
            /** @description 创建时间 */
            CreateTime?: string | null;
            /** @description 是否已配置执行策略 */
            StrategyConfig?: boolean | null;
            /** @description 是否已配置执行策略 */
            SubscribeConfig?: boolean | null;
            /** @description 数据源环境：0或者未返回.未定义，1.生产 2.开发 */
            DsEnvType?: number | null;
            /** @description EMR集群部署方式：CVM/TKE */
            ClusterDeployType?: string | null;
            /** @description 任务名称 */
            Name?: string | null;
            /** @description 执行详情 */
            ExecDetail?: string | null;
            /** @description 事中关联任务数量 */
            PipelineTaskCount?: number | null;
            /** @description 有效规则数 */
            EnableRuleCount?: number | null;
            /** @description 任务描述 */
            Description?: string | null;
            /** @description 监控创建人 */
            CreateUserName?: string | null;
            /** @description 任务类型 */
            GroupType?: string | null;
            /** @description 任务id */
            AspectTaskId?: string | null;
            /** @description 数据目录名称 */
            CatalogName?: string | null;
        };
        /** @description 任务配置 */
        QualityRuleGroupConfig: {
            /**
             * @description 分析类型，可选值：
             *     INFERENCE-推理表
             *     TIME_SERIES-时序表
             *     SNAPSHOT-快照表
             */
            AnalysisType?: string | null;
            /**
             * @description 模型检测类型，分析类型为推理表（INFERENCE）时必填，可选值：
             *     CLAASSIFICATION-分类
             *     REGRESSION-回归
             */
            ModelMonitorType?: string | null;
            /** @description 预测列 */
            PredictColumn?: string | null;
            /** @description 预测列类型 */
            PredictColumnType?: string | null;
            /** @description 标签列 */
            LabelColumn?: string | null;
            /** @description 标签列类型 */
            LabelColumnType?: string | null;
            /** @description 模型id列 */
            ModelIdColumn?: string | null;
            /** @description 模型id列类型 */
            ModelIdColumnType?: string | null;
            /** @description 时间戳列 */
            TimestampColumn?: string | null;
            /** @description 时间戳列类型 */
            TimestampColumnType?: string | null;
            /** @description 指标粒度 */
            Granularity?: number | null;
            /** @description 指标粒度单位 */
            GranularityType?: string | null;
            /** @description 基准表 */
            BaseTable?: string | null;
            /** @description 基准库 */
            BaseDb?: string | null;
            /** @description 对比列 */
            ComparisonColumn?: string | null;
            /** @description 对比列类型 */
            ComparisonColumnType?: string | null;
            /** @description 保护组 */
            ProtectionValue?: string | null;
            /** @description 正类值 */
            PositiveValue?: string | null;
            /** @description 特征列 */
            FeatureColumn?: string | null;
        };
        /** @description 任务配置 */
        QualityRuleGroupConfigInput: {
            /**
             * @description 分析类型，可选值：
             *     INFERENCE-推理表
             *     TIME_SERIES-时序表
             *     SNAPSHOT-快照表
             */
            AnalysisType?: string;
            /**
             * @description 模型检测类型，分析类型为推理表（INFERENCE）时必填，可选值：
             *     CLAASSIFICATION-分类
             *     REGRESSION-回归
             */
            ModelMonitorType?: string;
            /** @description 预测列 */
            PredictColumn?: string;
            /** @description 预测列类型 */
            PredictColumnType?: string;
            /** @description 标签列 */
            LabelColumn?: string;
            /** @description 标签列类型 */
            LabelColumnType?: string;
            /** @description 模型id列 */
            ModelIdColumn?: string;
            /** @description 模型id列类型 */
            ModelIdColumnType?: string;
            /** @description 时间戳列 */
            TimestampColumn?: string;
            /** @description 时间戳列类型 */
            TimestampColumnType?: string;
            /** @description 指标粒度 */
            Granularity?: number;
            /** @description 指标粒度单位 */
            GranularityType?: string;
            /** @description 基准表 */
            BaseTable?: string;
            /** @description 基准库 */
            BaseDb?: string;
            /** @description 对比列 */
            ComparisonColumn?: string;
            /** @description 对比列类型 */
            ComparisonColumnType?: string;
            /** @description 保护组 */
            ProtectionValue?: string;
            /** @description 正类值 */
            PositiveValue?: string;
            /** @description 特征列 */
            FeatureColumn?: string;
        };
        /** @description 质量监控任务执行策略 */
        QualityRuleGroupExecStrategy: {
            /** @description 监控类型 2.关联生产调度, 3.离线周期检测 */
            MonitorType?: number | null;
            /** @description 执行资源组ID */
            ExecutorGroupId?: string | null;
            /** @description 监控任务名称 */
            RuleGroupName?: string | null;
            /** @description 数据库名称 */
            DatabaseName?: string | null;
            /** @description 数据源id */
            DatasourceId?: string | null;
            /** @description 表名称 */
            TableName?: string | null;
            /** @description 监控任务的Id，编辑更新监控任务时必填 */
            RuleGroupId?: number | null;
            /** @description 计算队列，数据源为HIVE、ICEBERG、DLC时必填，数据源为DLC时，该字段填写DLC数据引擎名称 */
            ExecQueue?: string | null;
            /** @description 执行资源组名称 */
            ExecutorGroupName?: string | null;
            /** @description 关联的生产调度任务列表，MonitorType=2时必填 */
            Tasks?: components["schemas"]["QualityProdSchedulerTask"][] | null;
            /** @description 周期开始时间，MonitorType=3时必填 */
            StartTime?: string | null;
            /** @description 周期结束时间，MonitorType=3时必填 */
            EndTime?: string | null;
            /**
             * @description 调度周期类型，MonitorType=3时必填，具体可填值参考：
             *     I：按分钟调度
             *     H：按小时调度
             *     D：按天调度
             *     W：按周调度
             *     M：按月调度
             */
            CycleType?: string | null;
            /**
             * @description 延迟调度时间，MonitorType=3时必填，主要用于调度周期为天/周/月的任务，
             *     计量单位为分钟，比如天任务需要延迟到02:00执行，则该字段值为120，表示延迟2小时（120分钟）
             *     对于小时/分钟任务，该字段无意义，填固定值0，否则字段校验不通过
             */
            DelayTime?: number | null;
            /**
             * @description 间隔，MonitorType=3时必填，表示周期任务间隔时间
             *     周/月/天任务可选：1
             *     分钟任务可选：10，20，30
             *     小时任务可选：1，2，3，4，6，8，12
             */
            CycleStep?: number | null;
            /**
             * @description 时间指定，主要用于调度周期为周/月的任务
             *     调度周期为周时：含义为指定周几运行，可选多个，英文逗号隔开
             *     可填1,2...7，依次代表周日，周一...周六，例如填“1,2”，表示周日、周一执行；
             *
             *     调度周期为月时，含义为指定每月的几号运行，可选多个，英文逗号隔开
             *     可填1,2,...,31，依次代表1号，2号...31号，例如填“1,2”，表示每月的1号、2号执行
             */
            TaskAction?: string | null;
            /** @description 运行的执行引擎，不传时会请求该数据源下默认的执行引擎 */
            ExecEngineType?: string | null;
            /** @description 执行计划 */
            ExecPlan?: string | null;
            /** @description 规则id */
            RuleId?: number | null;
            /** @description 规则名称 */
            RuleName?: string | null;
            /**
             * @description 触发类型，主要用于“关联生产调度”（MonitorType=2）的监控任务，可选值：
             *     CYCLE：周期调度
             *     MAKE_UP：补录
             *     RERUN：重跑
             */
            TriggerTypes?: string[] | null;
            /** @description 数据源为DLC时，对应DLC资源组，根据ExecQueue中填的DLC引擎名称，选择对应引擎下的资源组 */
            DlcGroupName?: string | null;
            /** @description schema名称 */
            SchemaName?: string | null;
            /** @description 任务描述 */
            Description?: string | null;
            /** @description 时区，默认为UTC+8 */
            ScheduleTimeZone?: string | null;
            /** @description 任务监控参数 */
            GroupConfig?: components["schemas"]["QualityRuleGroupConfig"] | null;
            /** @description 引擎参数 */
            EngineParam?: string | null;
            /** @description 数据目录名称，不填默认为DataLakeCatalog（更新质量监控时该参数无效） */
            CatalogName?: string | null;
        };
        /** @description 质量监控任务执行策略 */
        QualityRuleGroupExecStrategyInput: {
            /** @description 监控类型 2.关联生产调度, 3.离线周期检测 */
            MonitorType: number;
            /** @description 执行资源组ID */
            ExecutorGroupId: string;
            /** @description 监控任务名称 */
            RuleGroupName: string;
            /** @description 数据库名称 */
            DatabaseName: string;
            /** @description 数据源id */
            DatasourceId: string;
            /** @description 表名称 */
            TableName: string;
            /** @description 监控任务的Id，编辑更新监控任务时必填 */
            RuleGroupId?: number;
            /** @description 计算队列，数据源为HIVE、ICEBERG、DLC时必填，数据源为DLC时，该字段填写DLC数据引擎名称 */
            ExecQueue?: string;
            /** @description 执行资源组名称 */
            ExecutorGroupName?: string;
            /** @description 关联的生产调度任务列表，MonitorType=2时必填 */
            Tasks?: components["schemas"]["QualityProdSchedulerTaskInput"][];
            /** @description 周期开始时间，MonitorType=3时必填 */
            StartTime?: string;
            /** @description 周期结束时间，MonitorType=3时必填 */
            EndTime?: string;
            /**
             * @description 调度周期类型，MonitorType=3时必填，具体可填值参考：
             *     I：按分钟调度
             *     H：按小时调度
             *     D：按天调度
             *     W：按周调度
             *     M：按月调度
             */
            CycleType?: string;
            /**
             * @description 延迟调度时间，MonitorType=3时必填，主要用于调度周期为天/周/月的任务，
             *     计量单位为分钟，比如天任务需要延迟到02:00执行，则该字段值为120，表示延迟2小时（120分钟）
             *     对于小时/分钟任务，该字段无意义，填固定值0，否则字段校验不通过
             */
            DelayTime?: number;
            /**
             * @description 间隔，MonitorType=3时必填，表示周期任务间隔时间
             *     周/月/天任务可选：1
             *     分钟任务可选：10，20，30
             *     小时任务可选：1，2，3，4，6，8，12
             */
            CycleStep?: number;
            /**
             * @description 时间指定，主要用于调度周期为周/月的任务
             *     调度周期为周时：含义为指定周几运行，可选多个，英文逗号隔开
             *     可填1,2...7，依次代表周日，周一...周六，例如填“1,2”，表示周日、周一执行；
             *
             *     调度周期为月时，含义为指定每月的几号运行，可选多个，英文逗号隔开
             *     可填1,2,...,31，依次代表1号，2号...31号，例如填“1,2”，表示每月的1号、2号执行
             */
            TaskAction?: string;
            /** @description 运行的执行引擎，不传时会请求该数据源下默认的执行引擎 */
            ExecEngineType?: string;
            /** @description 执行计划 */
            ExecPlan?: string;
            /** @description 规则id */
            RuleId?: number;
            /** @description 规则名称 */
            RuleName?: string;
            /**
             * @description 触发类型，主要用于“关联生产调度”（MonitorType=2）的监控任务，可选值：
             *     CYCLE：周期调度
             *     MAKE_UP：补录
             *     RERUN：重跑
             */
            TriggerTypes?: string[];
            /** @description 数据源为DLC时，对应DLC资源组，根据ExecQueue中填的DLC引擎名称，选择对应引擎下的资源组 */
            DlcGroupName?: string;
            /** @description schema名称 */
            SchemaName?: string;
            /** @description 任务描述 */
            Description?: string;
            /** @description 时区，默认为UTC+8 */
            ScheduleTimeZone?: string;
            /** @description 任务监控参数 */
            GroupConfig?: components["schemas"]["QualityRuleGroupConfigInput"];
            /** @description 引擎参数 */
            EngineParam?: string;
            /** @description 数据目录名称，不填默认为DataLakeCatalog（更新质量监控时该参数无效） */
            CatalogName?: string;
        };
        /** @description 质量监控分页 */
        QualityRuleGroupPage: {
            /** @description 总数 */
            TotalCount?: number | null;
            /** @description 质量监控列表 */
            Items?: components["schemas"]["QualityRuleGroup"][] | null;
        };
        /** @description 任务创建结果 */
        QualityRuleGroupResult: {
            /** @description 任务id */
            Id?: number | null;
            /** @description 任务名称 */
            Name?: string | null;
            /** @description 监控表id */
            RuleGroupTableId?: number | null;
            /** @description 数据源ID */
            DatasourceId?: string | null;
            /** @description 数据库名称 */
            DatabaseName?: string | null;
            /** @description 模式名称 */
            SchemaName?: string | null;
            /** @description 表名称 */
            TableName?: string | null;
            /** @description 监控类型：1.未配置, 2.关联生产调度, 3.离线周期检测 */
            MonitorType?: number | null;
            /** @description 执行描述 */
            ExecDetail?: string | null;
            /** @description 失败原因 */
            FailMsg?: string | null;
            /** @description 数据目录名称 */
            CatalogName?: string | null;
        };
        /** @description 数据质量规则组订阅信息 */
        QualityRuleGroupSubscribe: {
            /** @description 规则组Id */
            RuleGroupId?: number | null;
            /** @description 订阅接收人列表 */
            Receivers?: components["schemas"]["QualitySubscribeReceiver"][] | null;
            /** @description 订阅方式 1.邮件email  2.短信sms */
            SubscribeType?: number[] | null;
            /** @description 群机器人配置的webhook信息 */
            WebHooks?: components["schemas"]["QualitySubscribeWebHook"][] | null;
            /** @description 规则Id */
            RuleId?: number | null;
            /** @description 规则名称 */
            RuleName?: string | null;
            /** @description 发送对象 */
            AlarmMessageRule?: string | null;
        };
        /** @description 规则表 */
        QualityRuleGroupTableV2: {
            /** @description id */
            Id?: number | null;
            /** @description 规则组id */
            RuleGroupId?: number | null;
            /** @description 表id */
            TableId?: string | null;
            /** @description 表名称 */
            TableName?: string | null;
            /** @description 模式名称 */
            SchemaName?: string | null;
            /** @description 表负责人id */
            TableOwnerUserId?: number | null;
            /** @description 表负责人名称 */
            TableOwnerName?: string | null;
            /** @description 数据源id */
            DatasourceId?: string | null;
            /** @description 数据源名称 */
            DatasourceName?: string | null;
            /** @description 数据库名称 */
            DatabaseId?: string | null;
            /** @description 数据库名称 */
            DatabaseName?: string | null;
            /** @description 数据源类型 */
            DatasourceType?: number | null;
            /** @description 实例id */
            InstanceId?: string | null;
            /** @description 监控数量 */
            RuleGroupCount?: number | null;
            /** @description 规则数量 */
            RuleCount?: number | null;
            /** @description 创建时间 */
            CreateTime?: string | null;
            /** @description 更新时间 */
            UpdateTime?: string | null;
            /** @description 生效监控数量 */
            EnableRuleGroupCount?: number | null;
            /** @description 数据目录名称 */
            CatalogName?: string | null;
        };
        /** @description 规则组分页 */
        QualityRuleGroupsTableVO: {
            /** @description 记录数 */
            TotalCount?: number | null;
            /** @description 监控对象列表 */
            Items?: components["schemas"]["QualityRuleGroupTableV2"][] | null;
        };
        /** @description 数据质量规则 */
        QualityRuleInfo: {
            /** @description 规则名称 */
            Name: string;
            /**
             * @description 规则类型
             *     1：系统模版
             *     2：自定义模版
             *     3：自定义SQL
             */
            Type: number;
            /** @description 数据源Id */
            DatasourceId: string;
            /** @description 数据库名称 */
            DatabaseName: string;
            /** @description 报警触发条件 */
            CompareRule: components["schemas"]["QualityCompareRuleInput"];
            /** @description 报警触发级别 1.低, 2.中, 3.高 */
            AlarmLevel: number;
            /**
             * @description 该规则支持的执行引擎列表，可选值如下：
             *     1 - MYSQL
             *     2 - HIVE
             *     4 - SPARK
             *     8 - LIVY
             *     16 - DLC
             *     32 - GBASE
             *     64 - TCHouse-P
             *     128 - DORIS
             *     256 - TCHouse-D
             *     512 - EMR_STARROCKS
             *     1024 - TCHouse-X
             */
            SourceEngineTypes: number[];
            /** @description 表名称，TableId和TableName至少填一个 */
            TableName?: string;
            /** @description 规则模板id，【条件必填】当Type≠3（自定义SQL）时必填 */
            RuleTemplateId?: number;
            /** @description 规则所属质量维度，Type=3（自定义SQL）时必填（1：准确性，2：唯一性，3：完整性，4：一致性，5：及时性，6：有效性） */
            QualityDim?: number;
            /** @description 项目id */
            ProjectId?: string;
            /** @description 规则组Id */
            RuleGroupId?: number;
            /** @description 数据表ID，TableId和TableName至少要有一个 */
            TableId?: string;
            /**
             * @description 源数据对象（表、字段等）详细类型，【条件必填】当Type=1（系统模板）时必填
             *     表对应固定值“table”（模板是表级的）
             *     字段则是对应字段类型：int、string等（模板是字段级的）
             */
            SourceObjectDataTypeName?: string;
            /** @description 源数据对象（表、字段等）名称，【条件必填】当Type=1（系统模板）时必填 */
            SourceObjectValue?: string;
            /**
             * @description 检测范围，【条件必填】当Type=1（系统模板）或2（自定义模板）时必填。
             *     1.全表
             *     2.条件扫描
             *     注意：CompareType为2（波动值）或 使用用户自定义模板时包含过滤条件${FILTER}时，检测范围必须为2条件扫描
             */
            ConditionType?: number;
            /** @description 条件扫描WHERE条件表达式，【条件必填】ConditionType=2(条件扫描)时必填 */
            ConditionExpression?: string;
            /** @description 自定义SQL（Base64编码），【条件必填】Type=3（自定义SQL）时必填 */
            CustomSql?: string;
            /** @description 规则描述 */
            Description?: string;
            /** @description 数据库Id */
            DatabaseId?: string;
            /** @description 目标库Id */
            TargetDatabaseId?: string;
            /** @description 目标表Id */
            TargetTableId?: string;
            /** @description 目标过滤条件表达式 */
            TargetConditionExpr?: string;
            /** @description 源字段与目标字段关联条件on表达式，【条件必填】仅在字段数据相关性规则时必填（ruleTemplate中qualityDim=4(一致性) 且 subQualityDim=3(字段数据相关性)），例如sourceTable.model_id=targetTable.model_id */
            RelConditionExpr?: string;
            /** @description 自定义模版sql表达式字段替换参数，【条件必填】Type=2（自定义模板）时必填 */
            FieldConfig?: components["schemas"]["QualityRuleFieldConfigInput"];
            /** @description 目标字段名称  CITY */
            TargetObjectValue?: string;
            /** @description 下标，新增时区分不同数据 */
            Index?: string;
            /** @description 模式名称 */
            SchemaName?: string;
            /** @description 目标schema名称，【条件必填】仅在系统模板的“字段数据相关性”规则以及数据源为TCHouse-P时必填（ruleTemplate的qualityDim=4 且 subQualityDim=3）。用于校验和关联跨表数据 */
            TargetSchemaName?: string;
            /** @description 目标库名称，【条件必填】仅在系统模板的“字段数据相关性”规则时必填（ruleTemplate的qualityDim=4 且 subQualityDim=3）。用于校验和关联跨表数据 */
            TargetDatabaseName?: string;
            /** @description 目标表名称，【条件必填】仅在系统模板的“字段数据相关性”规则时必填（ruleTemplate的qualityDim=4 且 subQualityDim=3）。用于校验和关联跨表数据 */
            TargetTableName?: string;
            /** @description 任务id */
            TaskId?: string;
            /** @description 数据目录名称，主要用于dlc数据源 */
            CatalogName?: string;
            /** @description 目标数据目录名称，【条件必填】仅在系统模板的“字段数据相关性”规则以及数据源为DLC时必填（ruleTemplate的qualityDim=4 且 subQualityDim=3）。用于校验和关联跨表数据 */
            TargetCatalogName?: string;
        };
        /** @description 数据质量规则分页 */
        QualityRulePage: {
            /** @description 记录数 */
            TotalCount?: number | null;
            /** @description 规则列表 */
            Items?: components["schemas"]["QualityRule"][] | null;
        };
        /** @description 规则模版 */
        QualityRuleTemplate: {
            /** @description 规则模版ID */
            RuleTemplateId?: number;
            /** @description 规则模版名称 */
            Name?: string;
            /** @description 规则模版描述 */
            Description?: string;
            /** @description 模版类型（1：系统模版，2：自定义） */
            Type?: number;
            /** @description 规则适用的源数据对象类型（1：常量，2：离线表级，3：离线字段级别） */
            SourceObjectType?: number;
            /** @description 规则适用的源数据对象类型（1：数值，2：字符串） */
            SourceObjectDataType?: number;
            /** @description 规则模版源侧内容，区分引擎，JSON 结构 */
            SourceContent?: string | null;
            /** @description 源数据适用类型 */
            SourceEngineTypes?: number[] | null;
            /** @description 规则所属质量维度（1：准确性，2：唯一性，3：完整性，4：一致性，5：及时性，6：有效性） */
            QualityDim?: number | null;
            /** @description 规则支持的比较方式类型（1：固定值比较，大于、小于，大于等于等 2：波动值比较，绝对值、上升、下降） */
            CompareType?: number | null;
            /** @description 引用次数 */
            CitationCount?: number | null;
            /** @description 创建人id */
            UserId?: number | null;
            /** @description 创建人昵称 */
            UserName?: string | null;
            /** @description 更新时间yyyy-MM-dd HH:mm:ss */
            UpdateTime?: string | null;
            /** @description 是否添加where参数 */
            WhereFlag?: boolean | null;
            /** @description 是否关联多个库表 */
            MultiSourceFlag?: boolean | null;
            /** @description 自定义模板SQL表达式 */
            SqlExpression?: string | null;
            /** @description 模版子维度，0.父维度类型,1.一致性: 枚举范围一致性,2.一致性：数值范围一致性,3.一致性：字段数据相关性 */
            SubQualityDim?: number | null;
            /** @description sql表达式解析对象 */
            ResolvedSqlExpression?: components["schemas"]["QualitySqlExpression"] | null;
            /** @description 支持的数据源类型 */
            DatasourceTypes?: number[] | null;
            /** @description 创建人IdStr */
            UserIdStr?: string | null;
        };
        /** @description RuleTemplatePage 结果 */
        QualityRuleTemplatePage: {
            /** @description 记录数 */
            TotalCount?: number;
            /** @description 模版列表 */
            Items?: components["schemas"]["QualityRuleTemplate"][];
        };
        /** @description 数据质量自定义规则时的sql表达式解析对象 */
        QualitySqlExpression: {
            /** @description sql表达式表名 */
            TableExpressions?: components["schemas"]["QualitySqlExpressionTable"][] | null;
            /** @description sql表达式字段名 */
            ParamExpressions?: string[] | null;
            /** @description 新增模型检测类系统模板sql中占位符集合 */
            SystemTemplateExpressions?: string[] | null;
        };
        /** @description 数据质量自定义规则时的sql表达式解析表对象 */
        QualitySqlExpressionTable: {
            /** @description sql表达式表名 */
            TableExpression?: string | null;
            /** @description sql表达式字段名 */
            ColumnExpression?: string[] | null;
        };
        /** @description 订阅接收人 */
        QualitySubscribeReceiver: {
            /** @description 接收人Uin */
            ReceiverUserId?: number | null;
            /** @description 接收人名称 */
            ReceiverName?: string | null;
            /** @description 接收人Uin */
            ReceiverUserIdStr?: string | null;
        };
        /** @description 群机器人订阅配置 */
        QualitySubscribeWebHook: {
            /** @description 群机器人类型，当前支持飞书 */
            HookType?: string | null;
            /** @description 群机器人webhook地址，配置方式参考https://cloud.tencent.com/document/product/1254/70736 */
            HookAddress?: string | null;
        };
        /** @description 规则表变量替换 */
        QualityTableConfig: {
            /** @description 数据库Id */
            DatabaseId?: string | null;
            /** @description 数据库名称 */
            DatabaseName?: string | null;
            /** @description 表Id */
            TableId?: string | null;
            /** @description 表名称 */
            TableName?: string | null;
            /** @description 表Key */
            TableKey?: string | null;
            /** @description 字段变量 */
            FieldConfig?: components["schemas"]["QualityFieldConfig"][] | null;
        };
        /** @description 规则表变量替换 */
        QualityTableConfigInput: {
            /** @description 数据库Id */
            DatabaseId?: string;
            /** @description 数据库名称 */
            DatabaseName?: string;
            /** @description 表Id */
            TableId?: string;
            /** @description 表名称 */
            TableName?: string;
            /** @description 表Key */
            TableKey?: string;
            /** @description 字段变量 */
            FieldConfig?: components["schemas"]["QualityFieldConfigInput"][];
        };
        /** @description 数据质量阈值 */
        QualityThresholdValue: {
            /** @description 阈值类型【入参必填】  1.低阈值  2.高阈值   3.普通阈值  4.枚举值 */
            ValueType?: number | null;
            /** @description 阈值【入参必填】 */
            Value?: string | null;
        };
        /** @description 数据质量阈值 */
        QualityThresholdValueInput: {
            /** @description 阈值类型【入参必填】  1.低阈值  2.高阈值   3.普通阈值  4.枚举值 */
            ValueType?: number;
            /** @description 阈值【入参必填】 */
            Value?: string;
        };
        /** @description 离线集成对账告警规则 */
        ReconciliationStrategyInfo: {
            /**
             * @description 离线告警规则类型
             *     reconciliationFailure： 离线对账失败告警
             *     reconciliationOvertime： 离线对账任务运行超时告警(需配置超时时间)
             *     reconciliationMismatch： 离线对账不一致条数告警(需配置不一致条数阀值)
             */
            RuleType?: string | null;
            /** @description 对账不一致条数阀值， RuleType=reconciliationMismatch对账不一致条数类型，需要配置该字段，无默认值 */
            MismatchCount?: number | null;
            /** @description 对账任务运行超时阀值： 小时， 默认为0 */
            Hour?: number | null;
            /** @description 对账任务运行超时阀值： 分钟， 默认为1 */
            Min?: number | null;
        };
        /** @description 离线集成对账告警规则 */
        ReconciliationStrategyInfoInput: {
            /**
             * @description 离线告警规则类型
             *     reconciliationFailure： 离线对账失败告警
             *     reconciliationOvertime： 离线对账任务运行超时告警(需配置超时时间)
             *     reconciliationMismatch： 离线对账不一致条数告警(需配置不一致条数阀值)
             */
            RuleType?: string;
            /** @description 对账不一致条数阀值， RuleType=reconciliationMismatch对账不一致条数类型，需要配置该字段，无默认值 */
            MismatchCount?: number;
            /** @description 对账任务运行超时阀值： 小时， 默认为0 */
            Hour?: number;
            /** @description 对账任务运行超时阀值： 分钟， 默认为1 */
            Min?: number;
        };
        /** @description 数据源相关任务 */
        RelateTask: {
            /**
             * @description 任务类型
             *
             *     - OfflineIntegration --- 离线集成任务
             *     - RealtimeIntegration --- 实时集成任务
             *     - DataDevelopment --- 数据开发任务
             *     - DataQuality --- 数据质量任务
             *     - DataService --- 数据服务任务
             *     - MetadataCollection --- 元数据采集任务
             */
            TaskType?: string;
            /** @description 任务数量 */
            TaskNum?: number;
            /** @description 任务详情 */
            TaskList?: components["schemas"]["BriefTask"][] | null;
        };
        /** @description 资源文件详情 */
        ResourceFile: {
            /** @description 项目ID */
            ProjectId?: string;
            /** @description 资源文件ID */
            ResourceId?: string;
            /** @description 资源文件名称 */
            ResourceName?: string;
            /** @description 资源文件路径 */
            LocalPath?: string;
            /** @description 资源对象COS存储路径 */
            RemotePath?: string;
            /** @description 资源文件类型 */
            FileExtensionType?: string | null;
            /** @description 资源大小 */
            Size?: string;
            /** @description 创建用户ID */
            CreatorUserUin?: string;
            /** @description 创建用户名称 */
            CreatorUserName?: string;
            /** @description 最后更新用户名称 */
            UpdateUserName?: string | null;
            /** @description 最后更新用户ID */
            UpdateUserUin?: string | null;
            /** @description COS 桶 */
            BucketName?: string;
            /** @description COS 地域 */
            CosRegion?: string;
            /** @description 资源来源模式 */
            ResourceSourceMode?: string;
            /** @description 本地工程ID */
            BundleId?: string | null;
            /** @description 本地工程信息 */
            BundleInfo?: string | null;
        };
        /** @description 获取资源文件列表item */
        ResourceFileItem: {
            /** @description 资源文件ID */
            ResourceId?: string;
            /** @description 资源文件名称 */
            ResourceName?: string;
            /** @description 资源文件类型 */
            FileExtensionType?: string;
            /** @description 资源路径 */
            LocalPath?: string;
        };
        /** @description 资源文件分页 */
        ResourceFilePage: {
            /** @description 任务集合信息 */
            Items?: components["schemas"]["ResourceFileItem"][];
            /** @description 总页数 */
            TotalPageNumber?: number;
            /** @description 总数量 */
            TotalCount?: number;
            /** @description 当前页 */
            PageNumber?: number | null;
            /** @description 每页显示数 */
            PageSize?: number | null;
        };
        /** @description 资源文件夹详情 */
        ResourceFolder: {
            /** @description 资源文件夹ID */
            FolderId?: string;
            /** @description 创建人ID */
            CreateUserUin?: string;
            /** @description 创建人名称 */
            CreateUserName?: string;
            /** @description 文件夹路径 */
            FolderPath?: string;
            /** @description 文件夹名称 */
            FolderName?: string;
        };
        /** @description 资源文件夹详情 */
        ResourceFolderDetail: {
            /** @description 资源文件夹ID */
            FolderId?: string;
            /** @description 创建人ID */
            CreateUserUin?: string;
            /** @description 创建人名称 */
            CreateUserName?: string;
            /** @description 文件夹路径 */
            FolderPath?: string;
            /** @description 文件夹名称 */
            FolderName?: string;
            /** @description 父文件夹绝对路径,不包含文件名夹名 */
            ParentFolderPath?: string;
            /** @description 项目id */
            ProjectId?: string;
        };
        /** @description 资源文件夹分页 */
        ResourceFolderPage: {
            /** @description 资源文件夹集合信息 */
            Items?: components["schemas"]["ResourceFolder"][];
            /** @description 总页数 */
            TotalPageNumber?: number;
            /** @description 总数量 */
            TotalCount?: number;
            /** @description 当前页 */
            PageNumber?: number | null;
            /** @description 每页显示数 */
            PageSize?: number | null;
        };
        /** @description 资源组监控指标 */
        ResourceGroupMetrics: {
            /** @description 资源组规格相关：cpu个数 */
            CpuNum?: number | null;
            /** @description 资源组规格相关：磁盘规格 */
            DiskVolume?: number | null;
            /** @description 资源组规格相关：内存大小，单位:G */
            MemSize?: number | null;
            /** @description 资源组生命周期, 单位：天 */
            LifeCycle?: number | null;
            /** @description 资源组规格相关：最高并发 */
            MaximumConcurrency?: number | null;
            /**
             * @description 资源组状态
             *
             *     - 0 --- 初始化中
             *     - 1 --- 运行中
             *     - 2 --- 运行异常
             *     - 3 --- 释放中
             *     - 4 --- 已释放
             *     - 5 --- 创建中
             *     - 6 --- 创建失败
             *     - 7 --- 更新中
             *     - 8 --- 更新失败
             *     - 9 --- 已到期
             *     - 10 --- 释放失败
             *     - 11 --- 使用中
             *     - 12 --- 未使用
             */
            Status?: number | null;
            /** @description 指标详情 */
            MetricSnapshots?: components["schemas"]["MetricData"][];
        };
        /** @description 资源组规格 */
        ResourceGroupSpecification: {
            /** @description 资源组规格 */
            Specification: string;
            /** @description 数量 */
            Number: number;
        };
        /** @description 操作资源包数量 */
        ResourceNumber: {
            /**
             * @description 增加/减少枚举
             *
             *     - ADD -- 增加
             *     - DELETE -- 减少
             */
            Type?: string;
            /** @description 增加/减少资源包的数量 */
            Quantity?: number;
        };
        /** @description ResourcePrivilegeDetail */
        ResourcePrivilegeDetail: {
            /** @description 资源 */
            Resource?: components["schemas"]["PrivilegeResource"];
            /** @description 主体 */
            SubjectDetails?: components["schemas"]["SubjectInfo"][];
            /** @description 权限详情 */
            PermissionDetails?: components["schemas"]["PrivilegeInfo"][];
        };
        /** @description 资源组操作结果 */
        ResourceResult: {
            /** @description 是否成功 */
            Status?: boolean | null;
            /** @description 资源组id */
            ResourceGroupId?: string | null;
        };
        /** @description 资源组操作状态 */
        ResourceStatus: {
            /** @description 资源组操作状态 */
            Status?: boolean | null;
        };
        /** @description 开通的资源组信息 */
        ResourceType: {
            /**
             * @description 资源组类型
             *
             *     - Schedule --- 调度资源组
             *     - Integration --- 集成资源组
             *     - DataService -- 数据服务资源组
             */
            ResourceGroupType: string;
            /** @description 集成资源组，细分实时资源组和离线资源组(集成、调度、数据服务资源组不可以同时购买) */
            Integration?: components["schemas"]["IntegrationResource"];
            /**
             * @description 调度资源组(集成、调度、数据服务资源组不可以同时购买)
             *
             *     - s_test(测试规格)
             *     - s_small(基础规格)
             *     - s_medium(普及规格)
             *     - s_large(专业规格)
             */
            Schedule?: components["schemas"]["ResourceGroupSpecification"];
            /**
             * @description 数据服务资源组(集成、调度、数据服务资源组不可以同时购买)
             *
             *     - ds_t(测试规格)
             *     - ds_s(基础规格)
             *     - ds_m(普及规格)
             *     - ds_l(专业规格)
             */
            DataService?: components["schemas"]["ResourceGroupSpecification"];
        };
        /** @description openapi回收授权返回 */
        RevokePrivilegesRsp: {
            /** @description 结果 */
            OverallSuccess?: boolean;
            /** @description 详情列表 */
            Results?: components["schemas"]["AuthorizeResult"][];
        };
        /** @description SQL探索文件/文件夹操作结果 */
        SQLContentActionResult: {
            /** @description 操作是否成功 */
            Status?: boolean | null;
            /** @description 文件夹ID */
            FolderId?: string | null;
        };
        /** @description SQL脚本文件树节点 */
        SQLFolderNode: {
            /** @description 唯一标识 */
            Id?: string | null;
            /** @description 名称 */
            Name?: string | null;
            /** @description 类型 folder，script */
            Type?: string | null;
            /** @description 父文件夹path，/aaa/bbb/ccc */
            ParentFolderPath?: string | null;
            /** @description 是否叶子节点 */
            IsLeaf?: boolean | null;
            /** @description 业务参数 */
            Params?: string | null;
            /** @description 权限范围: SHARED, PRIVATE */
            AccessScope?: string | null;
            /** @description 节点路径 */
            Path?: string | null;
            /** @description 创建人 */
            CreateUserUin?: string | null;
            /** @description 当前用户对节点拥有的权限 */
            NodePermission?: string | null;
            /** @description 子节点列表 */
            Children?: components["schemas"]["SQLFolderNode"][] | null;
            /** @description 文件责任人 */
            OwnerUin?: string | null;
        };
        /** @description 数据探索脚本业务处理实体 */
        SQLScript: {
            /** @description 脚本id */
            ScriptId?: string | null;
            /** @description 脚本名称 */
            ScriptName?: string | null;
            /** @description 脚本所有者 uin */
            OwnerUin?: string | null;
            /** @description 父文件夹path，/aaa/bbb/ccc */
            ParentFolderPath?: string | null;
            /** @description 脚本配置 */
            ScriptConfig?: components["schemas"]["SQLScriptConfig"] | null;
            /** @description 脚本内容 */
            ScriptContent?: string | null;
            /** @description 最近一次操作人 */
            UpdateUserUin?: string | null;
            /** @description 项目id */
            ProjectId?: string | null;
            /** @description 更新时间 yyyy-MM-dd hh:mm:ss */
            UpdateTime?: string | null;
            /** @description 创建时间 yyyy-MM-dd hh:mm:ss */
            CreateTime?: string | null;
            /** @description 权限范围：SHARED, PRIVATE */
            AccessScope?: string | null;
            /** @description 节点全路径，/aaa/bbb/ccc.ipynb，由各个节点的名称组成 */
            Path?: string | null;
        };
        /** @description 数据探索脚本配置 */
        SQLScriptConfig: {
            /** @description 数据源Id */
            DatasourceId?: string | null;
            /** @description 数据源环境 */
            DatasourceEnv?: string | null;
            /** @description 计算资源 */
            ComputeResource?: string | null;
            /** @description 执行资源组 */
            ExecutorGroupId?: string | null;
            /** @description 高级运行参数,变量替换，map-json String,String */
            Params?: string | null;
            /** @description 高级设置，执行配置参数，map-json String,String. 采用Base64编码 */
            AdvanceConfig?: string | null;
        };
        /** @description 数据探索脚本配置 */
        SQLScriptConfigInput: {
            /** @description 数据源Id */
            DatasourceId?: string;
            /** @description 数据源环境 */
            DatasourceEnv?: string;
            /** @description 计算资源 */
            ComputeResource?: string;
            /** @description 执行资源组 */
            ExecutorGroupId?: string;
            /** @description 高级运行参数,变量替换，map-json String,String */
            Params?: string;
            /** @description 高级设置，执行配置参数，map-json String,String. 采用Base64编码 */
            AdvanceConfig?: string;
        };
        /** @description 停止sql运行结果 */
        SQLStopResult: {
            /** @description 是否成功 */
            Status?: boolean | null;
        };
        /** @description 任务调度变量参数 */
        SchedulingParameter: {
            /** @description 参数名 */
            ParamKey?: string;
            /** @description 参数值 */
            ParamValue?: string;
            /** @description 拓展参数json */
            ExtProperties?: string;
        };
        /** @description Schema信息 */
        SchemaInfo: {
            /** @description Schema GUID */
            Guid?: string | null;
            /** @description Schema名称 */
            Name?: string | null;
            /** @description 数据库名称 */
            DatabaseName?: string | null;
        };
        /** @description 数据安全使用的filter */
        SecurityFilter: {
            /** @description key */
            Name?: string;
            /** @description values */
            Values?: string[];
        };
        /** @description 创建数据探索脚本文件夹返回类 */
        SqlCreateResult: {
            /** @description 文件夹id */
            FolderId?: string | null;
        };
        /** @description 批量启动任务返回参数 */
        StartTasks: {
            /** @description 任务启动是否成功 */
            Status?: boolean;
        };
        /** @description Subject主体信息，授权/回收主体 */
        Subject: {
            /** @description 主体类型 */
            SubjectType?: string;
            /** @description 主体列表 */
            SubjectValues?: string[];
        };
        /** @description SubjectInfo */
        SubjectInfo: {
            /** @description 主体类型 */
            SubjectType?: string;
            /** @description 主题类型展示名 */
            SubjectTypeDisplayName?: string;
            /** @description 主体id */
            SubjectValue?: string;
            /** @description 主体名 */
            SubjectValueDisplayName?: string;
        };
        /** @description 提交数据开发任务结果 */
        SubmitTaskResult: {
            /** @description 生成的任务版本ID */
            VersionId?: string | null;
            /** @description 提交状态 */
            Status?: boolean | null;
        };
        /** @description 角色对象 */
        SystemRole: {
            /** @description 角色id */
            RoleId?: string;
            /** @description 角色名称 */
            RoleName?: string | null;
            /** @description 角色展示名 */
            RoleDisplayName?: string | null;
            /** @description 描述 */
            Description?: string | null;
        };
        /** @description 数据库信息 */
        TableInfo: {
            /** @description 数据表GUID */
            Guid?: string | null;
            /** @description 数据表名称 */
            Name?: string | null;
            /** @description 数据表描述 */
            Description?: string | null;
            /** @description 数据库名称 */
            DatabaseName?: string | null;
            /** @description 数据库Schema名称 */
            SchemaName?: string | null;
            /** @description 表类型 */
            TableType?: string | null;
            /** @description 创建时间 */
            CreateTime?: string | null;
            /** @description 更新时间 */
            UpdateTime?: string | null;
            /** @description 表的技术元数据 */
            TechnicalMetadata?: components["schemas"]["TechnicalMetadata"] | null;
            /** @description 表的业务元数据 */
            BusinessMetadata?: components["schemas"]["BusinessMetadata"] | null;
            /** @description 数据目录 */
            CatalogName?: string | null;
            /** @description 数据源ID */
            DatasourceId?: number | null;
            /** @description 数据源类型 */
            DatasourceType?: string | null;
        };
        /** @description 任务对象 */
        Task: {
            /** @description 任务基本属性 */
            TaskBaseAttribute?: components["schemas"]["TaskBaseAttribute"] | null;
            /** @description 任务配置 */
            TaskConfiguration?: components["schemas"]["TaskConfiguration"] | null;
            /** @description 任务调度配置 */
            TaskSchedulerConfiguration?: components["schemas"]["TaskSchedulerConfiguration"] | null;
        };
        /** @description 任务基本属性信息 */
        TaskBaseAttribute: {
            /** @description 任务ID */
            TaskId?: string | null;
            /**
             * @description 任务类型ID：
             *
             *     * 21:JDBC SQL
             *     * 23:TDSQL-PostgreSQL
             *     * 26:OfflineSynchronization
             *     * 30:Python
             *     * 31:PySpark
             *     * 33:Impala
             *     * 34:Hive SQL
             *     * 35:Shell
             *     * 36:Spark SQL
             *     * 38:Shell Form Mode
             *     * 39:Spark
             *     * 40:TCHouse-P
             *     * 41:Kettle
             *     * 42:Tchouse-X
             *     * 43:TCHouse-X SQL
             *     * 46:DLC Spark
             *     * 47:TiOne
             *     * 48:Trino
             *     * 50:DLC PySpark
             *     * 92:MapReduce
             *     * 130:Branch Node
             *     * 131:Merged Node
             *     * 132:Notebook
             *     * 133:SSH
             *     * 134:StarRocks
             *     * 137:For-each
             *     * 138:Setats SQL
             */
            TaskTypeId?: number | null;
            /** @description 工作流ID */
            WorkflowId?: string | null;
            /** @description 任务名称 */
            TaskName?: string | null;
            /** @description 最近一次保存版本号 */
            TaskLatestVersionNo?: string | null;
            /** @description 最近一次提交版本号 */
            TaskLatestSubmitVersionNo?: string | null;
            /** @description 工作流名称 */
            WorkflowName?: string | null;
            /**
             * @deprecated
             * @description 任务状态：
             *     * N: 新建
             *     * Y: 调度中
             *     * F: 已下线
             *     * O: 已暂停
             *     * T: 下线中
             *     * INVALID: 已失效
             */
            Status?: string | null;
            /** @description 任务最新提交状态，任务是否已经提交：true/false */
            Submit?: boolean | null;
            /** @description 任务创建时间，示例：2022-02-12 11:13:41 */
            CreateTime?: string | null;
            /** @description 最后更新时间，示例：2025-08-13 16:34:06 */
            LastUpdateTime?: string | null;
            /** @description 最后更新人名称 */
            LastUpdateUserName?: string | null;
            /** @description 最后运维时间 */
            LastOpsTime?: string | null;
            /** @description 最后运维人名称 */
            LastOpsUserName?: string | null;
            /** @description 任务负责人ID */
            OwnerUin?: string | null;
            /** @description 任务描述 */
            TaskDescription?: string | null;
            /** @description 最近一次更新用户ID */
            UpdateUserUin?: string | null;
            /** @description 创建用户ID */
            CreateUserUin?: string | null;
            /**
             * @description 任务文件夹路径
             *
             *     注意：
             *     - 路径上不要填写任务节点类型；例如，在 一个名为 wf01 的工作流，“通用” 分类下，现在想要在这个分类下的 tf_01 文件夹下，新建一个 shell 任务；则 填写 /tf_01 即可；
             *     - 如果 tf_01 文件夹不存在，则需要先创建这个文件夹（使用 CreateTaskFolder 接口）才能操作成功；
             */
            TaskFolderPath?: string | null;
        };
        /** @description 任务代码 */
        TaskCode: {
            /** @description 代码内容 */
            CodeContent?: string;
            /** @description 代码文件大小，单位bytes */
            CodeFileSize?: number;
        };
        /** @description 任务代码 */
        TaskCodeResult: {
            /** @description 代码内容 */
            CodeInfo?: string | null;
            /** @description 代码文件大小，单位KB */
            CodeFileSize?: string | null;
        };
        /** @description 任务配置信息 */
        TaskConfiguration: {
            /** @description 代码内容的Base64编码 */
            CodeContent?: string | null;
            /** @description 任务扩展属性配置列表 */
            TaskExtConfigurationList?: components["schemas"]["TaskExtParameter"][] | null;
            /** @description 集群ID */
            DataCluster?: string | null;
            /** @description 指定的运行节点 */
            BrokerIp?: string | null;
            /** @description 资源池队列名称，需要通过 DescribeProjectClusterQueues 获取 */
            YarnQueue?: string | null;
            /** @description 来源数据源ID,  需要通过 DescribeDataSourceWithoutInfo 获取 */
            SourceServiceId?: string | null;
            /** @description 来源数据源类型,  需要通过 DescribeDataSourceWithoutInfo 获取 */
            SourceServiceType?: string | null;
            /** @description 来源数据源名称, 需要通过 DescribeDataSourceWithoutInfo 获取 */
            SourceServiceName?: string | null;
            /** @description 目标数据源ID, 需要通过 DescribeDataSourceWithoutInfo 获取 */
            TargetServiceId?: string | null;
            /** @description 目标数据源类型,  需要通过 DescribeDataSourceWithoutInfo 获取 */
            TargetServiceType?: string | null;
            /** @description 目标数据源名称, 需要通过 DescribeDataSourceWithoutInfo 获取 */
            TargetServiceName?: string | null;
            /** @description 资源组ID： 需要通过 DescribeNormalSchedulerExecutorGroups 获取 ExecutorGroupId */
            ResourceGroup?: string | null;
            /** @description 资源组名称： 需要通过 DescribeNormalSchedulerExecutorGroups 获取 ExecutorGroupName */
            ResourceGroupName?: string | null;
            /** @description 调度参数 */
            TaskSchedulingParameterList?: components["schemas"]["TaskSchedulingParameter"][] | null;
            /** @description Bundle使用的ID */
            BundleId?: string | null;
            /** @description Bundle信息 */
            BundleInfo?: string | null;
        };
        /** @description 任务配置信息 */
        TaskConfigurationInput: {
            /** @description 代码内容的Base64编码 */
            CodeContent?: string;
            /** @description 任务扩展属性配置列表 */
            TaskExtConfigurationList?: components["schemas"]["TaskExtParameterInput"][];
            /** @description 集群ID */
            DataCluster?: string;
            /** @description 指定的运行节点 */
            BrokerIp?: string;
            /** @description 资源池队列名称，需要通过 DescribeProjectClusterQueues 获取 */
            YarnQueue?: string;
            /** @description 来源数据源ID,  需要通过 DescribeDataSourceWithoutInfo 获取 */
            SourceServiceId?: string;
            /** @description 来源数据源类型,  需要通过 DescribeDataSourceWithoutInfo 获取 */
            SourceServiceType?: string;
            /** @description 来源数据源名称, 需要通过 DescribeDataSourceWithoutInfo 获取 */
            SourceServiceName?: string;
            /** @description 目标数据源ID, 需要通过 DescribeDataSourceWithoutInfo 获取 */
            TargetServiceId?: string;
            /** @description 目标数据源类型,  需要通过 DescribeDataSourceWithoutInfo 获取 */
            TargetServiceType?: string;
            /** @description 目标数据源名称, 需要通过 DescribeDataSourceWithoutInfo 获取 */
            TargetServiceName?: string;
            /** @description 资源组ID： 需要通过 DescribeNormalSchedulerExecutorGroups 获取 ExecutorGroupId */
            ResourceGroup?: string;
            /** @description 资源组名称： 需要通过 DescribeNormalSchedulerExecutorGroups 获取 ExecutorGroupName */
            ResourceGroupName?: string;
            /** @description 调度参数 */
            TaskSchedulingParameterList?: components["schemas"]["TaskSchedulingParameterInput"][];
            /** @description Bundle使用的ID */
            BundleId?: string;
            /** @description Bundle信息 */
            BundleInfo?: string;
        };
        /** @description 任务数据库登记项 */
        TaskDataRegistry: {
            /** @description 数据源ID */
            DatasourceId?: string | null;
            /** @description 数据库名称 */
            DatabaseName?: string | null;
            /** @description 表名称 */
            TableName?: string | null;
            /** @description 分区名称 */
            PartitionName?: string | null;
            /**
             * @description 输入输出表类型
             *           输入流
             *      UPSTREAM,
             *           输出流
             *       DOWNSTREAM;
             */
            DataFlowType?: string | null;
            /** @description 表物理唯一ID */
            TablePhysicalId?: string | null;
            /** @description 库唯一标识 */
            DbGuid?: string | null;
            /** @description 表唯一标识 */
            TableGuid?: string | null;
        };
        /** @description 任务数据库登记项 */
        TaskDataRegistryInput: {
            /** @description 数据源ID */
            DatasourceId: string;
            /** @description 数据库名称 */
            DatabaseName: string;
            /** @description 表名称 */
            TableName: string;
            /** @description 分区名称 */
            PartitionName: string;
            /**
             * @description 输入输出表类型
             *           输入流
             *      UPSTREAM,
             *           输出流
             *       DOWNSTREAM;
             */
            DataFlowType: string;
            /** @description 表物理唯一ID */
            TablePhysicalId: string;
            /** @description 库唯一标识 */
            DbGuid?: string;
            /** @description 表唯一标识 */
            TableGuid?: string;
        };
        /** @description 依赖任务信息 */
        TaskDependDto: {
            /** @description 任务Id */
            TaskId?: string | null;
            /** @description 任务名称 */
            TaskName?: string | null;
            /** @description 工作流id */
            WorkflowId?: string | null;
            /** @description 工作流名称 */
            WorkflowName?: string | null;
            /** @description 项目id */
            ProjectId?: string | null;
            /**
             * @description 任务状态:
             *     - Y: 运行
             *     - F: 停止
             *     - O: 冻结
             *     - T: 停止中
             *     - INVALID: 已失效
             */
            Status?: string | null;
            /** @description 任务类型id */
            TaskTypeId?: number | null;
            /**
             * @description 任务类型描述
             *      - 20 :  通用数据同步
             *      - 25 :  ETLTaskType
             *      - 26 :  ETLTaskType
             *      - 30 :  python
             *      - 31 :  pyspark
             *      - 34 :  hivesql
             *      - 35 :  shell
             *      - 36 :  sparksql
             *      - 21 :  jdbcsql
             *      - 32 :  dlc
             *      - 33 :  ImpalaTaskType
             *      - 40 :  CDWTaskType
             *      - 41 :  kettle
             *      - 42 :  TCHouse-X
             *      - 43 :  TCHouse-X SQL
             *      - 46 :  dlcsparkTaskType
             *      - 47 :  TiOneMachineLearningTaskType
             *      - 48 :  Trino
             *      - 50 :  DLCPyspark
             *      - 23 :  TencentDistributedSQL
             *      - 39 :  spark
             *      - 92 :  MRTaskType
             *      - 38 :  ShellScript
             *      - 70 :  HiveSQLScrip
             *      - 130 :  分支
             *      - 131 :  归并
             *      - 132 :  Notebook探索
             *      - 133 :  SSH节点
             *      - 134 :  StarRocks
             *      - 137 :  For-each
             *      - 10000 :  自定义业务通用
             */
            TaskTypeDesc?: string | null;
            /** @description 调度计划展示描述信息 */
            ScheduleDesc?: string | null;
            /** @description 任务开始时间 */
            StartTime?: string | null;
            /** @description 任务结束时间 */
            EndTime?: string | null;
            /** @description 延迟时间 */
            DelayTime?: number | null;
            /**
             * @description 周期类型：默认为 D
             *
             *     支持的类型为
             *
             *     * O: 一次性
             *     * Y: 年
             *     * M: 月
             *     * W: 周
             *     * D: 天
             *     * H: 小时
             *     * I: 分钟
             *     * C: crontab表达式类型
             */
            CycleType?: string | null;
            /** @description 负责人 */
            OwnerUin?: string | null;
            /** @description 弹性周期配置 */
            TaskAction?: string | null;
            /** @description 调度初始化策略 */
            InitStrategy?: string | null;
            /** @description crontab表达式 */
            CrontabExpression?: string | null;
        };
        /** @description 任务扩展信息参数 */
        TaskExtParameter: {
            /** @description 参数名 */
            ParamKey?: string | null;
            /** @description 参数值 */
            ParamValue?: string | null;
        };
        /** @description 任务扩展信息参数 */
        TaskExtParameterInput: {
            /** @description 参数名 */
            ParamKey: string;
            /** @description 参数值 */
            ParamValue: string;
        };
        /** @description 任务文件夹信息 */
        TaskFolder: {
            /** @description 项目ID */
            ProjectId?: string | null;
            /** @description 文件夹ID */
            TaskFolderId?: string | null;
            /** @description 文件夹绝对路径 */
            TaskFolderPath?: string | null;
            /** @description 创建人ID */
            CreateUserUin?: string | null;
        };
        /** @description 任务文件夹详细信息 */
        TaskFolderDetail: {
            /** @description 项目ID */
            ProjectId?: string | null;
            /** @description 文件夹ID */
            TaskFolderId?: string | null;
            /** @description 文件夹绝对路径 */
            TaskFolderPath?: string | null;
            /** @description 创建人ID */
            CreateUserUin?: string | null;
            /** @description 父文件夹绝对路径 */
            ParentTaskFolderPath?: string | null;
            /** @description 文件夹名称 */
            TaskFolderName?: string | null;
            /** @description 工作流ID */
            WorkflowId?: string | null;
            /**
             * @description 任务文件夹类型
             *
             *     | 任务文件夹类型取值 | 任务文件夹类型界面对应名称 |
             *     | ---------------- | ------------------------ |
             *     | ETL              | 集成任务                 |
             *     | EMR              | EMR                      |
             *     | DLC              | DLC                      |
             *     | SETATS           | SETATS                   |
             *     | TDSQL            | TDSQL                    |
             *     | TCHOUSE          | TCHOUSE                  |
             *     | GENERAL          | 通用                     |
             *     | TI_ONE           | TI-ONE机器学习           |
             *     | ACROSS_WORKFLOWS | 跨工作流                 |
             *
             */
            TaskFolderType?: string | null;
        };
        /** @description 任务文件夹分页 */
        TaskFolderPage: {
            /** @description 数据页数，大于等于1 */
            PageNumber?: number | null;
            /** @description 每页显示的数据条数，最小为10条，最大为200 条 */
            PageSize?: number | null;
            /** @description 文件夹总数 */
            TotalCount?: number | null;
            /** @description 总页数 */
            TotalPageNumber?: number | null;
            /** @description 文件夹列表 */
            Items?: components["schemas"]["TaskFolder"][] | null;
        };
        /** @description One scheduled task instance as listed. */
        TaskInstance: {
            /** @description The project ID, a string of digits. */
            ProjectId?: string | null;
            /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
            InstanceKey?: string | null;
            /** @description The ID of the folder that holds the task. */
            FolderId?: string | null;
            /** @description The name of the folder that holds the task. */
            FolderName?: string | null;
            /** @description The ID of the workflow the task belongs to. */
            WorkflowId?: string | null;
            /** @description The name of the workflow the task belongs to. */
            WorkflowName?: string | null;
            /** @description The task ID. */
            TaskId?: string | null;
            /** @description The task name. */
            TaskName?: string | null;
            /** @description The instance's data time (business date), `yyyy-MM-dd HH:mm:ss`. */
            CurRunDate?: components["schemas"]["WedataTime"];
            /** @description The instance state: `WAIT_EVENT` waiting for an event, `WAIT_UPSTREAM` waiting for upstream, `WAIT_RUN` waiting to run, `RUNNING` running, `SKIP_RUNNING` skipped, `FAILED_RETRY` failed and will retry, `EXPIRED` failed (final), `COMPLETED` succeeded. */
            InstanceState?: "WAIT_EVENT" | "WAIT_UPSTREAM" | "WAIT_RUN" | "RUNNING" | "SKIP_RUNNING" | "FAILED_RETRY" | "EXPIRED" | "COMPLETED" | (string & {}) | null;
            /** @description The kind of instance: `0` backfill, `1` periodic, `2` non-periodic. */
            InstanceType?: number | null;
            /** @description The account IDs (UINs) of the owners. */
            OwnerUinList?: string[] | null;
            /** @description The total number of runs. */
            TotalRunNum?: number | null;
            /** @description The task type, for example `SHELL`. */
            TaskType?: string;
            /** @description The task type ID, for example `35` Shell. */
            TaskTypeId?: number | null;
            /** @description The scheduling cycle: `ONEOFF_CYCLE`, `YEAR_CYCLE`, `MONTH_CYCLE`, `WEEK_CYCLE`, `DAY_CYCLE`, `HOUR_CYCLE`, `MINUTE_CYCLE` or `CRONTAB_CYCLE`. */
            CycleType?: string | null;
            /** @description The most retries allowed after a failed run. */
            TryLimit?: number | null;
            /** @description The number of retries after failures; a rerun or a backfill resets it to 0. */
            Tries?: number | null;
            /** @description When the run (or phase) started. */
            StartTime?: components["schemas"]["WedataTime"];
            /** @description When the run (or phase) ended. */
            EndTime?: components["schemas"]["WedataTime"];
            /** @description The time taken, in milliseconds. */
            CostTime?: number | null;
            /** @description The planned scheduling time. */
            SchedulerTime?: components["schemas"]["WedataTime"];
            /** @description When the instance last changed, `yyyy-MM-dd HH:mm:ss`. */
            LastUpdateTime?: components["schemas"]["WedataTime"];
            /** @description The ID of the execution resource group. */
            ExecutorGroupId?: string | null;
            /** @description The name of the execution resource group. */
            ExecutorGroupName?: string | null;
        };
        /** @description The details of one scheduled task instance. */
        TaskInstanceDetail: {
            /** @description The project ID, a string of digits. */
            ProjectId?: string | null;
            /** @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>` (task ID and data time). */
            InstanceKey?: string | null;
            /** @description The ID of the folder that holds the task. */
            FolderId?: string | null;
            /** @description The name of the folder that holds the task. */
            FolderName?: string | null;
            /** @description The ID of the workflow the task belongs to. */
            WorkflowId?: string | null;
            /** @description The name of the workflow the task belongs to. */
            WorkflowName?: string | null;
            /** @description The task ID. */
            TaskId?: string | null;
            /** @description The task name. */
            TaskName?: string | null;
            /** @description The task type ID, for example `35` Shell. */
            TaskTypeId?: number;
            /** @description The task type, for example `SHELL`. */
            TaskType?: string | null;
            /** @description The scheduling cycle: `ONEOFF_CYCLE`, `YEAR_CYCLE`, `MONTH_CYCLE`, `WEEK_CYCLE`, `DAY_CYCLE`, `HOUR_CYCLE`, `MINUTE_CYCLE` or `CRONTAB_CYCLE`. */
            CycleType?: string | null;
            /** @description The instance's data time (business date), `yyyy-MM-dd HH:mm:ss`. */
            CurRunDate?: components["schemas"]["WedataTime"];
            /** @description The instance state: `WAIT_EVENT` waiting for an event, `WAIT_UPSTREAM` waiting for upstream, `WAIT_RUN` waiting to run, `RUNNING` running, `SKIP_RUNNING` skipped, `FAILED_RETRY` failed and will retry, `EXPIRED` failed (final), `COMPLETED` succeeded. */
            InstanceState?: "WAIT_EVENT" | "WAIT_UPSTREAM" | "WAIT_RUN" | "RUNNING" | "SKIP_RUNNING" | "FAILED_RETRY" | "EXPIRED" | "COMPLETED" | (string & {}) | null;
            /** @description The kind of instance: `0` backfill, `1` periodic, `2` non-periodic. */
            InstanceType?: number | null;
            /** @description The account IDs (UINs) of the owners. */
            OwnerUinList?: string[] | null;
            /** @description The total number of runs. */
            TotalRunNum?: number | null;
            /** @description The most retries allowed after a failed run. */
            TryLimit?: number | null;
            /** @description The number of retries after failures; a rerun or a backfill resets it to 0. */
            Tries?: number | null;
            /** @description The time taken, in milliseconds. */
            CostTime?: number | null;
            /** @description When the run (or phase) started. */
            StartTime?: components["schemas"]["WedataTime"];
            /** @description When the run (or phase) ended. */
            EndTime?: components["schemas"]["WedataTime"];
            /** @description The planned scheduling time. */
            SchedulerTime?: components["schemas"]["WedataTime"];
            /** @description When the instance last changed, `yyyy-MM-dd HH:mm:ss`. */
            LastUpdateTime?: components["schemas"]["WedataTime"];
            /** @description The ID of the execution resource group. */
            ExecutorGroupId?: string | null;
            /** @description The name of the execution resource group. */
            ExecutorGroupName?: string | null;
            /** @description A short reason for a failed run. */
            JobErrorMsg?: string | null;
        };
        /** @description One page of the executions (lifecycle rounds) of an instance. */
        TaskInstanceExecutions: {
            /** @description The number of matching items in all pages. */
            TotalCount?: number;
            /** @description The number of pages. */
            TotalPageNumber?: number;
            /** @description The items of this page. */
            Items?: components["schemas"]["InstanceExecution"][];
            /** @description The page number, from 1. Default 1. */
            PageNumber?: number;
            /** @description Items per page. Default 10. */
            PageSize?: number;
        };
        /** @description One page of task instances, with the totals of the whole result. */
        TaskInstancePage: {
            /** @description The number of matching items in all pages. */
            TotalCount?: number | null;
            /** @description The number of pages. */
            TotalPageNumber?: number | null;
            /** @description The page number, from 1. Default 1. */
            PageNumber?: number | null;
            /** @description Items per page. Default 10. */
            PageSize?: number | null;
            /** @description The items of this page. */
            Items?: components["schemas"]["TaskInstance"][] | null;
        };
        /** @description 任务运维工作流列表详情 */
        TaskOpsInfo: {
            /** @description 任务ID */
            TaskId?: string;
            /** @description 任务名 */
            TaskName?: string;
            /** @description 负责人Id */
            OwnerUin?: string | null;
            /**
             * @deprecated
             * @description 任务状态:
             *     - Y: 调度中
             *     - F: 已下线
             *     - O: 已暂停
             *     - T: 下线中
             *     - INVALID: 已失效
             */
            Status?: string;
            /** @description 文件夹id */
            FolderId?: string;
            /** @description 文件夹名字 */
            FolderName?: string;
            /** @description 工作流id */
            WorkflowId?: string;
            /** @description 工作流名称 */
            WorkflowName?: string;
            /** @description 项目id */
            ProjectId?: string;
            /** @description 项目名称 */
            ProjectName?: string;
            /** @description 更新人名称 */
            UpdateUserUin?: string;
            /**
             * @description 任务类型Id：
             *     * 21:JDBC SQL
             *     * 23:TDSQL-PostgreSQL
             *     * 26:OfflineSynchronization
             *     * 30:Python
             *     * 31:PySpark
             *     * 33:Impala
             *     * 34:Hive SQL
             *     * 35:Shell
             *     * 36:Spark SQL
             *     * 38:Shell Form Mode
             *     * 39:Spark
             *     * 40:TCHouse-P
             *     * 41:Kettle
             *     * 42:Tchouse-X
             *     * 43:TCHouse-X SQL
             *     * 46:DLC Spark
             *     * 47:TiOne
             *     * 48:Trino
             *     * 50:DLC PySpark
             *     * 92:MapReduce
             *     * 130:Branch Node
             *     * 131:Merged Node
             *     * 132:Notebook
             *     * 133:SSH
             *     * 134:StarRocks
             *     * 137:For-each
             *     * 138:Setats SQL
             */
            TaskTypeId?: number;
            /**
             * @description 任务类型描述
             *      - 通用数据同步
             *      - ETLTaskType
             *      - ETLTaskType
             *      - python
             *      - pyspark
             *      - HiveSQLTaskType
             *      - shell
             *      - SparkSQLTaskType
             *      - JDBCSQLTaskType
             *      - DLCTaskType
             *      - ImpalaTaskType
             *      - CDWTaskType
             *      - kettle
             *      - DLCSparkTaskType
             *      - TiOne机器学习
             *      - TrinoTaskType
             *      - DLCPyspark
             *      - spark
             *      - mr
             *      - shell脚本
             *      - hivesql脚本
             *      - 自定义业务通用
             */
            TaskTypeDesc?: string | null;
            /**
             * @description 任务周期类型
             *     * ONEOFF_CYCLE: 一次性
             *     * YEAR_CYCLE: 年
             *     * MONTH_CYCLE: 月
             *     * WEEK_CYCLE: 周
             *     * DAY_CYCLE: 天
             *     * HOUR_CYCLE: 小时
             *     * MINUTE_CYCLE: 分钟
             *     * CRONTAB_CYCLE: crontab表达式类型
             */
            CycleType?: string | null;
            /** @description 资源组id */
            ExecutorGroupId?: string | null;
            /** @description 调度描述 */
            ScheduleDesc?: string | null;
            /** @description 资源组名称 */
            ExecutorGroupName?: string;
            /** @description 最新调度提交时间 */
            LastSchedulerCommitTime?: string | null;
            /** @description 首次执行时间 */
            FirstRunTime?: string | null;
            /** @description 最近一次提交时间 */
            FirstSubmitTime?: string;
            /** @description 创建时间 */
            CreateTime?: string | null;
            /** @description 最近更新时间 */
            LastUpdateTime?: string | null;
        };
        /** @description 任务调度配置信息 */
        TaskSchedulerConfiguration: {
            /**
             * @description 周期类型：支持的类型为
             *
             *     ONEOFF_CYCLE: 一次性
             *     YEAR_CYCLE: 年
             *     MONTH_CYCLE: 月
             *     WEEK_CYCLE: 周
             *     DAY_CYCLE: 天
             *     HOUR_CYCLE: 小时
             *     MINUTE_CYCLE: 分钟
             *     CRONTAB_CYCLE: crontab表达式类型
             */
            CycleType?: string | null;
            /** @description 时区 */
            ScheduleTimeZone?: string | null;
            /** @description 0 2 3 1,L,2 * ? */
            CrontabExpression?: string | null;
            /** @description 生效日期 */
            StartTime?: string | null;
            /** @description 结束日期 */
            EndTime?: string | null;
            /** @description 执行时间 左闭区间 */
            ExecutionStartTime?: string | null;
            /** @description 执行时间 右闭区间 */
            ExecutionEndTime?: string | null;
            /** @description 日历调度 取值为 0 和 1， 1为打开，0为关闭，默认为0 */
            CalendarOpen?: string | null;
            /** @description 日历调度 日历 ID */
            CalendarId?: string | null;
            /** @description 日历调度 日历名称, 需要从 DescribeScheduleCalendarPageList 中获取 */
            CalendarName?: string | null;
            /** @description 自依赖, 默认值 serial, 取值为：parallel(并行), serial(串行), orderly(有序) */
            SelfDepend?: string | null;
            /** @description 上游依赖数组 */
            UpstreamDependencyConfigList?: components["schemas"]["DependencyTaskBrief"][] | null;
            /** @description 下游依赖数组 */
            DownstreamDependencyConfigList?: components["schemas"]["DependencyTaskBrief"][] | null;
            /** @description 事件数组 */
            EventListenerList?: components["schemas"]["EventListener"][] | null;
            /** @description 重跑&补录配置, 默认为 ALL; , ALL 运行成功或失败后皆可重跑或补录, FAILURE 运行成功后不可重跑或补录，运行失败后可重跑或补录, NONE 运行成功或失败后皆不可重跑或补录; */
            AllowRedoType?: string | null;
            /** @description 输出参数数组 */
            ParamTaskOutList?: components["schemas"]["OutTaskParameter"][] | null;
            /** @description 输入参数数组 */
            ParamTaskInList?: components["schemas"]["InTaskParameter"][] | null;
            /** @description 产出登记 */
            TaskOutputRegistryList?: components["schemas"]["TaskDataRegistry"][] | null;
            /**
             * @description **实例生成策略**
             *     * T_PLUS_0: T+0生成,默认策略
             *     * T_PLUS_1: T+1生成
             */
            InitStrategy?: string | null;
            /** @description 调度类型: 0 正常调度 1 空跑调度，默认为 0 */
            ScheduleType?: number | null;
            /** @description 任务调度优先级 运行优先级 4高 5中 6低 , 默认:6 */
            RunPriorityType?: number | null;
            /** @description 重试策略 重试等待时间,单位分钟: 默认: 5 */
            RetryWaitMinute?: number | null;
            /** @description 重试策略 最大尝试次数, 默认: 4 */
            MaxRetryNumber?: number | null;
            /** @description 超时处理策略 运行耗时超时（单位：分钟）默认为 -1 */
            ExecutionTTLMinute?: number | null;
            /** @description 超时处理策略 等待总时长耗时超时（单位：分钟）默认为 -1 */
            WaitExecutionTotalTTLMinute?: number | null;
        };
        /** @description 任务调度配置信息 */
        TaskSchedulerConfigurationInput: {
            /**
             * @description 周期类型：支持的类型为
             *
             *     ONEOFF_CYCLE: 一次性
             *     YEAR_CYCLE: 年
             *     MONTH_CYCLE: 月
             *     WEEK_CYCLE: 周
             *     DAY_CYCLE: 天
             *     HOUR_CYCLE: 小时
             *     MINUTE_CYCLE: 分钟
             *     CRONTAB_CYCLE: crontab表达式类型
             */
            CycleType?: string;
            /** @description 时区 */
            ScheduleTimeZone?: string;
            /** @description 0 2 3 1,L,2 * ? */
            CrontabExpression?: string;
            /** @description 生效日期 */
            StartTime?: string;
            /** @description 结束日期 */
            EndTime?: string;
            /** @description 执行时间 左闭区间 */
            ExecutionStartTime?: string;
            /** @description 执行时间 右闭区间 */
            ExecutionEndTime?: string;
            /** @description 日历调度 取值为 0 和 1， 1为打开，0为关闭，默认为0 */
            CalendarOpen?: string;
            /** @description 日历调度 日历 ID */
            CalendarId?: string;
            /** @description 日历调度 日历名称, 需要从 DescribeScheduleCalendarPageList 中获取 */
            CalendarName?: string;
            /** @description 自依赖, 默认值 serial, 取值为：parallel(并行), serial(串行), orderly(有序) */
            SelfDepend?: string;
            /** @description 上游依赖数组 */
            UpstreamDependencyConfigList?: components["schemas"]["DependencyTaskBriefInput"][];
            /** @description 下游依赖数组 */
            DownstreamDependencyConfigList?: components["schemas"]["DependencyTaskBriefInput"][];
            /** @description 事件数组 */
            EventListenerList?: components["schemas"]["EventListenerInput"][];
            /** @description 重跑&补录配置, 默认为 ALL; , ALL 运行成功或失败后皆可重跑或补录, FAILURE 运行成功后不可重跑或补录，运行失败后可重跑或补录, NONE 运行成功或失败后皆不可重跑或补录; */
            AllowRedoType?: string;
            /** @description 输出参数数组 */
            ParamTaskOutList?: components["schemas"]["OutTaskParameterInput"][];
            /** @description 输入参数数组 */
            ParamTaskInList?: components["schemas"]["InTaskParameterInput"][];
            /** @description 产出登记 */
            TaskOutputRegistryList?: components["schemas"]["TaskDataRegistryInput"][];
            /**
             * @description **实例生成策略**
             *     * T_PLUS_0: T+0生成,默认策略
             *     * T_PLUS_1: T+1生成
             */
            InitStrategy?: string;
            /** @description 调度类型: 0 正常调度 1 空跑调度，默认为 0 */
            ScheduleType?: number;
            /** @description 任务调度优先级 运行优先级 4高 5中 6低 , 默认:6 */
            RunPriorityType?: number;
            /** @description 重试策略 重试等待时间,单位分钟: 默认: 5 */
            RetryWaitMinute?: number;
            /** @description 重试策略 最大尝试次数, 默认: 4 */
            MaxRetryNumber?: number;
            /** @description 超时处理策略 运行耗时超时（单位：分钟）默认为 -1 */
            ExecutionTTLMinute?: number;
            /** @description 超时处理策略 等待总时长耗时超时（单位：分钟）默认为 -1 */
            WaitExecutionTotalTTLMinute?: number;
        };
        /** @description 任务调度变量参数 */
        TaskSchedulingParameter: {
            /** @description 参数名 */
            ParamKey?: string | null;
            /** @description 参数值 */
            ParamValue?: string | null;
        };
        /** @description 任务调度变量参数 */
        TaskSchedulingParameterInput: {
            /** @description 参数名 */
            ParamKey: string;
            /** @description 参数值 */
            ParamValue: string;
        };
        /** @description 任务版本列表信息 */
        TaskVersion: {
            /** @description 保存时间 */
            CreateTime?: string | null;
            /** @description 版本号 */
            VersionNum?: string | null;
            /** @description 创建人 */
            CreateUserUin?: string | null;
            /** @description 保存版本id */
            VersionId?: string | null;
            /** @description 版本描述信息 */
            VersionRemark?: string | null;
            /** @description 审批状态（只有提交版本有） */
            ApproveStatus?: string | null;
            /** @description 生产状态（只有提交版本有） */
            Status?: string | null;
            /** @description 审批人（只有提交版本有） */
            ApproveUserUin?: string | null;
        };
        /** @description 任务版本列表信息 */
        TaskVersionDetail: {
            /** @description 保存时间 */
            CreateTime?: string | null;
            /** @description 版本号 */
            VersionNum?: string | null;
            /** @description 版本创建人 */
            CreateUserUin?: string | null;
            /** @description 保存版本Id */
            VersionId?: string | null;
            /** @description 版本描述信息 */
            VersionRemark?: string | null;
            /** @description 审批状态（只有提交版本有） */
            ApproveStatus?: string | null;
            /** @description 生产状态（只有提交版本有） */
            ApproveTime?: string | null;
            /** @description 版本的任务详情 */
            Task?: components["schemas"]["Task"] | null;
            /** @description 审批人Id */
            ApproveUserUin?: string | null;
        };
        /** @description TechnicalMetadata */
        TechnicalMetadata: {
            /** @description 责任人 */
            Owner?: string | null;
            /** @description 数据表位置 */
            Location?: string | null;
            /** @description 存储大小 */
            StorageSize?: number | null;
        };
        /** @description 告警超时配置规则信息 */
        TimeOutStrategyInfo: {
            /**
             * @description 超时告警超时配置：
             *
             *     1.预计运行耗时超时，2.预计完成时间超时，3.预计等待调度耗时超时，4.预计周期内完成但实际未完成
             */
            RuleType?: number | null;
            /**
             * @description 超时值配置类型
             *
             *     1--指定值
             *     2--平均值
             */
            Type?: number | null;
            /** @description 超时指定值小时， 默认 为0 */
            Hour?: number | null;
            /** @description 超时指定值分钟， 默认为1 */
            Min?: number | null;
            /** @description 超时时间对应的时区配置， 如 UTC+7, 默认为UTC+8 */
            ScheduleTimeZone?: string | null;
            /** @description 秒（用于 Spark Streaming 策略） */
            Second?: number | null;
            /** @description 次数（用于 Spark Streaming 重试次数超限策略，ruleType=10） */
            Times?: number | null;
            /**
             * @description 告警触发频率（用于 Spark Streaming 策略 ruleType=8/9/10）
             *              * 单位：分钟，范围：5-1440
             *              * 告警触发后，在该时间内暂停检测，避免告警风暴
             */
            AlarmTriggerFrequency?: number | null;
        };
        /** @description 告警超时配置规则信息 */
        TimeOutStrategyInfoInput: {
            /**
             * @description 超时告警超时配置：
             *
             *     1.预计运行耗时超时，2.预计完成时间超时，3.预计等待调度耗时超时，4.预计周期内完成但实际未完成
             */
            RuleType?: number;
            /**
             * @description 超时值配置类型
             *
             *     1--指定值
             *     2--平均值
             */
            Type?: number;
            /** @description 超时指定值小时， 默认 为0 */
            Hour?: number;
            /** @description 超时指定值分钟， 默认为1 */
            Min?: number;
            /** @description 超时时间对应的时区配置， 如 UTC+7, 默认为UTC+8 */
            ScheduleTimeZone?: string;
            /** @description 秒（用于 Spark Streaming 策略） */
            Second?: number;
            /** @description 次数（用于 Spark Streaming 重试次数超限策略，ruleType=10） */
            Times?: number;
            /**
             * @description 告警触发频率（用于 Spark Streaming 策略 ruleType=8/9/10）
             *              * 单位：分钟，范围：5-1440
             *              * 告警触发后，在该时间内暂停检测，避免告警风暴
             */
            AlarmTriggerFrequency?: number;
        };
        /** @description 资源组指标趋势 */
        TrendData: {
            /** @description 时间戳 */
            Timestamp?: number;
            /** @description 指标值 */
            Value?: number;
        };
        /** @description 查询任务上游依赖详情分页 */
        TriggerDependencyConfigPage: {
            /** @description 满足查询条件的数据总条数。 */
            TotalCount?: number | null;
            /** @description 满足查询条件的数据总页数。 */
            TotalPageNumber?: number | null;
            /** @description 当前请求的数据页数。 */
            PageNumber?: number | null;
            /** @description 当前请求的数据页条数。 */
            PageSize?: number | null;
            /** @description 分页数据 */
            Items?: components["schemas"]["TriggerTaskDependDto"][] | null;
        };
        /** @description 任务对象 */
        TriggerTask: {
            /** @description 任务基本属性 */
            TriggerTaskBaseAttribute?: components["schemas"]["TriggerTaskBaseAttribute"] | null;
            /** @description 任务配置 */
            TriggerTaskConfiguration?: components["schemas"]["TriggerTaskConfiguration"] | null;
            /** @description 任务调度配置 */
            TriggerTaskSchedulerConfiguration?: components["schemas"]["TriggerTaskSchedulerConfiguration"] | null;
        };
        /** @description 任务基本属性信息 */
        TriggerTaskBaseAttribute: {
            /** @description 任务ID */
            TaskId?: string | null;
            /**
             * @description 任务类型ID：
             *
             *     - 26:OfflineSynchronization
             *     - 30:Python
             *     - 32:DLC SQL
             *     - 35:Shell
             *     - 38:Shell Form Mode
             *     - 46:DLC Spark
             *     - 50:DLC PySpark
             *     - 130:Branch Node
             *     - 131:Merged Node
             *     - 132:Notebook
             *     - 133:SSH
             *     - 137:For-each
             *     - 139:DLC Spark Streaming
             *     - 140:Run Workflow
             */
            TaskTypeId?: number | null;
            /** @description 工作流ID */
            WorkflowId?: string | null;
            /** @description 任务名称 */
            TaskName?: string | null;
            /** @description 最近一次保存版本号 */
            TaskLatestVersionNo?: string | null;
            /** @description 最近一次提交的版本号 */
            TaskLatestSubmitVersionNo?: string | null;
            /** @description 工作流名称 */
            WorkflowName?: string | null;
            /**
             * @description 任务状态：
             *     * N: 新建
             *     * Y: 调度中
             *
             */
            Status?: string | null;
            /** @description 任务最新提交状态，任务是否已经提交：true/false */
            Submit?: boolean | null;
            /** @description 任务创建时间，示例：2022-02-12 11:13:41 */
            CreateTime?: string | null;
            /** @description 最后更新时间，示例：2025-08-13 16:34:06 */
            LastUpdateTime?: string | null;
            /** @description 最后更新人名称 */
            LastUpdateUserName?: string | null;
            /** @description 最后运维时间 */
            LastOpsTime?: string | null;
            /** @description 最后运维人名称 */
            LastOpsUserName?: string | null;
            /** @description 任务负责人ID */
            OwnerUin?: string | null;
            /** @description 任务描述 */
            TaskDescription?: string | null;
            /** @description 最近一次更新用户ID */
            UpdateUserUin?: string | null;
            /** @description 创建用户ID */
            CreateUserUin?: string | null;
            /**
             * @description 任务文件夹路径
             *
             *     注意：
             *
             *     路径上不要填写任务节点类型；例如，在 一个名为 wf01 的工作流，“通用” 分类下，现在想要在这个分类下的 tf_01 文件夹下，新建一个 shell 任务；则 填写 /tf_01 即可；
             *     如果 tf_01 文件夹不存在，则需要先创建这个文件夹（使用 CreateTaskFolder 接口）才能操作成功；
             */
            TaskFolderPath?: string | null;
        };
        /** @description 任务概要信息 */
        TriggerTaskBrief: {
            /** @description 项目id */
            ProjectId?: string | null;
            /** @description 项目名称 */
            ProjectName?: string | null;
            /** @description 工作流id */
            WorkflowId?: string | null;
            /** @description 工作流名称 */
            WorkflowName?: string | null;
            /** @description 任务id */
            TaskId?: string | null;
            /** @description 任务名称 */
            TaskName?: string | null;
            /** @description 任务类型 */
            TaskType?: string | null;
            /** @description 责任人user UIN */
            UserUinInCharge?: string | null;
            /** @description 责任人名称 */
            UserNameInCharge?: string | null;
            /** @description 文件夹ID */
            FolderId?: string | null;
            /** @description 文件夹名称 */
            FolderName?: string | null;
            /** @description 任务类型ID */
            TaskTypeId?: number | null;
            /** @description 任务状态 */
            ExecutionState?: string | null;
            /** @description 运行开始时间 */
            ExecutionStartTime?: string | null;
        };
        /** @description 任务配置信息 */
        TriggerTaskConfiguration: {
            /** @description 代码内容的Base64编码 */
            CodeContent?: string | null;
            /** @description 任务扩展属性配置列表 */
            TaskExtConfigurationList?: components["schemas"]["TaskExtParameter"][] | null;
            /** @description 集群ID */
            DataCluster?: string | null;
            /** @description 指定的运行节点 */
            BrokerIp?: string | null;
            /** @description 资源池队列名称，需要通过 DescribeProjectClusterQueues 获取 */
            YarnQueue?: string | null;
            /** @description 来源数据源ID,  需要通过 DescribeDataSourceWithoutInfo 获取 */
            SourceServiceId?: string | null;
            /** @description 来源数据源类型,  需要通过 DescribeDataSourceWithoutInfo 获取 */
            SourceServiceType?: string | null;
            /** @description 来源数据源名称, 需要通过 DescribeDataSourceWithoutInfo 获取 */
            SourceServiceName?: string | null;
            /** @description 目标数据源ID, 需要通过 DescribeDataSourceWithoutInfo 获取 */
            TargetServiceId?: string | null;
            /** @description 目标数据源类型,  需要通过 DescribeDataSourceWithoutInfo 获取 */
            TargetServiceType?: string | null;
            /** @description 目标数据源名称, 需要通过 DescribeDataSourceWithoutInfo 获取 */
            TargetServiceName?: string | null;
            /** @description 资源组ID： 需要通过 DescribeNormalSchedulerExecutorGroups 获取 ExecutorGroupId */
            ResourceGroup?: string | null;
            /** @description 资源组名称： 需要通过 DescribeNormalSchedulerExecutorGroups 获取 ExecutorGroupName */
            ResourceGroupName?: string | null;
            /** @description 调度参数 */
            TaskSchedulingParameterList?: components["schemas"]["TaskSchedulingParameter"][] | null;
            /** @description Bundle使用的ID */
            BundleId?: string | null;
            /** @description Bundle信息 */
            BundleInfo?: string | null;
        };
        /** @description 任务配置信息 */
        TriggerTaskConfigurationInput: {
            /** @description 代码内容的Base64编码 */
            CodeContent?: string;
            /** @description 任务扩展属性配置列表 */
            TaskExtConfigurationList?: components["schemas"]["TaskExtParameterInput"][];
            /** @description 集群ID */
            DataCluster?: string;
            /** @description 指定的运行节点 */
            BrokerIp?: string;
            /** @description 资源池队列名称，需要通过 DescribeProjectClusterQueues 获取 */
            YarnQueue?: string;
            /** @description 来源数据源ID,  需要通过 DescribeDataSourceWithoutInfo 获取 */
            SourceServiceId?: string;
            /** @description 来源数据源类型,  需要通过 DescribeDataSourceWithoutInfo 获取 */
            SourceServiceType?: string;
            /** @description 来源数据源名称, 需要通过 DescribeDataSourceWithoutInfo 获取 */
            SourceServiceName?: string;
            /** @description 目标数据源ID, 需要通过 DescribeDataSourceWithoutInfo 获取 */
            TargetServiceId?: string;
            /** @description 目标数据源类型,  需要通过 DescribeDataSourceWithoutInfo 获取 */
            TargetServiceType?: string;
            /** @description 目标数据源名称, 需要通过 DescribeDataSourceWithoutInfo 获取 */
            TargetServiceName?: string;
            /** @description 资源组ID： 需要通过 DescribeNormalSchedulerExecutorGroups 获取 ExecutorGroupId */
            ResourceGroup?: string;
            /** @description 资源组名称： 需要通过 DescribeNormalSchedulerExecutorGroups 获取 ExecutorGroupName */
            ResourceGroupName?: string;
            /** @description 调度参数 */
            TaskSchedulingParameterList?: components["schemas"]["TaskSchedulingParameterInput"][];
            /** @description Bundle使用的ID */
            BundleId?: string;
            /** @description Bundle信息 */
            BundleInfo?: string;
        };
        /** @description 工作流任务概要信息 */
        TriggerTaskDAGBrief: {
            /** @description 任务信息合集 */
            TriggerTasks?: components["schemas"]["TriggerTaskBrief"][] | null;
            /** @description 任务连接信息合集 */
            TriggerTaskLinks?: components["schemas"]["TriggerTaskLinkBrief"][] | null;
        };
        /** @description 依赖的工作流调度任务信息 */
        TriggerTaskDependDto: {
            /** @description 任务Id */
            TaskId?: string | null;
            /** @description 任务名称 */
            TaskName?: string | null;
            /** @description 工作流id */
            WorkflowId?: string | null;
            /** @description 工作流名称 */
            WorkflowName?: string | null;
            /** @description 项目id */
            ProjectId?: string | null;
            /**
             * @description 任务状态:
             *     - Y: 运行
             *     - N: 新建
             *
             */
            Status?: string | null;
            /** @description 任务类型id */
            TaskTypeId?: number | null;
            /**
             * @description 任务类型描述
             *      - 20 :  通用数据同步
             *      - 25 :  ETLTaskType
             *      - 26 :  ETLTaskType
             *      - 30 :  python
             *      - 31 :  pyspark
             *      - 34 :  hivesql
             *      - 35 :  shell
             *      - 36 :  sparksql
             *      - 21 :  jdbcsql
             *      - 32 :  dlc
             *      - 33 :  ImpalaTaskType
             *      - 40 :  CDWTaskType
             *      - 41 :  kettle
             *      - 42 :  TCHouse-X
             *      - 43 :  TCHouse-X SQL
             *      - 46 :  dlcsparkTaskType
             *      - 47 :  TiOneMachineLearningTaskType
             *      - 48 :  Trino
             *      - 50 :  DLCPyspark
             *      - 23 :  TencentDistributedSQL
             *      - 39 :  spark
             *      - 92 :  MRTaskType
             *      - 38 :  ShellScript
             *      - 70 :  HiveSQLScrip
             *      - 130 :  分支
             *      - 131 :  归并
             *      - 132 :  Notebook探索
             *      - 133 :  SSH节点
             *      - 134 :  StarRocks
             *      - 137 :  For-each
             *      - 10000 :  自定义业务通用
             */
            TaskTypeDesc?: string | null;
            /** @description 负责人 */
            OwnerUin?: string | null;
        };
        /** @description 任务链接概要信息 */
        TriggerTaskLinkBrief: {
            /** @description 连接ID */
            LinkId?: string | null;
            /** @description 所属工作流ID */
            WorkflowId?: string | null;
            /** @description 所属工作流版本ID */
            WorkflowVersionId?: string | null;
            /** @description 上游任务ID */
            UpstreamTaskId?: string | null;
            /** @description 下游任务ID */
            DownstreamTaskId?: string | null;
        };
        /** @description 工作流调度模式下的任务运行概要信息 */
        TriggerTaskRunBrief: {
            /** @description 任务运行ID */
            ExecutionId?: string | null;
            /** @description 执行状态，运行失败:FAILED、运行成功:SUCCESS、等待中:PENDING、跳过运行:SKIP、运行中:RUNNING */
            ExecutionState?: string | null;
            /** @description 项目ID */
            ProjectId?: string | null;
            /** @description 工作流ID */
            WorkflowId?: string | null;
            /** @description 工作流运行ID */
            WorkflowExecutionId?: string | null;
            /** @description 任务 ID */
            TaskId?: string | null;
            /** @description 任务类型 */
            TaskType?: string | null;
            /** @description 任务版本 */
            TaskVersionId?: string | null;
            /** @description 触发类型 */
            TriggerType?: string | null;
            /** @description 等待时长，单位秒 */
            WaitTime?: string | null;
            /** @description 所属资源组 */
            ResourceGroup?: string | null;
            /** @description 错误码 */
            ErrorCode?: string | null;
            /** @description 运行账号 */
            ExecuteUserUin?: string | null;
            /** @description 创建人 ID */
            CreaterUin?: string | null;
            /** @description 执行平台执行 ID */
            JobId?: string | null;
            /** @description 创建时间戳 */
            CreateTime?: string | null;
            /** @description 更新时间戳 */
            UpdateTime?: string | null;
            /** @description 依赖任务完成时间 */
            DependenceFinishedTime?: string | null;
            /** @description 任务下发执行平台时间 */
            QueueStartTime?: string | null;
            /** @description 开始等待资源时间 */
            PendingStartTime?: string | null;
            /** @description 运行开始时间 */
            ExecutionStartTime?: string | null;
            /** @description 运行结束时间 */
            ExecutionEndTime?: string | null;
            /** @description 排队时间 */
            QueueCostTime?: string | null;
            /** @description 运行时间 */
            ExecutionTime?: string | null;
            /** @description 总花费时间 */
            AllCostTime?: string | null;
            /** @description 时区 */
            TimeZone?: string | null;
            /** @description 依赖上游任务 ID 列表 */
            DependOnList?: string[] | null;
            /** @description 运行参数 */
            RunParams?: string | null;
            /** @description 任务扩展信息，包含脚本路径 */
            TaskTypeExtensions?: string | null;
            /** @description 重试次数，为 0 则表示首次运行 */
            RetryTimes?: number | null;
            /** @description 左侧坐标 */
            LeftCoordinate?: number | null;
            /** @description 顶部坐标 */
            TopCoordinate?: number | null;
            /** @description 资源组 ID */
            ResourceGroupId?: string | null;
            /** @description 错误码描述 */
            ErrorCodeStr?: string | null;
            /** @description 创建人 UIN */
            CreateUin?: string | null;
            /** @description 下发执行平台时间 */
            IssueTime?: string | null;
            /** @description 任务名称 */
            TaskName?: string | null;
            /** @description 工作流名称 */
            WorkflowName?: string | null;
            /** @description 运行人名称 */
            ExecuteUserName?: string | null;
            /** @description 重跑次数 */
            RerunTimes?: number | null;
            /** @description 是否是最新一次运行 */
            IsLatestExecution?: boolean | null;
            /** @description 任务运行状态 */
            TaskExecutionState?: string | null;
            /** @description 周期类型 */
            CycleType?: string | null;
            /** @description 责任人名称 */
            UserNameInCharge?: string | null;
            /** @description 责任人id */
            UserUinInCharge?: string | null;
            /** @description 资源组名称 */
            ResourceGroupName?: string | null;
            /** @description 时区 */
            Timezone?: string | null;
            /** @description 文件夹id */
            FolderId?: string | null;
            /** @description 文件夹名称 */
            FolderName?: string | null;
            /** @description 项目名称 */
            ProjectName?: string | null;
            /** @description 任务类型id */
            TaskTypeId?: number | null;
            /** @description 工作流运行参数 */
            WorkflowParams?: string | null;
            /** @description 是否支持重跑 */
            SupportRerun?: boolean | null;
            /** @description 工作流运行状态 */
            WorkflowExecutionState?: string | null;
            /** @description 任务执行结果 */
            ExecutionResult?: string | null;
        };
        /** @description 任务调度配置信息 */
        TriggerTaskSchedulerConfiguration: {
            /** @description 上游依赖数组 */
            UpstreamDependencyConfigList?: components["schemas"]["DependencyTriggerTaskBrief"][] | null;
            /** @description 任务调度优先级 运行优先级 4高 5中 6低 , 默认:6 */
            RunPriorityType?: number | null;
            /** @description 重试策略 重试等待时间,单位分钟: 默认: 5 */
            RetryWaitMinute?: number | null;
            /** @description 重试策略 最大尝试次数, 默认: 4 */
            MaxRetryNumber?: number | null;
            /** @description 超时处理策略 运行耗时超时（单位：分钟）默认为 -1 */
            ExecutionTTLMinute?: number | null;
            /** @description 超时处理策略 等待总时长耗时超时（单位：分钟）默认为 -1 */
            WaitExecutionTotalTTLMinute?: number | null;
            /** @description 重跑&补录配置, 默认为 ALL; , ALL 运行成功或失败后皆可重跑或补录, FAILURE 运行成功后不可重跑或补录，运行失败后可重跑或补录, NONE 运行成功或失败后皆不可重跑或补录; */
            AllowRedoType?: string | null;
            /** @description 输出参数数组 */
            ParamTaskOutList?: components["schemas"]["OutTaskParameter"][] | null;
            /** @description 输入参数数组 */
            ParamTaskInList?: components["schemas"]["InTaskParameter"][] | null;
            /** @description 产出登记 */
            TaskOutputRegistryList?: components["schemas"]["TaskDataRegistry"][] | null;
        };
        /** @description 任务调度配置信息 */
        TriggerTaskSchedulerConfigurationInput: {
            /** @description 上游依赖数组 */
            UpstreamDependencyConfigList?: components["schemas"]["DependencyTriggerTaskBriefInput"][];
            /** @description 任务调度优先级 运行优先级 4高 5中 6低 , 默认:6 */
            RunPriorityType?: number;
            /** @description 重试策略 重试等待时间,单位分钟: 默认: 5 */
            RetryWaitMinute?: number;
            /** @description 重试策略 最大尝试次数, 默认: 4 */
            MaxRetryNumber?: number;
            /** @description 超时处理策略 运行耗时超时（单位：分钟）默认为 -1 */
            ExecutionTTLMinute?: number;
            /** @description 超时处理策略 等待总时长耗时超时（单位：分钟）默认为 -1 */
            WaitExecutionTotalTTLMinute?: number;
            /** @description 重跑&补录配置, 默认为 ALL; , ALL 运行成功或失败后皆可重跑或补录, FAILURE 运行成功后不可重跑或补录，运行失败后可重跑或补录, NONE 运行成功或失败后皆不可重跑或补录; */
            AllowRedoType?: string;
            /** @description 输出参数数组 */
            ParamTaskOutList?: components["schemas"]["OutTaskParameterInput"][];
            /** @description 输入参数数组 */
            ParamTaskInList?: components["schemas"]["InTaskParameterInput"][];
            /** @description 产出登记 */
            TaskOutputRegistryList?: components["schemas"]["TaskDataRegistryInput"][];
        };
        /** @description 任务版本列表信息 */
        TriggerTaskVersion: {
            /** @description 保存时间 */
            CreateTime?: string | null;
            /** @description 版本号 */
            VersionNum?: string | null;
            /** @description 创建人 */
            CreateUserUin?: string | null;
            /** @description 保存版本id */
            VersionId?: string | null;
            /** @description 版本描述信息 */
            VersionRemark?: string | null;
            /** @description 审批状态（只有提交版本有） */
            ApproveStatus?: string | null;
            /** @description 生产状态（只有提交版本有） */
            Status?: string | null;
            /** @description 审批人（只有提交版本有） */
            ApproveUserUin?: string | null;
        };
        /** @description 任务版本列表信息 */
        TriggerTaskVersionDetail: {
            /** @description 创建时间 */
            CreateTime?: string | null;
            /** @description 版本号 */
            VersionNum?: string | null;
            /** @description 版本创建人 */
            CreateUserUin?: string | null;
            /** @description 保存版本Id */
            VersionId?: string | null;
            /** @description 版本描述信息 */
            VersionRemark?: string | null;
            /** @description 审批状态（只有提交版本有） */
            ApproveStatus?: string | null;
            /** @description 生产状态（只有提交版本有） */
            ApproveTime?: string | null;
            /** @description 审批人Id */
            ApproveUserUin?: string | null;
            /** @description 版本的任务详情 */
            Task?: components["schemas"]["TriggerTask"] | null;
        };
        /** @description 工作流概要信息 */
        TriggerWorkflowBrief: {
            /** @description 项目ID */
            ProjectId?: string | null;
            /** @description 工作ID */
            WorkflowId?: string | null;
            /** @description 工作流名称 */
            WorkflowName?: string | null;
            /** @description 任务数量 */
            TaskCount?: number | null;
            /** @description 文件夹ID */
            FolderId?: string | null;
            /** @description 文件夹名称 */
            FolderName?: string | null;
            /** @description 调度配置 */
            WorkflowTriggerConfig?: components["schemas"]["WorkflowTriggerConfig"] | null;
            /** @description 责任人 */
            UserNameInCharge?: string | null;
            /** @description 责任人ID */
            UserUinInCharge?: string | null;
            /** @description 工作流参数 */
            WorkflowParams?: string;
        };
        /** @description 查询工作流详细信息 */
        TriggerWorkflowDetail: {
            /** @description 工作流名称 */
            WorkflowName?: string | null;
            /** @description 责任人ID */
            OwnerUin?: string | null;
            /** @description 创建人ID */
            CreateUserUin?: string | null;
            /** @description 工作流参数数组 */
            WorkflowParams?: components["schemas"]["ParamInfo"][] | null;
            /** @description 统一调度参数 */
            TriggerWorkflowSchedulerConfigurations?: components["schemas"]["WorkflowTriggerConfig"][] | null;
            /** @description 工作流描述 */
            WorkflowDesc?: string | null;
            /** @description 工作流所属路径 */
            Path?: string | null;
            /** @description BundleId项 */
            BundleId?: string | null;
            /** @description BundleInfo项 */
            BundleInfo?: string | null;
            /** @description 通用参数 */
            GeneralTaskParams?: components["schemas"]["WorkflowGeneralTaskParam"][] | null;
            /** @description Trigger 状态 启动ACTIVE，暂停PAUSED */
            SchedulerStatus?: string | null;
        };
        /** @description 获取工作流的列表信息item */
        TriggerWorkflowInfo: {
            /** @description 工作流ID */
            WorkflowId?: string | null;
            /** @description 工作流名称 */
            WorkflowName?: string | null;
            /** @description 负责人ID */
            OwnerUin?: string | null;
            /** @description 创建时间 */
            CreateTime?: string | null;
            /** @description 最新修改时间 */
            ModifyTime?: string | null;
            /** @description 最后更新人ID */
            UpdateUserUin?: string | null;
            /** @description 工作流描述 */
            WorkflowDesc?: string | null;
            /** @description 创建人ID */
            CreateUserUin?: string | null;
        };
        /** @description 工作流列表查询 */
        TriggerWorkflowResult: {
            /** @description 总记录数 */
            TotalCount?: number | null;
            /** @description 页数 */
            TotalPageNumber?: number | null;
            /** @description 页码 */
            PageNumber?: number | null;
            /** @description 页大小 */
            PageSize?: number | null;
            /** @description 工作流信息集合 */
            Items?: components["schemas"]["TriggerWorkflowBrief"][] | null;
        };
        /** @description 工作流运行概要信息 */
        TriggerWorkflowRunBrief: {
            /** @description 用户AppId */
            AppId?: string | null;
            /** @description 项目ID */
            ProjectId?: string | null;
            /** @description 工作流名称 */
            WorkflowName?: string | null;
            /** @description 工作流ID */
            WorkflowId?: string | null;
            /** @description 工作流运行ID */
            ExecutionId?: string | null;
            /** @description 触发器ID */
            TriggerId?: string | null;
            /** @description 触发方式:调度触发Scheduler、手动触发ManualTrigger、事件触发Event */
            TriggerType?: string | null;
            /** @description 工作流触发时间 */
            CreateTime?: string | null;
            /** @description 执行开始时间戳 */
            ExecutionStartTime?: string | null;
            /** @description 执行结束时间戳 */
            ExecutionEndTime?: string | null;
            /** @description 运行时长，单位秒 */
            ExecutionCostTime?: string | null;
            /** @description 并发排队花费时间，单位秒 */
            QueueCostTime?: string | null;
            /** @description 等待资源花费时间，单位秒 */
            PendingCostTime?: string | null;
            /** @description 执行状态，运行失败:FAILED、运行成功:SUCCESS、等待中:PENDING、跳过运行:SKIPED、运行中:RUNNING */
            ExecutionState?: string | null;
            /** @description 运行用户UIN */
            ExecuteUserUin?: string | null;
            /** @description 运行用户名称 */
            ExecuteUserName?: string | null;
            /** @description 错误码 */
            ErrorCodeStr?: string | null;
            /** @description 运行参数 */
            WorkflowParams?: string | null;
            /** @description 工作流版本信息ID */
            WorkflowVersionId?: string | null;
            /** @description 是否支持重跑 */
            SupportRerun?: boolean | null;
            /** @description 重跑次数 */
            RerunTimes?: number | null;
            /** @description 运行的任务范围,逗号分隔的任务ID列表 */
            SelectedTaskIds?: string[] | null;
            /** @description 等待并发开始时间 */
            PendingStartTime?: string | null;
            /** @description 排队等待开始时间 */
            QueueStartTime?: string | null;
            /** @description 运行结束时间 */
            EndTime?: string | null;
            /** @description 文件夹ID */
            FolderId?: string | null;
            /** @description 文件夹名称 */
            FolderName?: string | null;
            /** @description 计划调度时间 */
            PlannedSchedulingTime?: string | null;
            /** @description 周期类型 */
            CycleType?: string | null;
            /** @description 责任人名称 */
            UserNameInCharge?: string | null;
            /** @description 责任人ID */
            UserUinInCharge?: string | null;
        };
        /** @description 查询工作流结果 */
        TriggerWorkflowRunResult: {
            /** @description 总记录数 */
            TotalCount?: number | null;
            /** @description 页数 */
            TotalPageNumber?: number | null;
            /** @description 页码 */
            PageNumber?: number | null;
            /** @description 页大小 */
            PageSize?: number | null;
            /** @description 工作流运行以及相关任务运行信息集合 */
            Items?: components["schemas"]["TriggerWorkflowRunBrief"][] | null;
        };
        /** @description 工作流任务运行详情 */
        TriggerWorkflowTaskRunDetailBrief: {
            /** @description 工作流运行信息 */
            TriggerWorkflowRun?: components["schemas"]["TriggerWorkflowRunBrief"];
            /** @description 任务运行信息 */
            TriggerTaskRuns?: components["schemas"]["TriggerTaskRunBrief"][];
            /** @description 业务状态枚举信息 */
            BizStateEnumInfos?: components["schemas"]["BizStateEnumInfoBrief"][];
        };
        /** @description 更新文件夹结果 */
        UpdateFolderResult: {
            /** @description 更新状态,true表示更新成功，false表示更新失败 */
            Status?: boolean;
        };
        /** @description 更新资源文件结果 */
        UpdateResourceFileResult: {
            /** @description true */
            Status?: boolean;
        };
        /** @description 更新任务基本属性信息 */
        UpdateTaskBaseAttribute: {
            /** @description 任务名称 */
            TaskName: string;
            /** @description 任务负责人ID */
            OwnerUin: string;
            /** @description 任务描述 */
            TaskDescription: string;
            /**
             * @description 注意：
             *     - 路径上不要填写任务节点类型；例如，在 一个名为 wf01 的工作流，“通用” 分类下，现在想要在这个分类下的 tf_01 文件夹下，新建一个 shell 任务；则 填写 /tf_01 即可；
             *     - 如果 tf_01 文件夹不存在，则需要先创建这个文件夹（使用 CreateTaskFolder 接口）才能操作成功；
             */
            TaskFolderPath?: string;
        };
        /** @description 更新任务基本属性信息 */
        UpdateTaskBaseAttributePart: {
            /** @description 任务名称 */
            TaskName?: string;
            /** @description 任务负责人ID */
            OwnerUin?: string;
            /** @description 任务描述 */
            TaskDescription?: string;
            /**
             * @description 注意：
             *     - 路径上不要填写任务节点类型；例如，在 一个名为 wf01 的工作流，“通用” 分类下，现在想要在这个分类下的 tf_01 文件夹下，新建一个 shell 任务；则 填写 /tf_01 即可；
             *     - 如果 tf_01 文件夹不存在，则需要先创建这个文件夹（使用 CreateTaskFolder 接口）才能操作成功；
             */
            TaskFolderPath?: string;
        };
        /** @description 更新任务对象入参 */
        UpdateTaskBrief: {
            /** @description 任务基本属性 */
            TaskBaseAttribute: components["schemas"]["UpdateTaskBaseAttribute"];
            /** @description 任务配置 */
            TaskConfiguration: components["schemas"]["TaskConfigurationInput"];
            /** @description 任务调度配置 */
            TaskSchedulerConfiguration: components["schemas"]["TaskSchedulerConfigurationInput"];
        };
        /** @description 更新文件夹结果 */
        UpdateTaskFolderResult: {
            /** @description 更新状态,true表示更新成功，false表示更新失败 */
            Status?: boolean;
        };
        /** @description 更新任务对象入参 */
        UpdateTaskPart: {
            /** @description 任务基本属性 */
            TaskBaseAttribute?: components["schemas"]["UpdateTaskBaseAttributePart"];
            /** @description 任务配置 */
            TaskConfiguration?: components["schemas"]["TaskConfigurationInput"];
            /** @description 任务调度配置 */
            TaskSchedulerConfiguration?: components["schemas"]["TaskSchedulerConfigurationInput"];
        };
        /** @description 更新任务返回体 */
        UpdateTaskResult: {
            /** @description 处理结果，成功返回 true，不成功返回 false */
            Status?: boolean | null;
        };
        /** @description 批量修改任务负责人结果 */
        UpdateTasksOwner: {
            /** @description 修改任务责任人结果 */
            Status?: boolean;
        };
        /** @description 更新任务基本属性信息 */
        UpdateTriggerTaskBaseAttribute: {
            /** @description 任务名称 */
            TaskName: string;
            /** @description 任务负责人ID */
            OwnerUin: string;
            /** @description 任务描述 */
            TaskDescription: string;
            /**
             * @description 注意：
             *     - 路径上不要填写任务节点类型；例如，在 一个名为 wf01 的工作流，“通用” 分类下，现在想要在这个分类下的 tf_01 文件夹下，新建一个 shell 任务；则 填写 /tf_01 即可；
             *     - 如果 tf_01 文件夹不存在，则需要先创建这个文件夹（使用 CreateTaskFolder 接口）才能操作成功；
             */
            TaskFolderPath?: string;
        };
        /** @description 更新任务基本属性信息 */
        UpdateTriggerTaskBaseAttributePart: {
            /** @description 任务名称 */
            TaskName?: string;
            /** @description 任务负责人ID */
            OwnerUin?: string;
            /** @description 任务描述 */
            TaskDescription?: string;
        };
        /** @description 更新任务对象入参 */
        UpdateTriggerTaskBrief: {
            /** @description 任务基本属性 */
            TriggerTaskBaseAttribute: components["schemas"]["UpdateTriggerTaskBaseAttribute"];
            /** @description 任务配置 */
            TriggerTaskConfiguration: components["schemas"]["TriggerTaskConfigurationInput"];
            /** @description 任务调度配置 */
            TriggerTaskSchedulerConfiguration: components["schemas"]["TriggerTaskSchedulerConfigurationInput"];
        };
        /** @description 更新任务对象入参 */
        UpdateTriggerTaskPart: {
            /** @description 任务基本属性 */
            TriggerTaskBaseAttribute?: components["schemas"]["UpdateTriggerTaskBaseAttributePart"];
            /** @description 任务配置 */
            TriggerTaskConfiguration?: components["schemas"]["TriggerTaskConfigurationInput"];
            /** @description 任务调度配置 */
            TriggerTaskSchedulerConfiguration?: components["schemas"]["TriggerTaskSchedulerConfigurationInput"];
        };
        /** @description 查询工作流详细信息 */
        UpdateTriggerWorkflowPartially: {
            /** @description 工作流名称 */
            WorkflowName?: string;
            /** @description 责任人ID */
            OwnerUin?: string;
            /** @description 工作流参数数组 */
            WorkflowParams?: components["schemas"]["ParamInfo"][];
            /** @description 统一调度参数 */
            TriggerWorkflowSchedulerConfigurations?: components["schemas"]["WorkflowTriggerConfigInput"][];
            /** @description 工作流描述 */
            WorkflowDesc?: string;
            /** @description BundleId项 */
            BundleId?: string;
            /** @description BundleInfo项 */
            BundleInfo?: string;
            /** @description 通用参数 */
            GeneralTaskParams?: components["schemas"]["WorkflowGeneralTaskParamInput"][];
        };
        /** @description 更新工作流结果 */
        UpdateTriggerWorkflowResult: {
            /** @description 更新工作流结果 */
            Status?: boolean | null;
        };
        /** @description 更新工作流结果 */
        UpdateWorkflowResult: {
            /** @description 更新工作流结果 */
            Status?: boolean;
        };
        /** @description 查询工作流详细信息 */
        WorkflowDetail: {
            /** @description 工作流名称 */
            WorkflowName?: string | null;
            /** @description 责任人ID */
            OwnerUin?: string | null;
            /** @description 创建人ID */
            CreateUserUin?: string | null;
            /** @description 工作流类型，cycle和manual */
            WorkflowType?: string | null;
            /** @description 工作流参数数组 */
            WorkflowParams?: components["schemas"]["ParamInfo"][] | null;
            /** @description 统一调度参数 */
            WorkflowSchedulerConfiguration?: components["schemas"]["WorkflowSchedulerConfiguration"] | null;
            /** @description 工作流描述 */
            WorkflowDesc?: string | null;
            /** @description 工作流所属路径 */
            Path?: string | null;
            /** @description BundleId项 */
            BundleId?: string | null;
            /** @description BundleInfo项 */
            BundleInfo?: string | null;
        };
        /** @description 文件夹信息 */
        WorkflowFolder: {
            /** @description 项目ID */
            ProjectId?: string;
            /** @description 文件夹ID */
            FolderId?: string;
            /** @description 文件夹绝对路径 */
            FolderPath?: string;
            /** @description 创建人ID */
            CreateUserUin?: string | null;
        };
        /** @description 文件夹详细信息 */
        WorkflowFolderDetail: {
            /** @description 项目ID */
            ProjectId?: string;
            /** @description 文件夹ID */
            FolderId?: string;
            /** @description 文件夹绝对路径 */
            FolderPath?: string;
            /** @description 创建人ID */
            CreateUserUin?: string | null;
            /** @description 父文件夹绝对路径 */
            ParentFolderPath?: string;
            /** @description 文件夹名称 */
            FolderName?: string;
        };
        /** @description 资源文件分页 */
        WorkflowFolderPage: {
            /** @description 数据页数，大于等于1 */
            PageNumber?: number | null;
            /** @description 每页显示的数据条数，最小为10条，最大为200 条 */
            PageSize?: number | null;
            /** @description 文件夹总数 */
            TotalCount?: number;
            /** @description 总页数 */
            TotalPageNumber?: number;
            /** @description 文件夹列表 */
            Items?: components["schemas"]["WorkflowFolder"][];
        };
        /** @description 工作流SPARK_SQL参数 */
        WorkflowGeneralTaskParam: {
            /** @description 通用任务参数类型,目前只支持SPARK_SQL */
            Type?: string | null;
            /**
             * @description 通用任务参数内容, 不同参数用;
             *     分割
             */
            Value?: string | null;
        };
        /** @description 工作流SPARK_SQL参数 */
        WorkflowGeneralTaskParamInput: {
            /** @description 通用任务参数类型,目前只支持SPARK_SQL */
            Type?: string;
            /**
             * @description 通用任务参数内容, 不同参数用;
             *     分割
             */
            Value?: string;
        };
        /** @description 获取工作流的列表信息item */
        WorkflowInfo: {
            /** @description 工作流ID */
            WorkflowId?: string | null;
            /** @description 工作流名称 */
            WorkflowName?: string | null;
            /** @description 工作流类型，cycle及manual */
            WorkflowType?: string | null;
            /** @description 负责人ID */
            OwnerUin?: string | null;
            /** @description 创建时间 */
            CreateTime?: string | null;
            /** @description 最新修改时间 */
            ModifyTime?: string | null;
            /** @description 最后更新人ID */
            UpdateUserUin?: string | null;
            /** @description 工作流描述 */
            WorkflowDesc?: string | null;
            /** @description 创建人ID */
            CreateUserUin?: string | null;
        };
        /** @description 用户对工作流文件夹的递归最大权限类型 */
        WorkflowMaxPermission: {
            /** @description 授权权限类型(CAN_VIEW/CAN_RUN/CAN_EDIT/CAN_MANAGE，当前仅支持CAN_MANAGE) */
            PermissionType?: string | null;
        };
        /** @description 数据开发授权信息 */
        WorkflowPermission: {
            /** @description 授权目标类型（用户：user，角色：role） */
            PermissionTargetType?: string | null;
            /** @description 授权目标id数组(userId/roleId) */
            PermissionTargetId?: string | null;
            /** @description 授权权限类型数组(CAN_VIEW/CAN_RUN/CAN_EDIT/CAN_MANAGE，当前仅支持CAN_MANAGE) */
            PermissionTypeList?: string[] | null;
        };
        /** @description 数据开发授权信息 */
        WorkflowPermissionInput: {
            /** @description 授权目标类型（用户：user，角色：role） */
            PermissionTargetType: string;
            /** @description 授权目标id数组(userId/roleId) */
            PermissionTargetId: string;
            /** @description 授权权限类型数组(CAN_VIEW/CAN_RUN/CAN_EDIT/CAN_MANAGE，当前仅支持CAN_MANAGE) */
            PermissionTypeList: string[];
        };
        /** @description 数据开发分页的权限信息 */
        WorkflowPermissionPage: {
            /** @description 数据页数，大于等于1 */
            PageNumber?: number;
            /** @description 每页显示的数据条数，最小为10条，最大为200 条 */
            PageSize?: number;
            /** @description 授权数据总数 */
            TotalCount?: number;
            /** @description 总页数 */
            TotalPageNumber?: number;
            /** @description 授权信息列表 */
            Items?: components["schemas"]["WorkflowPermission"][];
        };
        /** @description 工作流统一调度出参 */
        WorkflowSchedulerConfiguration: {
            /** @description 时区 */
            ScheduleTimeZone?: string | null;
            /**
             * @description 周期类型：支持的类型为
             *     ONEOFF_CYCLE: 一次性
             *     YEAR_CYCLE: 年
             *     MONTH_CYCLE: 月
             *     WEEK_CYCLE: 周
             *     DAY_CYCLE: 天
             *     HOUR_CYCLE: 小时
             *     MINUTE_CYCLE: 分钟
             *     CRONTAB_CYCLE: crontab表达式类型
             */
            CycleType?: string | null;
            /** @description 自依赖, 默认值 serial, 取值为：parallel(并行), serial(串行), orderly(有序) */
            SelfDepend?: string | null;
            /** @description 生效开始时间 */
            StartTime?: string | null;
            /** @description 生效结束时间 */
            EndTime?: string | null;
            /** @description 工作流依赖，yes or no */
            DependencyWorkflow?: string | null;
            /** @description 执行时间左闭区间，示例：00:00 */
            ExecutionStartTime?: string | null;
            /** @description 执行时间右闭区间，示例：23:59 */
            ExecutionEndTime?: string | null;
            /** @description cron表达式 */
            CrontabExpression?: string | null;
            /** @description 是否开启日历调度 1 开启 0关闭 */
            CalendarOpen?: string | null;
            /** @description 日历名称 */
            CalendarName?: string | null;
            /** @description 日历id */
            CalendarId?: string | null;
        };
        /**
         * @description 工作流统一调度参数入参
         *     依赖任务信息
         *
         *     取值说明表：
         *
         *     | 当前任务周期类型 | 上游任务周期类型 | 配置方式 | MainCyclicConfig取值 | 时间维度/实例范围           | SubordinateCyclicConfig取值       | offset取值             |
         *     | ---------------- | ---------------- | -------- | -------------------- | --------------------------- | --------------------------------- | ---------------------- |
         *     | HOUR_CYCLE       | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | MINUTE_CYCLE     | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | DAY_CYCLE        | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | DAY_CYCLE        | WEEK_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | HOUR_CYCLE       | HOUR_CYCLE       | 推荐策略 | HOUR                 | 按小时/最近实例             | CURRENT_HOUR                      | 无                     |
         *     | HOUR_CYCLE       | HOUR_CYCLE       | 推荐策略 | HOUR                 | 按小时/前一周期             | PREVIOUS_HOUR_CYCLE               | 无                     |
         *     | HOUR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/上周                   | PREVIOUS_WEEK                     | 无                     |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/上周五                 | PREVIOUS_FRIDAY                   | 无                     |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/上周日                 | PREVIOUS_WEEKEND                  | 无                     |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天         、          | CURRENT_DAY                       | 无                     |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
         *     | WEEK_CYCLE       | ONEOFF_CYCLE     | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | HOUR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | HOUR                 | 按小时/前一个小时(-60,0]    | PREVIOUS_HOUR_LATER_OFFSET_MINUTE | 无                     |
         *     | HOUR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | HOUR                 | 按小时/前一个小时           | PREVIOUS_HOUR                     | 无                     |
         *     | HOUR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | HOUR                 | 按小时/当前小时             | CURRENT_HOUR                      | 无                     |
         *     | YEAR_CYCLE       | WEEK_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | WEEK_CYCLE       | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | MINUTE_CYCLE     | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | WEEK_CYCLE       | HOUR_CYCLE       | 推荐策略 | WEEK                 | 按周/上周                   | PREVIOUS_WEEK                     | 无                     |
         *     | WEEK_CYCLE       | HOUR_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | MINUTE_CYCLE     | HOUR_CYCLE       | 推荐策略 | HOUR                 | 按小时/当前小时             | CURRENT_HOUR                      | 无                     |
         *     | HOUR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | MONTH_CYCLE      | HOUR_CYCLE       | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
         *     | MONTH_CYCLE      | HOUR_CYCLE       | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | MONTH_CYCLE      | ONEOFF_CYCLE     | 推荐策略 | MONTH                | 按月/当月                   | CURRENT_MONTH                     | 无                     |
         *     | DAY_CYCLE        | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | DAY_CYCLE        | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | MONTH_CYCLE      | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | ONEOFF_CYCLE     | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 推荐策略 | MINUTE               | 按分钟/当前分钟             | CURRENT_MINUTE                    | 无                     |
         *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 推荐策略 | MINUTE               | 按分钟/前一周期             | PREVIOUS_MINUTE_CYCLE             | 无                     |
         *     | YEAR_CYCLE       | MINUTE_CYCLE     | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | ONEOFF_CYCLE     | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | DAY_CYCLE        | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/前一天(-24 * 60,0]     | PREVIOUS_DAY_LATER_OFFSET_MINUTE  | 无                     |
         *     | DAY_CYCLE        | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
         *     | DAY_CYCLE        | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | MINUTE_CYCLE     | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | WEEK_CYCLE       | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | WEEK_CYCLE       | WEEK_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | YEAR_CYCLE       | YEAR_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | YEAR_CYCLE       | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | YEAR_CYCLE       | HOUR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | MINUTE_CYCLE     | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | ONEOFF_CYCLE     | MINUTE_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | HOUR_CYCLE       | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | WEEK_CYCLE       | MINUTE_CYCLE     | 推荐策略 | WEEK                 | 按周/上周                   | PREVIOUS_WEEK                     | 无                     |
         *     | WEEK_CYCLE       | MINUTE_CYCLE     | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | DAY_CYCLE        | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/前一天(-24,0]          | PREVIOUS_DAY_LATER_OFFSET_HOUR    | 无                     |
         *     | DAY_CYCLE        | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/前一天[-24,0)          | PREVIOUS_DAY                      | 无                     |
         *     | DAY_CYCLE        | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本年所有月             | ALL_MONTH_OF_YEAR                 | 无                     |
         *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
         *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/上月末                 | PREVIOUS_END_OF_MONTH             | 无                     |
         *     | YEAR_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/上月初                 | PREVIOUS_BEGIN_OF_MONTH           | 无                     |
         *     | ONEOFF_CYCLE     | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | DAY_CYCLE        | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | ONEOFF_CYCLE     | HOUR_CYCLE       | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | DAY_CYCLE        | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | MINUTE_CYCLE     | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | WEEK_CYCLE       | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | WEEK_CYCLE       | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | YEAR_CYCLE       | ONEOFF_CYCLE     | 推荐策略 | YEAR                 | 按年/当年                   | CURRENT_YEAR                      | 无                     |
         *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
         *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | MONTH                | 按月/上月末                 | PREVIOUS_END_OF_MONTH             | 无                     |
         *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | MONTH_CYCLE      | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
         *     | YEAR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/本年所有天             | ALL_DAY_OF_YEAR                   | 无                     |
         *     | YEAR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | YEAR_CYCLE       | DAY_CYCLE        | 推荐策略 | DAY                  | 按天/前一天                 | PREVIOUS_DAY                      | 无                     |
         *     | HOUR_CYCLE       | WEEK_CYCLE       | 推荐策略 | WEEK                 | 按周/本周                   | CURRENT_WEEK                      | 无                     |
         *     | MONTH_CYCLE      | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/当月                   | CURRENT_MONTH                     | 无                     |
         *     | MONTH_CYCLE      | MONTH_CYCLE      | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | MONTH_CYCLE      | MINUTE_CYCLE     | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
         *     | MONTH_CYCLE      | MINUTE_CYCLE     | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | MONTH_CYCLE      | WEEK_CYCLE       | 推荐策略 | MONTH                | 按月/上月                   | PREVIOUS_MONTH                    | 无                     |
         *     | MONTH_CYCLE      | WEEK_CYCLE       | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | MONTH_CYCLE      | WEEK_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | DAY_CYCLE        | YEAR_CYCLE       | 推荐策略 | YEAR                 | 按年/本年                   | CURRENT_YEAR                      | 无                     |
         *     | DAY_CYCLE        | YEAR_CYCLE       | 推荐策略 | DAY                  | 按天/最近一次数据时间的实例 | RECENT_DATE                       | 无                     |
         *     | ONEOFF_CYCLE     | ONEOFF_CYCLE     | 推荐策略 | DAY                  | 按天/当天                   | CURRENT_DAY                       | 无                     |
         *     | ONEOFF_CYCLE     | MONTH_CYCLE      | 推荐策略 | MONTH                | 按月/本月                   | CURRENT_MONTH                     | 无                     |
         *     | CRONTAB_CYCLE    | CRONTAB_CYCLE    | 推荐策略 | CRONTAB              | 无                          | CURRENT                           | 无                     |
         *     | HOUR_CYCLE       | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | HOUR_CYCLE       | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | HOUR_CYCLE       | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | WEEK_CYCLE       | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MINUTE_CYCLE     | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MONTH_CYCLE      | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | YEAR_CYCLE       | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | DAY_CYCLE        | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MINUTE_CYCLE     | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | YEAR_CYCLE       | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | WEEK_CYCLE       | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | DAY_CYCLE        | HOUR_CYCLE       | 自定义   | RANGE_HOUR           | 区间(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | DAY_CYCLE        | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MONTH_CYCLE      | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | YEAR_CYCLE       | DAY_CYCLE        | 自定义   | RANGE_DAY            | 区间(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MONTH_CYCLE      | MINUTE_CYCLE     | 自定义   | RANGE_MINUTE         | 区间(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | HOUR_CYCLE       | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | HOUR_CYCLE       | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | WEEK_CYCLE       | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | HOUR_CYCLE       | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | WEEK_CYCLE       | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MINUTE_CYCLE     | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MONTH_CYCLE      | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MINUTE_CYCLE     | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | YEAR_CYCLE       | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | DAY_CYCLE        | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MINUTE_CYCLE     | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | YEAR_CYCLE       | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | WEEK_CYCLE       | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | DAY_CYCLE        | HOUR_CYCLE       | 自定义   | LIST_HOUR            | 列表(小时)                  | 无                                | 逗号分隔的整数，如-1,0 |
         *     | DAY_CYCLE        | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MONTH_CYCLE      | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | YEAR_CYCLE       | DAY_CYCLE        | 自定义   | LIST_DAY             | 列表(天)                    | 无                                | 逗号分隔的整数，如-1,0 |
         *     | MONTH_CYCLE      | MINUTE_CYCLE     | 自定义   | LIST_MINUTE          | 列表(分钟)                  | 无                                | 逗号分隔的整数，如-1,0 |
         */
        WorkflowSchedulerConfigurationInfo: {
            /** @description 时区 */
            ScheduleTimeZone: string;
            /**
             * @description 周期类型：支持的类型为
             *     ONEOFF_CYCLE: 一次性
             *     YEAR_CYCLE: 年
             *     MONTH_CYCLE: 月
             *     WEEK_CYCLE: 周
             *     DAY_CYCLE: 天
             *     HOUR_CYCLE: 小时
             *     MINUTE_CYCLE: 分钟
             *     CRONTAB_CYCLE: crontab表达式类型
             */
            CycleType: string;
            /** @description 自依赖, 默认值 serial, 取值为：parallel(并行), serial(串行), orderly(有序) */
            SelfDepend: string;
            /** @description 生效开始时间 */
            StartTime: string;
            /** @description 生效结束时间 */
            EndTime: string;
            /** @description cron表达式 */
            CrontabExpression: string;
            /** @description 工作流依赖，yes or no */
            DependencyWorkflow?: string;
            /** @description 0：不修改 1：将任务的上游依赖配置改为默认值 */
            ModifyCycleValue?: string;
            /** @description 工作流存在跨工作流依赖且使用cron表达式调度。如果保存统一调度，会断开不支持的依赖关系 */
            ClearLink?: boolean;
            /**
             * @description ModifyCycleValue为1的时候生效，表示默认修改的上游依赖-时间维度，取值为：
             *     * CRONTAB
             *     * DAY
             *     * HOUR
             *     * LIST_DAY
             *     * LIST_HOUR
             *     * LIST_MINUTE
             *     * MINUTE
             *     * MONTH
             *     * RANGE_DAY
             *     * RANGE_HOUR
             *     * RANGE_MINUTE
             *     * WEEK
             *     * YEAR
             *
             *     https://capi.woa.com/object/detail?product=wedata&env=api_dev&version=2025-08-06&name=WorkflowSchedulerConfigurationInfo
             */
            MainCyclicConfig?: string;
            /**
             * @description ModifyCycleValue为1的时候生效，表示默认修改的上游依赖-实例范围
             *     取值为：
             *     * ALL_DAY_OF_YEAR
             *     * ALL_MONTH_OF_YEAR
             *     * CURRENT
             *     * CURRENT_DAY
             *     * CURRENT_HOUR
             *     * CURRENT_MINUTE
             *     * CURRENT_MONTH
             *     * CURRENT_WEEK
             *     * CURRENT_YEAR
             *     * PREVIOUS_BEGIN_OF_MONTH
             *     * PREVIOUS_DAY
             *     * PREVIOUS_DAY_LATER_OFFSET_HOUR
             *     * PREVIOUS_DAY_LATER_OFFSET_MINUTE
             *     * PREVIOUS_END_OF_MONTH
             *     * PREVIOUS_FRIDAY
             *     * PREVIOUS_HOUR
             *     * PREVIOUS_HOUR_CYCLE
             *     * PREVIOUS_HOUR_LATER_OFFSET_MINUTE
             *     * PREVIOUS_MINUTE_CYCLE
             *     * PREVIOUS_MONTH
             *     * PREVIOUS_WEEK
             *     * PREVIOUS_WEEKEND
             *     * RECENT_DATE
             *
             *     https://capi.woa.com/object/detail?product=wedata&env=api_dev&version=2025-08-06&name=WorkflowSchedulerConfigurationInfo
             */
            SubordinateCyclicConfig?: string;
            /** @description 执行时间左闭区间，示例：00:00，只有周期类型为MINUTE_CYCLE才需要填入 */
            ExecutionStartTime?: string;
            /** @description 执行时间右闭区间，示例：23:59，只有周期类型为MINUTE_CYCLE才需要填入 */
            ExecutionEndTime?: string;
            /** @description 是否开启日历调度 1 开启 0关闭 */
            CalendarOpen?: string;
            /** @description 日历id */
            CalendarId?: string;
        };
        /** @description 工作流调度配置 */
        WorkflowTriggerConfig: {
            /**
             * @description 触发方式，
             *     - 定时触发：TIME_TRIGGER
             *     - 持续运行：CONTINUE_RUN
             *     - 文件到达：FILE_ARRIVAL
             *
             *     注意：
             *     - TIME_TRIGGER 和 CONTINUE_RUN 模式下，SchedulerStatus、SchedulerTimeZone、StartTime、EndTime、ConfigMode、CycleType、CrontabExpression 必填；
             *     - FILE_ARRIVAL 模式下，FileArrivalPath、TriggerMinimumIntervalSecond、TriggerWaitTimeSecond 必填；
             */
            TriggerMode?: string | null;
            /** @description WorkflowTriggerConfig转换成Json格式，对账使用 */
            ExtraInfo?: string | null;
            /** @description 调度时区 */
            ScheduleTimeZone?: string | null;
            /** @description 调度生效时间 */
            StartTime?: string | null;
            /** @description 调度结束时间 */
            EndTime?: string | null;
            /** @description 配置方式，常规：COMMON，CRON表达式：CRON_EXPRESSION */
            ConfigMode?: string | null;
            /**
             * @description 周期类型：支持的类型为
             *     ONEOFF_CYCLE: 一次性
             *     YEAR_CYCLE: 年
             *     MONTH_CYCLE: 月
             *     WEEK_CYCLE: 周
             *     DAY_CYCLE: 天
             *     HOUR_CYCLE: 小时
             *     MINUTE_CYCLE: 分钟
             *     CRONTAB_CYCLE: crontab表达式类型
             */
            CycleType?: string | null;
            /** @description cron表达式 */
            CrontabExpression?: string | null;
            /** @description triggerId, uuid */
            TriggerId?: string | null;
            /** @description 文件到达模式下	存储系统中的监听路径 */
            FileArrivalPath?: string | null;
            /** @description 文件到达模式下	触发最短间隔时间（单位：秒） */
            TriggerMinimumIntervalSecond?: number | null;
            /** @description 文件到达模式下	触发等待时间（单位：秒） */
            TriggerWaitTimeSecond?: number | null;
            /** @description Trigger 状态 启动ACTIVE，暂停PAUSED */
            SchedulerStatus?: string | null;
        };
        /** @description 工作流调度配置 */
        WorkflowTriggerConfigInput: {
            /**
             * @description 触发方式，
             *     - 定时触发：TIME_TRIGGER
             *     - 持续运行：CONTINUE_RUN
             *     - 文件到达：FILE_ARRIVAL
             *
             *     注意：
             *     - TIME_TRIGGER 和 CONTINUE_RUN 模式下，SchedulerStatus、SchedulerTimeZone、StartTime、EndTime、ConfigMode、CycleType、CrontabExpression 必填；
             *     - FILE_ARRIVAL 模式下，FileArrivalPath、TriggerMinimumIntervalSecond、TriggerWaitTimeSecond 必填；
             */
            TriggerMode: string;
            /** @description WorkflowTriggerConfig转换成Json格式，对账使用 */
            ExtraInfo?: string;
            /** @description 调度时区 */
            ScheduleTimeZone?: string;
            /** @description 调度生效时间 */
            StartTime?: string;
            /** @description 调度结束时间 */
            EndTime?: string;
            /** @description 配置方式，常规：COMMON，CRON表达式：CRON_EXPRESSION */
            ConfigMode?: string;
            /**
             * @description 周期类型：支持的类型为
             *     ONEOFF_CYCLE: 一次性
             *     YEAR_CYCLE: 年
             *     MONTH_CYCLE: 月
             *     WEEK_CYCLE: 周
             *     DAY_CYCLE: 天
             *     HOUR_CYCLE: 小时
             *     MINUTE_CYCLE: 分钟
             *     CRONTAB_CYCLE: crontab表达式类型
             */
            CycleType?: string;
            /** @description cron表达式 */
            CrontabExpression?: string;
            /** @description triggerId, uuid */
            TriggerId?: string;
            /** @description 文件到达模式下	存储系统中的监听路径 */
            FileArrivalPath?: string;
            /** @description 文件到达模式下	触发最短间隔时间（单位：秒） */
            TriggerMinimumIntervalSecond?: number;
            /** @description 文件到达模式下	触发等待时间（单位：秒） */
            TriggerWaitTimeSecond?: number;
            /** @description Trigger 状态 启动ACTIVE，暂停PAUSED */
            SchedulerStatus?: string;
        };
        /**
         * @description The project ID, a string of digits (19 in practice, beyond JavaScript's safe integers).
         * @example 1460947878944567296
         */
        ProjectId: string;
        /**
         * @description The unique key of an instance: `<TaskId>_<yyyy-MM-dd HH:mm:ss>`, the task ID, an underscore and the
         *     instance's data time (`CurRunDate`). It contains a space.
         * @example 20250326150742906_2025-03-28 00:00:00
         */
        InstanceKey: string;
        /**
         * @description A time as `yyyy-MM-dd HH:mm:ss`, in the request's ScheduleTimeZone.
         * @example 2025-03-28 00:00:00
         */
        TimeFilter: string;
        /**
         * @description The time zone of the times in the request and the reply, as `UTC+8`, `UTC-5` or `UTC+5:30` (hours 0 to 14).
         *     Default `UTC+8`.
         * @default UTC+8
         * @example UTC+6
         */
        TimeZone: string;
        /** @description A time without an offset, in the request's TimeZone; `yyyy-MM-dd HH:mm:ss` (a `T` separator is tolerated). */
        WedataTime: string | null;
    };
    responses: {
        /**
         * @description Not an answer of the service: a proxy or gateway failure (for example HTTP 502 with an HTML body).
         *     Clients treat any status other than 200 as a transport error.
         */
        GatewayFailure: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
            };
        };
    };
    parameters: {
        /** @description The API version. Always `2025-08-06` in this document. */
        Version: "2025-08-06";
        /** @description The region whose data the action reads, for example `ap-guangzhou`. */
        Region: string;
        /**
         * @description The current UNIX time in whole seconds, the same value that was signed. More than five minutes away
         *     from the server's clock fails with `AuthFailure.SignatureExpire`. The service requires it on every
         *     request; it is optional here because it belongs to the signature: the signer sets it together with
         *     `Authorization` (and `X-TC-Token`), so callers never pass it themselves.
         */
        Timestamp: string;
        /** @description The session token of temporary credentials (STS, instance role). Long-term keys send none. */
        Token: string;
        /** @description The language of returned messages. Only some actions honour it. */
        Language: "zh-CN" | "en-US";
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AddCalcEnginesToProject: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `AddCalcEnginesToProject` for this operation. */
                "X-TC-Action": "AddCalcEnginesToProject";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCalcEnginesToProjectRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddCalcEnginesToProjectResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    AssociateResourceGroupToProject: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `AssociateResourceGroupToProject` for this operation. */
                "X-TC-Action": "AssociateResourceGroupToProject";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssociateResourceGroupToProjectRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssociateResourceGroupToProjectResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    AuthorizeDataSource: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `AuthorizeDataSource` for this operation. */
                "X-TC-Action": "AuthorizeDataSource";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthorizeDataSourceRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizeDataSourceResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    AuthorizePrivileges: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `AuthorizePrivileges` for this operation. */
                "X-TC-Action": "AuthorizePrivileges";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthorizePrivilegesRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizePrivilegesResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateCodeFile: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateCodeFile` for this operation. */
                "X-TC-Action": "CreateCodeFile";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCodeFileRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCodeFileResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateCodeFolder: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateCodeFolder` for this operation. */
                "X-TC-Action": "CreateCodeFolder";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCodeFolderRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCodeFolderResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateCodePermissions: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateCodePermissions` for this operation. */
                "X-TC-Action": "CreateCodePermissions";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCodePermissionsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCodePermissionsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateDataBackfillPlan: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateDataBackfillPlan` for this operation. */
                "X-TC-Action": "CreateDataBackfillPlan";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDataBackfillPlanRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDataBackfillPlanResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateDataSource: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateDataSource` for this operation. */
                "X-TC-Action": "CreateDataSource";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDataSourceRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDataSourceResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateOpsAlarmRule: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateOpsAlarmRule` for this operation. */
                "X-TC-Action": "CreateOpsAlarmRule";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOpsAlarmRuleRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateOpsAlarmRuleResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateProject: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateProject` for this operation. */
                "X-TC-Action": "CreateProject";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateProjectResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateProjectMember: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateProjectMember` for this operation. */
                "X-TC-Action": "CreateProjectMember";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectMemberRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateProjectMemberResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateQualityRule: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateQualityRule` for this operation. */
                "X-TC-Action": "CreateQualityRule";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateQualityRuleRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateQualityRuleResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateQualityRuleGroup: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateQualityRuleGroup` for this operation. */
                "X-TC-Action": "CreateQualityRuleGroup";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateQualityRuleGroupRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateQualityRuleGroupResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateResourceFile: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateResourceFile` for this operation. */
                "X-TC-Action": "CreateResourceFile";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateResourceFileRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateResourceFileResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateResourceFolder: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateResourceFolder` for this operation. */
                "X-TC-Action": "CreateResourceFolder";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateResourceFolderRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateResourceFolderResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateResourceGroup: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateResourceGroup` for this operation. */
                "X-TC-Action": "CreateResourceGroup";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateResourceGroupRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateResourceGroupResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateSQLFolder: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateSQLFolder` for this operation. */
                "X-TC-Action": "CreateSQLFolder";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSQLFolderRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSQLFolderResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateSQLScript: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateSQLScript` for this operation. */
                "X-TC-Action": "CreateSQLScript";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSQLScriptRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSQLScriptResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateTask: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateTask` for this operation. */
                "X-TC-Action": "CreateTask";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTaskResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateTaskFolder: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateTaskFolder` for this operation. */
                "X-TC-Action": "CreateTaskFolder";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskFolderRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTaskFolderResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateTriggerTask: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateTriggerTask` for this operation. */
                "X-TC-Action": "CreateTriggerTask";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTriggerTaskRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTriggerTaskResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateTriggerWorkflow: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateTriggerWorkflow` for this operation. */
                "X-TC-Action": "CreateTriggerWorkflow";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTriggerWorkflowRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTriggerWorkflowResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateWorkflow: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateWorkflow` for this operation. */
                "X-TC-Action": "CreateWorkflow";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkflowRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateWorkflowResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateWorkflowFolder: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateWorkflowFolder` for this operation. */
                "X-TC-Action": "CreateWorkflowFolder";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkflowFolderRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateWorkflowFolderResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    CreateWorkflowPermissions: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `CreateWorkflowPermissions` for this operation. */
                "X-TC-Action": "CreateWorkflowPermissions";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkflowPermissionsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateWorkflowPermissionsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteCodeFile: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteCodeFile` for this operation. */
                "X-TC-Action": "DeleteCodeFile";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteCodeFileRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteCodeFileResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteCodeFolder: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteCodeFolder` for this operation. */
                "X-TC-Action": "DeleteCodeFolder";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteCodeFolderRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteCodeFolderResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteCodePermissions: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteCodePermissions` for this operation. */
                "X-TC-Action": "DeleteCodePermissions";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteCodePermissionsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteCodePermissionsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteDataBackfillPlanAsync: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteDataBackfillPlanAsync` for this operation. */
                "X-TC-Action": "DeleteDataBackfillPlanAsync";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteDataBackfillPlanAsyncRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteDataBackfillPlanAsyncResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteDataSource: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteDataSource` for this operation. */
                "X-TC-Action": "DeleteDataSource";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteDataSourceRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteDataSourceResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteLineage: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteLineage` for this operation. */
                "X-TC-Action": "DeleteLineage";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteLineageRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteLineageResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteOpsAlarmRule: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteOpsAlarmRule` for this operation. */
                "X-TC-Action": "DeleteOpsAlarmRule";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteOpsAlarmRuleRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteOpsAlarmRuleResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteProject: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteProject` for this operation. */
                "X-TC-Action": "DeleteProject";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteProjectRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteProjectResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteProjectMember: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteProjectMember` for this operation. */
                "X-TC-Action": "DeleteProjectMember";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteProjectMemberRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteProjectMemberResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteQualityRule: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteQualityRule` for this operation. */
                "X-TC-Action": "DeleteQualityRule";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteQualityRuleRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteQualityRuleResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteQualityRuleGroup: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteQualityRuleGroup` for this operation. */
                "X-TC-Action": "DeleteQualityRuleGroup";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteQualityRuleGroupRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteQualityRuleGroupResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteResourceFile: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteResourceFile` for this operation. */
                "X-TC-Action": "DeleteResourceFile";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteResourceFileRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResourceFileResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteResourceFolder: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteResourceFolder` for this operation. */
                "X-TC-Action": "DeleteResourceFolder";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteResourceFolderRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResourceFolderResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteResourceGroup: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteResourceGroup` for this operation. */
                "X-TC-Action": "DeleteResourceGroup";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteResourceGroupRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResourceGroupResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteSQLFolder: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteSQLFolder` for this operation. */
                "X-TC-Action": "DeleteSQLFolder";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteSQLFolderRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteSQLFolderResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteSQLScript: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteSQLScript` for this operation. */
                "X-TC-Action": "DeleteSQLScript";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteSQLScriptRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteSQLScriptResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteTask: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteTask` for this operation. */
                "X-TC-Action": "DeleteTask";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteTaskRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteTaskResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteTaskFolder: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteTaskFolder` for this operation. */
                "X-TC-Action": "DeleteTaskFolder";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteTaskFolderRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteTaskFolderResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteTriggerTask: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteTriggerTask` for this operation. */
                "X-TC-Action": "DeleteTriggerTask";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteTriggerTaskRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteTriggerTaskResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteTriggerWorkflow: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteTriggerWorkflow` for this operation. */
                "X-TC-Action": "DeleteTriggerWorkflow";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteTriggerWorkflowRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteTriggerWorkflowResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteWorkflow: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteWorkflow` for this operation. */
                "X-TC-Action": "DeleteWorkflow";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteWorkflowRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteWorkflowResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteWorkflowFolder: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteWorkflowFolder` for this operation. */
                "X-TC-Action": "DeleteWorkflowFolder";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteWorkflowFolderRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteWorkflowFolderResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DeleteWorkflowPermissions: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DeleteWorkflowPermissions` for this operation. */
                "X-TC-Action": "DeleteWorkflowPermissions";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteWorkflowPermissionsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteWorkflowPermissionsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DescribeDataSourceAuthority: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DescribeDataSourceAuthority` for this operation. */
                "X-TC-Action": "DescribeDataSourceAuthority";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DescribeDataSourceAuthorityRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DescribeDataSourceAuthorityResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DisableProject: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DisableProject` for this operation. */
                "X-TC-Action": "DisableProject";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisableProjectRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisableProjectResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    DissociateResourceGroupFromProject: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `DissociateResourceGroupFromProject` for this operation. */
                "X-TC-Action": "DissociateResourceGroupFromProject";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DissociateResourceGroupFromProjectRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DissociateResourceGroupFromProjectResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    EnableProject: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `EnableProject` for this operation. */
                "X-TC-Action": "EnableProject";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnableProjectRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnableProjectResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetAlarmMessage: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetAlarmMessage` for this operation. */
                "X-TC-Action": "GetAlarmMessage";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetAlarmMessageRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAlarmMessageResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetCodeFile: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetCodeFile` for this operation. */
                "X-TC-Action": "GetCodeFile";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetCodeFileRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCodeFileResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetCodeFolder: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetCodeFolder` for this operation. */
                "X-TC-Action": "GetCodeFolder";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetCodeFolderRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCodeFolderResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetDataBackfillPlan: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetDataBackfillPlan` for this operation. */
                "X-TC-Action": "GetDataBackfillPlan";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetDataBackfillPlanRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetDataBackfillPlanResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetDataSource: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetDataSource` for this operation. */
                "X-TC-Action": "GetDataSource";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetDataSourceRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetDataSourceResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetDataSourceRelatedTasks: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetDataSourceRelatedTasks` for this operation. */
                "X-TC-Action": "GetDataSourceRelatedTasks";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetDataSourceRelatedTasksRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetDataSourceRelatedTasksResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetMyCodeMaxPermission: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetMyCodeMaxPermission` for this operation. */
                "X-TC-Action": "GetMyCodeMaxPermission";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetMyCodeMaxPermissionRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetMyCodeMaxPermissionResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetMyWorkflowMaxPermission: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetMyWorkflowMaxPermission` for this operation. */
                "X-TC-Action": "GetMyWorkflowMaxPermission";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetMyWorkflowMaxPermissionRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetMyWorkflowMaxPermissionResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetOpsAlarmRule: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetOpsAlarmRule` for this operation. */
                "X-TC-Action": "GetOpsAlarmRule";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetOpsAlarmRuleRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOpsAlarmRuleResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetOpsAsyncJob: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetOpsAsyncJob` for this operation. */
                "X-TC-Action": "GetOpsAsyncJob";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetOpsAsyncJobRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOpsAsyncJobResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetOpsTask: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetOpsTask` for this operation. */
                "X-TC-Action": "GetOpsTask";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetOpsTaskRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOpsTaskResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetOpsTaskCode: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetOpsTaskCode` for this operation. */
                "X-TC-Action": "GetOpsTaskCode";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetOpsTaskCodeRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOpsTaskCodeResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetOpsTriggerWorkflow: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetOpsTriggerWorkflow` for this operation. */
                "X-TC-Action": "GetOpsTriggerWorkflow";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetOpsTriggerWorkflowRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOpsTriggerWorkflowResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetOpsWorkflow: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetOpsWorkflow` for this operation. */
                "X-TC-Action": "GetOpsWorkflow";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetOpsWorkflowRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOpsWorkflowResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetProject: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetProject` for this operation. */
                "X-TC-Action": "GetProject";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetProjectRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetProjectResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetResourceFile: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetResourceFile` for this operation. */
                "X-TC-Action": "GetResourceFile";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetResourceFileRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetResourceFileResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetResourceFolder: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetResourceFolder` for this operation. */
                "X-TC-Action": "GetResourceFolder";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetResourceFolderRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetResourceFolderResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetResourceGroupMetrics: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetResourceGroupMetrics` for this operation. */
                "X-TC-Action": "GetResourceGroupMetrics";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetResourceGroupMetricsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetResourceGroupMetricsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetSQLFolder: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetSQLFolder` for this operation. */
                "X-TC-Action": "GetSQLFolder";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetSQLFolderRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSQLFolderResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetSQLScript: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetSQLScript` for this operation. */
                "X-TC-Action": "GetSQLScript";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetSQLScriptRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSQLScriptResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetTable: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetTable` for this operation. */
                "X-TC-Action": "GetTable";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetTableRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTableResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetTableColumns: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetTableColumns` for this operation. */
                "X-TC-Action": "GetTableColumns";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetTableColumnsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTableColumnsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetTask: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetTask` for this operation. */
                "X-TC-Action": "GetTask";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetTaskRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTaskResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetTaskCode: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetTaskCode` for this operation. */
                "X-TC-Action": "GetTaskCode";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetTaskCodeRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTaskCodeResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetTaskFolder: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetTaskFolder` for this operation. */
                "X-TC-Action": "GetTaskFolder";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetTaskFolderRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTaskFolderResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetTaskInstance: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetTaskInstance` for this operation. */
                "X-TC-Action": "GetTaskInstance";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetTaskInstanceRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTaskInstanceResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetTaskInstanceLog: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetTaskInstanceLog` for this operation. */
                "X-TC-Action": "GetTaskInstanceLog";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetTaskInstanceLogRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTaskInstanceLogResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetTaskVersion: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetTaskVersion` for this operation. */
                "X-TC-Action": "GetTaskVersion";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetTaskVersionRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTaskVersionResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetTriggerTask: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetTriggerTask` for this operation. */
                "X-TC-Action": "GetTriggerTask";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetTriggerTaskRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTriggerTaskResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetTriggerTaskCode: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetTriggerTaskCode` for this operation. */
                "X-TC-Action": "GetTriggerTaskCode";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetTriggerTaskCodeRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTriggerTaskCodeResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetTriggerTaskRun: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetTriggerTaskRun` for this operation. */
                "X-TC-Action": "GetTriggerTaskRun";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetTriggerTaskRunRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTriggerTaskRunResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetTriggerTaskVersion: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetTriggerTaskVersion` for this operation. */
                "X-TC-Action": "GetTriggerTaskVersion";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetTriggerTaskVersionRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTriggerTaskVersionResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetTriggerWorkflow: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetTriggerWorkflow` for this operation. */
                "X-TC-Action": "GetTriggerWorkflow";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetTriggerWorkflowRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTriggerWorkflowResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetTriggerWorkflowRun: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetTriggerWorkflowRun` for this operation. */
                "X-TC-Action": "GetTriggerWorkflowRun";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetTriggerWorkflowRunRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTriggerWorkflowRunResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetWorkflow: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetWorkflow` for this operation. */
                "X-TC-Action": "GetWorkflow";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetWorkflowRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetWorkflowResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GetWorkflowFolder: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GetWorkflowFolder` for this operation. */
                "X-TC-Action": "GetWorkflowFolder";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetWorkflowFolderRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetWorkflowFolderResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    GrantMemberProjectRole: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `GrantMemberProjectRole` for this operation. */
                "X-TC-Action": "GrantMemberProjectRole";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantMemberProjectRoleRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantMemberProjectRoleResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    KillTaskInstancesAsync: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `KillTaskInstancesAsync` for this operation. */
                "X-TC-Action": "KillTaskInstancesAsync";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KillTaskInstancesAsyncRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KillTaskInstancesAsyncResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    KillTriggerWorkflowRuns: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `KillTriggerWorkflowRuns` for this operation. */
                "X-TC-Action": "KillTriggerWorkflowRuns";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KillTriggerWorkflowRunsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KillTriggerWorkflowRunsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListAlarmMessages: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListAlarmMessages` for this operation. */
                "X-TC-Action": "ListAlarmMessages";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListAlarmMessagesRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListAlarmMessagesResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListCatalog: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListCatalog` for this operation. */
                "X-TC-Action": "ListCatalog";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListCatalogRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCatalogResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListCodeFolderContents: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListCodeFolderContents` for this operation. */
                "X-TC-Action": "ListCodeFolderContents";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListCodeFolderContentsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCodeFolderContentsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListCodePermissions: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListCodePermissions` for this operation. */
                "X-TC-Action": "ListCodePermissions";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListCodePermissionsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCodePermissionsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListColumnLineage: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListColumnLineage` for this operation. */
                "X-TC-Action": "ListColumnLineage";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListColumnLineageRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListColumnLineageResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListDataBackfillInstances: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListDataBackfillInstances` for this operation. */
                "X-TC-Action": "ListDataBackfillInstances";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListDataBackfillInstancesRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDataBackfillInstancesResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListDataSources: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListDataSources` for this operation. */
                "X-TC-Action": "ListDataSources";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListDataSourcesRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDataSourcesResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListDatabase: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListDatabase` for this operation. */
                "X-TC-Action": "ListDatabase";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListDatabaseRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDatabaseResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListDownstreamOpsTasks: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListDownstreamOpsTasks` for this operation. */
                "X-TC-Action": "ListDownstreamOpsTasks";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListDownstreamOpsTasksRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDownstreamOpsTasksResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListDownstreamTaskInstances: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListDownstreamTaskInstances` for this operation. */
                "X-TC-Action": "ListDownstreamTaskInstances";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListDownstreamTaskInstancesRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDownstreamTaskInstancesResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListDownstreamTasks: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListDownstreamTasks` for this operation. */
                "X-TC-Action": "ListDownstreamTasks";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListDownstreamTasksRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDownstreamTasksResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListDownstreamTriggerTasks: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListDownstreamTriggerTasks` for this operation. */
                "X-TC-Action": "ListDownstreamTriggerTasks";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListDownstreamTriggerTasksRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDownstreamTriggerTasksResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListLineage: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListLineage` for this operation. */
                "X-TC-Action": "ListLineage";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListLineageRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListLineageResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListOpsAlarmRules: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListOpsAlarmRules` for this operation. */
                "X-TC-Action": "ListOpsAlarmRules";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListOpsAlarmRulesRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListOpsAlarmRulesResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListOpsTasks: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListOpsTasks` for this operation. */
                "X-TC-Action": "ListOpsTasks";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListOpsTasksRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListOpsTasksResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListOpsTriggerWorkflows: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListOpsTriggerWorkflows` for this operation. */
                "X-TC-Action": "ListOpsTriggerWorkflows";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListOpsTriggerWorkflowsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListOpsTriggerWorkflowsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListOpsWorkflows: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListOpsWorkflows` for this operation. */
                "X-TC-Action": "ListOpsWorkflows";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListOpsWorkflowsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListOpsWorkflowsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListPermissions: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListPermissions` for this operation. */
                "X-TC-Action": "ListPermissions";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListPermissionsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListPermissionsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListProcessLineage: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListProcessLineage` for this operation. */
                "X-TC-Action": "ListProcessLineage";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListProcessLineageRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListProcessLineageResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListProjectMembers: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListProjectMembers` for this operation. */
                "X-TC-Action": "ListProjectMembers";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListProjectMembersRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListProjectMembersResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListProjectRoles: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListProjectRoles` for this operation. */
                "X-TC-Action": "ListProjectRoles";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListProjectRolesRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListProjectRolesResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListProjects: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListProjects` for this operation. */
                "X-TC-Action": "ListProjects";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListProjectsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListProjectsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListQualityRuleGroupExecResultsByPage: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListQualityRuleGroupExecResultsByPage` for this operation. */
                "X-TC-Action": "ListQualityRuleGroupExecResultsByPage";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListQualityRuleGroupExecResultsByPageRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListQualityRuleGroupExecResultsByPageResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListQualityRuleGroups: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListQualityRuleGroups` for this operation. */
                "X-TC-Action": "ListQualityRuleGroups";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListQualityRuleGroupsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListQualityRuleGroupsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListQualityRuleGroupsTable: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListQualityRuleGroupsTable` for this operation. */
                "X-TC-Action": "ListQualityRuleGroupsTable";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListQualityRuleGroupsTableRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListQualityRuleGroupsTableResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListQualityRuleTemplates: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListQualityRuleTemplates` for this operation. */
                "X-TC-Action": "ListQualityRuleTemplates";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListQualityRuleTemplatesRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListQualityRuleTemplatesResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListQualityRules: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListQualityRules` for this operation. */
                "X-TC-Action": "ListQualityRules";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListQualityRulesRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListQualityRulesResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListResourceFiles: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListResourceFiles` for this operation. */
                "X-TC-Action": "ListResourceFiles";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListResourceFilesRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResourceFilesResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListResourceFolders: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListResourceFolders` for this operation. */
                "X-TC-Action": "ListResourceFolders";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListResourceFoldersRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResourceFoldersResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListResourceGroups: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListResourceGroups` for this operation. */
                "X-TC-Action": "ListResourceGroups";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListResourceGroupsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResourceGroupsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListSQLFolderContents: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListSQLFolderContents` for this operation. */
                "X-TC-Action": "ListSQLFolderContents";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListSQLFolderContentsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListSQLFolderContentsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListSQLScriptRuns: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListSQLScriptRuns` for this operation. */
                "X-TC-Action": "ListSQLScriptRuns";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListSQLScriptRunsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListSQLScriptRunsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListSchema: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListSchema` for this operation. */
                "X-TC-Action": "ListSchema";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListSchemaRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListSchemaResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListTable: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListTable` for this operation. */
                "X-TC-Action": "ListTable";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListTableRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTableResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListTaskFolders: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListTaskFolders` for this operation. */
                "X-TC-Action": "ListTaskFolders";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListTaskFoldersRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTaskFoldersResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListTaskInstanceExecutions: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListTaskInstanceExecutions` for this operation. */
                "X-TC-Action": "ListTaskInstanceExecutions";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListTaskInstanceExecutionsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTaskInstanceExecutionsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListTaskInstances: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListTaskInstances` for this operation. */
                "X-TC-Action": "ListTaskInstances";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListTaskInstancesRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTaskInstancesResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListTaskVersions: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListTaskVersions` for this operation. */
                "X-TC-Action": "ListTaskVersions";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListTaskVersionsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTaskVersionsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListTasks: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListTasks` for this operation. */
                "X-TC-Action": "ListTasks";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListTasksRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTasksResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListTenantRoles: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListTenantRoles` for this operation. */
                "X-TC-Action": "ListTenantRoles";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListTenantRolesRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTenantRolesResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListTriggerTaskVersions: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListTriggerTaskVersions` for this operation. */
                "X-TC-Action": "ListTriggerTaskVersions";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListTriggerTaskVersionsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTriggerTaskVersionsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListTriggerTasks: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListTriggerTasks` for this operation. */
                "X-TC-Action": "ListTriggerTasks";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListTriggerTasksRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTriggerTasksResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListTriggerWorkflowRuns: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListTriggerWorkflowRuns` for this operation. */
                "X-TC-Action": "ListTriggerWorkflowRuns";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListTriggerWorkflowRunsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTriggerWorkflowRunsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListTriggerWorkflows: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListTriggerWorkflows` for this operation. */
                "X-TC-Action": "ListTriggerWorkflows";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListTriggerWorkflowsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTriggerWorkflowsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListUpstreamOpsTasks: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListUpstreamOpsTasks` for this operation. */
                "X-TC-Action": "ListUpstreamOpsTasks";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListUpstreamOpsTasksRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListUpstreamOpsTasksResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListUpstreamTaskInstances: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListUpstreamTaskInstances` for this operation. */
                "X-TC-Action": "ListUpstreamTaskInstances";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListUpstreamTaskInstancesRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListUpstreamTaskInstancesResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListUpstreamTasks: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListUpstreamTasks` for this operation. */
                "X-TC-Action": "ListUpstreamTasks";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListUpstreamTasksRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListUpstreamTasksResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListUpstreamTriggerTasks: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListUpstreamTriggerTasks` for this operation. */
                "X-TC-Action": "ListUpstreamTriggerTasks";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListUpstreamTriggerTasksRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListUpstreamTriggerTasksResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListWorkflowFolders: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListWorkflowFolders` for this operation. */
                "X-TC-Action": "ListWorkflowFolders";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListWorkflowFoldersRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListWorkflowFoldersResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListWorkflowPermissions: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListWorkflowPermissions` for this operation. */
                "X-TC-Action": "ListWorkflowPermissions";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListWorkflowPermissionsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListWorkflowPermissionsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ListWorkflows: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ListWorkflows` for this operation. */
                "X-TC-Action": "ListWorkflows";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListWorkflowsRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListWorkflowsResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ModifyQualityRule: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ModifyQualityRule` for this operation. */
                "X-TC-Action": "ModifyQualityRule";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModifyQualityRuleRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModifyQualityRuleResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    ModifyQualityRuleGroup: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `ModifyQualityRuleGroup` for this operation. */
                "X-TC-Action": "ModifyQualityRuleGroup";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModifyQualityRuleGroupRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModifyQualityRuleGroupResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    PauseOpsTasksAsync: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `PauseOpsTasksAsync` for this operation. */
                "X-TC-Action": "PauseOpsTasksAsync";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PauseOpsTasksAsyncRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PauseOpsTasksAsyncResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    RegisterLineage: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `RegisterLineage` for this operation. */
                "X-TC-Action": "RegisterLineage";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterLineageRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterLineageResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    RemoveMemberProjectRole: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `RemoveMemberProjectRole` for this operation. */
                "X-TC-Action": "RemoveMemberProjectRole";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveMemberProjectRoleRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemoveMemberProjectRoleResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    RerunTaskInstancesAsync: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `RerunTaskInstancesAsync` for this operation. */
                "X-TC-Action": "RerunTaskInstancesAsync";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RerunTaskInstancesAsyncRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RerunTaskInstancesAsyncResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    RerunTriggerWorkflowRunAsync: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `RerunTriggerWorkflowRunAsync` for this operation. */
                "X-TC-Action": "RerunTriggerWorkflowRunAsync";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RerunTriggerWorkflowRunAsyncRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RerunTriggerWorkflowRunAsyncResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    RevokeDataSourceAuthorization: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `RevokeDataSourceAuthorization` for this operation. */
                "X-TC-Action": "RevokeDataSourceAuthorization";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeDataSourceAuthorizationRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokeDataSourceAuthorizationResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    RevokePrivileges: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `RevokePrivileges` for this operation. */
                "X-TC-Action": "RevokePrivileges";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokePrivilegesRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokePrivilegesResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    RunSQLScript: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `RunSQLScript` for this operation. */
                "X-TC-Action": "RunSQLScript";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunSQLScriptRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunSQLScriptResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    SetSuccessTaskInstancesAsync: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `SetSuccessTaskInstancesAsync` for this operation. */
                "X-TC-Action": "SetSuccessTaskInstancesAsync";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetSuccessTaskInstancesAsyncRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Data` or `Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetSuccessTaskInstancesAsyncResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    StartOpsTasks: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `StartOpsTasks` for this operation. */
                "X-TC-Action": "StartOpsTasks";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartOpsTasksRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartOpsTasksResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    StopOpsTasksAsync: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `StopOpsTasksAsync` for this operation. */
                "X-TC-Action": "StopOpsTasksAsync";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StopOpsTasksAsyncRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StopOpsTasksAsyncResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    StopSQLScriptRun: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `StopSQLScriptRun` for this operation. */
                "X-TC-Action": "StopSQLScriptRun";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StopSQLScriptRunRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StopSQLScriptRunResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    SubmitTask: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `SubmitTask` for this operation. */
                "X-TC-Action": "SubmitTask";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitTaskRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmitTaskResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    SubmitTriggerTask: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `SubmitTriggerTask` for this operation. */
                "X-TC-Action": "SubmitTriggerTask";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitTriggerTaskRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmitTriggerTaskResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    UpdateCodeFile: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `UpdateCodeFile` for this operation. */
                "X-TC-Action": "UpdateCodeFile";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCodeFileRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCodeFileResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    UpdateCodeFolder: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `UpdateCodeFolder` for this operation. */
                "X-TC-Action": "UpdateCodeFolder";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCodeFolderRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCodeFolderResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    UpdateDataSource: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `UpdateDataSource` for this operation. */
                "X-TC-Action": "UpdateDataSource";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDataSourceRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateDataSourceResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    UpdateOpsAlarmRule: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `UpdateOpsAlarmRule` for this operation. */
                "X-TC-Action": "UpdateOpsAlarmRule";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOpsAlarmRuleRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateOpsAlarmRuleResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    UpdateOpsTasksOwner: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `UpdateOpsTasksOwner` for this operation. */
                "X-TC-Action": "UpdateOpsTasksOwner";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOpsTasksOwnerRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateOpsTasksOwnerResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    UpdateOpsTriggerTasksOwner: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `UpdateOpsTriggerTasksOwner` for this operation. */
                "X-TC-Action": "UpdateOpsTriggerTasksOwner";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOpsTriggerTasksOwnerRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateOpsTriggerTasksOwnerResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    UpdateProject: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `UpdateProject` for this operation. */
                "X-TC-Action": "UpdateProject";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProjectRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateProjectResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    UpdateResourceFile: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `UpdateResourceFile` for this operation. */
                "X-TC-Action": "UpdateResourceFile";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateResourceFileRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateResourceFileResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    UpdateResourceFolder: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `UpdateResourceFolder` for this operation. */
                "X-TC-Action": "UpdateResourceFolder";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateResourceFolderRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateResourceFolderResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    UpdateResourceGroup: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `UpdateResourceGroup` for this operation. */
                "X-TC-Action": "UpdateResourceGroup";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateResourceGroupRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateResourceGroupResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    UpdateSQLFolder: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `UpdateSQLFolder` for this operation. */
                "X-TC-Action": "UpdateSQLFolder";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSQLFolderRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateSQLFolderResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    UpdateSQLScript: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `UpdateSQLScript` for this operation. */
                "X-TC-Action": "UpdateSQLScript";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSQLScriptRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateSQLScriptResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    UpdateTask: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `UpdateTask` for this operation. */
                "X-TC-Action": "UpdateTask";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTaskRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTaskResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    UpdateTaskFolder: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `UpdateTaskFolder` for this operation. */
                "X-TC-Action": "UpdateTaskFolder";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTaskFolderRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTaskFolderResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    UpdateTaskPartially: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `UpdateTaskPartially` for this operation. */
                "X-TC-Action": "UpdateTaskPartially";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTaskPartiallyRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTaskPartiallyResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    UpdateTriggerTask: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `UpdateTriggerTask` for this operation. */
                "X-TC-Action": "UpdateTriggerTask";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTriggerTaskRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTriggerTaskResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    UpdateTriggerTaskPartially: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `UpdateTriggerTaskPartially` for this operation. */
                "X-TC-Action": "UpdateTriggerTaskPartially";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTriggerTaskPartiallyRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTriggerTaskPartiallyResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    UpdateTriggerWorkflow: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `UpdateTriggerWorkflow` for this operation. */
                "X-TC-Action": "UpdateTriggerWorkflow";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTriggerWorkflowRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTriggerWorkflowResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    UpdateTriggerWorkflowPartially: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `UpdateTriggerWorkflowPartially` for this operation. */
                "X-TC-Action": "UpdateTriggerWorkflowPartially";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTriggerWorkflowPartiallyRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTriggerWorkflowPartiallyResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    UpdateWorkflow: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `UpdateWorkflow` for this operation. */
                "X-TC-Action": "UpdateWorkflow";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkflowRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateWorkflowResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
    UpdateWorkflowFolder: {
        parameters: {
            query?: never;
            header: {
                /** @description The action to run. Always `UpdateWorkflowFolder` for this operation. */
                "X-TC-Action": "UpdateWorkflowFolder";
                "X-TC-Version": components["parameters"]["Version"];
                "X-TC-Region": components["parameters"]["Region"];
                "X-TC-Timestamp"?: components["parameters"]["Timestamp"];
                "X-TC-Token"?: components["parameters"]["Token"];
                "X-TC-Language"?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkflowFolderRequest"];
            };
        };
        responses: {
            /** @description Every processed request, successful or not (`Response.Error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateWorkflowFolderResponseBody"];
                };
            };
            default: components["responses"]["GatewayFailure"];
        };
    };
}
