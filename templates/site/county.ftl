<#-- counties/<code>.html: the county pages were merged into the area pages (areas/<code>.html);
     this stub keeps old links and bookmarks working by sending the reader on. -->
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="bangfu-data-version" content="${page.frame.stamp}">
<meta http-equiv="refresh" content="0; url=${page.areaHref}">
<link rel="canonical" href="${page.areaHref}">
<title>${page.name} · 定点帮扶工作统计 | Targeted assistance statistics</title>
<link rel="stylesheet" href="${page.frame.root}assets/style.css">
</head>
<body>
<main id="main" class="wrap">
<h1>${page.name}<span class="en" lang="en">County ${page.code}</span></h1>
<p>本页已并入<a href="${page.areaHref}">${page.name}的地区页</a>。 <span lang="en">This page has moved to <a href="${page.areaHref}">the area page of ${page.name}</a>.</span></p>
</main>
<footer class="site-footer"><div class="wrap"><p>发布版本 <span lang="en">Release</span> <a href="${page.frame.root}pages/release.html">${page.frame.releaseLabel}</a></p></div></footer>
</body>
</html>
