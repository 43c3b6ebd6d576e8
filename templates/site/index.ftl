<#import "layout.ftl" as layout>
<@layout.page frame=page.frame>
<section class="headline-section" aria-labelledby="headline-heading">
  <h1 id="headline-heading">${page.provinceName}${page.quarterChinese}定点帮扶主要指标<span class="en" lang="en">Key figures, ${page.quarterEnglish}</span></h1>
  <p class="summary">${page.summaryChinese}</p>
  <p class="summary summary-en" lang="en">${page.summaryEnglish}</p>
  <dl class="headlines">
<#list page.headlines as headline>
    <div class="headline">
      <dt>${headline.chineseName}<span class="en" lang="en">${headline.englishName}</span></dt>
      <dd>
        <span class="value">${headline.chineseValue}</span>
        <span class="value-en" lang="en">${headline.englishValue}</span>
        <span class="span-note">${headline.chineseSpan} <span lang="en">${headline.englishSpan}</span></span>
      </dd>
    </div>
</#list>
  </dl>
</section>

<section aria-labelledby="topics-heading">
  <h2 id="topics-heading">专题 <span class="en" lang="en">Topics</span></h2>
  <ul class="cards">
<#list page.cards as card>
    <li class="card">
      <h3><a href="${card.href}">${card.chineseTitle}<span class="en" lang="en">${card.englishTitle}</span></a></h3>
      <p class="card-figure">${card.figureChinese} <span lang="en">${card.figureEnglish}</span></p>
      <p class="value">${card.valueChinese}</p>
      <p class="value-en" lang="en">${card.valueEnglish}</p>
      <p class="change">${card.changeChinese} <span lang="en">${card.changeEnglish}</span></p>
    </li>
</#list>
  </ul>
</section>

<section aria-labelledby="charts-heading">
  <h2 id="charts-heading">帮扶资金 <span class="en" lang="en">Funds</span></h2>
<#list page.figures as figure>
  <@layout.figure figure=figure/>
</#list>
</section>

<section aria-labelledby="areas-heading">
  <h2 id="areas-heading">各市州和县 <span class="en" lang="en">Prefectures and counties</span></h2>
  <div class="prefectures">
<#list page.prefectures as prefecture>
    <section class="prefecture" aria-labelledby="prefecture-${prefecture.code}">
      <h3 id="prefecture-${prefecture.code}">${prefecture.name} <span class="code">${prefecture.code}</span></h3>
      <ul class="county-list">
<#list prefecture.counties as county>
        <li><a href="${county.href}">${county.name}</a> <span class="code">${county.code}</span><#if county.povertyType?has_content> <span class="tag">${county.povertyType}</span></#if></li>
</#list>
      </ul>
    </section>
</#list>
  </div>
</section>

<section aria-labelledby="downloads-heading">
  <h2 id="downloads-heading">下载 <span class="en" lang="en">Downloads</span></h2>
  <ul class="downloads">
<#list page.downloads as download>
    <li>
      <a href="${download.href}" download>${download.chineseName}<span class="en" lang="en">${download.englishName}</span></a>
      <p>${download.chineseDescription} <span lang="en">${download.englishDescription}</span></p>
    </li>
</#list>
  </ul>
</section>

<section aria-labelledby="indicators-heading">
  <h2 id="indicators-heading">指标说明 <span class="en" lang="en">About the indicators</span></h2>
  <dl class="indicator-notes">
<#list page.indicators as indicator>
    <dt>${indicator.chineseName}（${indicator.chineseUnit}）<span class="en" lang="en">${indicator.englishName} (${indicator.englishUnit}) · <code>${indicator.code}</code></span></dt>
    <dd>${indicator.chineseDefinition}<span class="en" lang="en">${indicator.englishDefinition}</span></dd>
</#list>
  </dl>
</section>
</@layout.page>
