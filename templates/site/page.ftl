<#-- Every page kind made from the catalogue (topic, indicator, area, unit, downloads, release):
     a title, breadcrumbs and sections. Layout only; texts and numbers arrive finished. -->
<#import "layout.ftl" as layout>
<@layout.page frame=page.frame>
<nav class="breadcrumb" aria-label="位置 Breadcrumb"><a href="${page.frame.root}index.html">首页 <span lang="en">Home</span></a><#list page.breadcrumbs as crumb> › <a href="${crumb.href}">${crumb.chinese} <span lang="en">${crumb.english}</span></a></#list> › ${page.chineseTitle}</nav>
<h1>${page.chineseTitle}<span class="en" lang="en">${page.englishTitle}</span></h1>
<#if page.sections?size gt 1>
<nav class="contents" aria-label="本页目录 On this page">
  <ul>
<#list page.sections as section>
    <li><a href="#${section.id}">${section.chineseHeading}</a></li>
</#list>
  </ul>
</nav>
</#if>
<#list page.sections as section>
<section aria-labelledby="${section.id}" class="kind-${page.kind}<#if (section.tables?size gt 1 && !section.figures?has_content)> tables</#if>">
  <h2 id="${section.id}">${section.chineseHeading} <span class="en" lang="en">${section.englishHeading}</span></h2>
<#list section.paragraphs as paragraph>
  <p class="note">${paragraph}</p>
</#list>
<#if section.facts?has_content>
  <dl class="facts">
<#list section.facts as fact>
    <div><dt>${fact.label.chineseName} <span lang="en">${fact.label.englishName}</span></dt><dd>${fact.value}</dd></div>
</#list>
  </dl>
</#if>
<#list section.figures as figure>
  <@layout.figure figure=figure/>
</#list>
<#list section.tables as table>
  <@layout.table table=table/>
</#list>
<#if section.links?has_content>
  <ul class="links">
<#list section.links as link>
    <li><a href="${link.href}">${link.chinese} <span lang="en">${link.english}</span></a></li>
</#list>
  </ul>
</#if>
<#if section.downloads?has_content>
  <ul class="downloads">
<#list section.downloads as download>
    <li><a href="${download.href}" download>${download.chineseName}<span class="en" lang="en">${download.englishName}</span></a> <span class="download-note">${download.chineseDescription} <span lang="en">${download.englishDescription}</span></span></li>
</#list>
  </ul>
</#if>
</section>
</#list>
</@layout.page>
