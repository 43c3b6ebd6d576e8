<#-- 挂图作战: counties × years, and the counties as a tile map. Every status is written out as
     well as coloured (class st-*), so the board reads in greyscale. Layout only. -->
<#import "layout.ftl" as layout>
<@layout.page frame=page.frame>
<nav class="breadcrumb" aria-label="位置 Breadcrumb"><a href="${page.frame.root}index.html">首页 <span lang="en">Home</span></a> › ${page.chineseTitle}</nav>
<h1>${page.chineseTitle}<span class="en" lang="en">${page.englishTitle}</span></h1>
<#list page.notes as note>
<p class="note">${note}</p>
</#list>
<#if page.prefectures?has_content>
<ul class="board-legend" aria-label="图例 Legend">
<#list page.legend as entry>
  <li><span class="swatch st-${entry.cssClass}" aria-hidden="true"></span>${entry.chinese} <span lang="en">${entry.english}</span></li>
</#list>
</ul>

<section aria-labelledby="tiles">
<h2 id="tiles">${page.latestYear}各县状态 <span class="en" lang="en">Every county, as of ${page.latestYear}</span></h2>
<div class="tile-map">
<#list page.prefectures as prefecture>
  <section class="tile-group" aria-labelledby="tiles-${prefecture.code}">
    <h3 id="tiles-${prefecture.code}">${prefecture.name}</h3>
    <ul class="tiles">
<#list prefecture.tiles as tile>
      <li class="tile st-${tile.cssClass}"><a href="${tile.href}"><span class="tile-name">${tile.name}</span><span class="tile-status">${tile.status}</span></a></li>
</#list>
    </ul>
  </section>
</#list>
</div>
</section>

<section aria-labelledby="board">
<h2 id="board">分年度作战图 <span class="en" lang="en">County by year</span></h2>
<div class="table-scroll" role="region" aria-label="分年度作战图" tabindex="0">
<table class="board">
  <caption>贫困县摘帽、贫困村出列和贫困发生率 <span class="en" lang="en">Counties out of poverty, villages exited/planned, poverty incidence</span></caption>
  <thead>
    <tr>
      <th scope="col">县 <span class="en" lang="en">County</span></th>
      <th scope="col">计划摘帽 <span class="en" lang="en">Planned</span></th>
<#list page.years as year>
      <th scope="col">${year}</th>
</#list>
    </tr>
  </thead>
<#list page.prefectures as prefecture>
  <tbody>
    <tr class="board-group"><th scope="colgroup" colspan="${page.years?size + 2}">${prefecture.name}</th></tr>
<#list prefecture.counties as county>
    <tr>
      <th scope="row"><a href="${county.href}">${county.name}</a><#if county.povertyType?has_content> <span class="tag">${county.povertyType}</span></#if></th>
      <td>${county.planned}</td>
<#list county.cells as cell>
      <td class="st-${cell.cssClass}"><#if cell.status?has_content><span class="cell-status">${cell.status}</span></#if><#if cell.villages?has_content><span class="cell-line">${cell.villages}</span></#if><#if cell.incidence?has_content><span class="cell-line">${cell.incidence}</span></#if></td>
</#list>
    </tr>
</#list>
  </tbody>
</#list>
</table>
</div>
</section>
</#if>
</@layout.page>
