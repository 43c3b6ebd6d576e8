<#-- Shared page frame and building blocks. Layout only: every text and number arrives finished
     in the page model (see org.bangfu.publish.TemplateModel); output is HTML-escaped automatically. -->
<#macro page frame>
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="bangfu-data-version" content="${frame.stamp}">
<title>${frame.chineseTitle} · 定点帮扶工作统计 | ${frame.englishTitle} · Targeted assistance statistics</title>
<link rel="stylesheet" href="${frame.root}assets/style.css">
</head>
<body>
<a class="skip-link" href="#main">跳到正文 <span lang="en">Skip to content</span></a>
<header class="site-header">
  <div class="wrap">
    <a class="site-name" href="${frame.root}index.html">定点帮扶工作统计<span class="en" lang="en">Targeted poverty alleviation: assistance statistics</span></a>
    <nav aria-label="主导航 Main">
      <ul>
        <li><a href="${frame.root}index.html#topics-heading">专题 <span lang="en">Topics</span></a></li>
        <li><a href="${frame.root}index.html#areas-heading">市州和县 <span lang="en">Areas</span></a></li>
        <li><a href="${frame.root}pages/board.html">挂图作战 <span lang="en">Battle map</span></a></li>
        <li><a href="${frame.root}topics/quality.html">数据质量 <span lang="en">Data quality</span></a></li>
        <li><a href="${frame.root}pages/downloads.html">下载 <span lang="en">Downloads</span></a></li>
      </ul>
    </nav>
  </div>
</header>
<main id="main" class="wrap">
<#nested>
</main>
<footer class="site-footer">
  <div class="wrap">
    <p><span class="footer-label">发布版本 <span lang="en">Release</span></span> <a href="${frame.root}pages/release.html"><span class="release">${frame.releaseLabel}</span> · 所用数据表及版本 <span lang="en">tables and versions</span></a> · <a href="${frame.root}pages/revisions.html">修订说明 <span lang="en">what changed</span></a></p>
    <p><span class="footer-label">${frame.publishedOnLabel.chineseName} <span lang="en">${frame.publishedOnLabel.englishName}</span></span> <time datetime="${frame.publishedOnIso}">${frame.publishedOnChinese}</time> <span lang="en">(${frame.publishedOnEnglish})</span></p>
  </div>
</footer>
</body>
</html>
</#macro>

<#-- A data table with its caption; wide tables scroll sideways instead of squeezing. -->
<#macro table table>
<div class="table-scroll" role="region" aria-label="${table.chineseCaption}" tabindex="0">
<table>
  <caption>${table.chineseCaption} <span class="en" lang="en">${table.englishCaption}</span></caption>
  <thead>
<#list table.headerRows as headerRow>
    <tr>
<#list headerRow as cell>
      <th scope="${(cell.columnSpan gt 1)?then('colgroup', 'col')}"<#if cell.columnSpan gt 1> colspan="${cell.columnSpan}"</#if><#if cell.rowSpan gt 1> rowspan="${cell.rowSpan}"</#if>>${cell.chinese}<span class="en" lang="en">${cell.english}</span></th>
</#list>
    </tr>
</#list>
  </thead>
  <tbody>
<#list table.rows as row>
    <tr>
      <th scope="row"><#if row.href?has_content><a href="${row.href}">${row.chineseHeading}</a><#else>${row.chineseHeading}</#if><#if row.englishHeading?has_content> <span class="en" lang="en">${row.englishHeading}</span></#if></th>
<#list row.cells as cell>
      <td<#if !cell?matches("[-−+0-9,.%/　 —（）()个年季度第一二三四]*")> class="text"</#if>>${cell}</td>
</#list>
    </tr>
</#list>
  </tbody>
</table>
</div>
<#if table.cut??>
<p class="note table-cut">${table.cut.chinese}<#list table.cut.files as file> <a href="${file.href}" download>${file.chinese}</a></#list> <span class="en" lang="en">${table.cut.english}</span></p>
</#if>
</#macro>

<#-- A chart, its text alternative, and the table of the figures it draws. -->
<#-- A narrow table (a series or one figure per area) stands beside its chart on a wide screen. -->
<#macro figure figure>
<div class="figure-block<#if (figure.table.headerRows?size == 1 && figure.table.headerRows[0]?size lte 3)> beside</#if>">
<figure class="chart">
  <img src="${figure.imageHref}" width="${figure.width}" height="${figure.height}" alt="${figure.altText}">
  <figcaption>${figure.chineseCaption} <span class="en" lang="en">${figure.englishCaption}</span></figcaption>
</figure>
<@table table=figure.table/>
</div>
</#macro>
