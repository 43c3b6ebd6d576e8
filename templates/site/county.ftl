<#import "layout.ftl" as layout>
<@layout.page frame=page.frame>
<nav class="breadcrumb" aria-label="位置 Breadcrumb"><a href="${page.frame.root}index.html">首页 <span lang="en">Home</span></a> › <a href="${page.frame.root}index.html#areas-heading">各市州和县 <span lang="en">Areas</span></a> › ${page.name}</nav>
<h1>${page.name}<span class="en" lang="en">County ${page.code}</span></h1>
<dl class="facts">
<#list page.facts as fact>
  <div><dt>${fact.label.chineseName} <span lang="en">${fact.label.englishName}</span></dt><dd>${fact.value}</dd></div>
</#list>
</dl>
<p><a href="${page.areaHref}">${page.name}各专题主要指标、帮扶单位和报送情况 <span lang="en">Key figures of every topic, assisting units and submissions</span></a></p>
<#if page.figure??>
<@layout.figure figure=page.figure/>
<#else>
<p class="note">${page.noFiguresNote}</p>
</#if>
</@layout.page>
