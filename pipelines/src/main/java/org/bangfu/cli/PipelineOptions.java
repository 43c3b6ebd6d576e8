package org.bangfu.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.bangfu.ingest.IngestSettings;
import org.bangfu.ingest.ReadLimits;
import org.bangfu.publish.PublishOptions;
import picocli.CommandLine.Option;

/**
 * The paths and settings every pipeline command shares. Each comes from its flag, else from the
 * configuration file ({@link ConfigurationFile}, applied as picocli's default values), else from the
 * default written here; {@code bangfu config} shows which.
 */
public final class PipelineOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "配置文件；不填时用当前目录的 bangfu.yaml 或 bangfu.properties / configuration file; default:"
                    + " bangfu.yaml or bangfu.properties in the current folder")
    Path config;

    @Option(names = "--lang", paramLabel = "zh|en",
            description = "输出语言；不填时按系统语言，无法判断时为中文 / language of the output; default: the locale's, Chinese when unsure")
    void language(String language) {
        Output.language(Language.parse(language));
    }

    @Option(names = "--issuing-office",
            description = "工作简报的编印单位 / the office named on the briefing (default: " + PublishOptions.DEFAULT_ISSUING_OFFICE + ")")
    String issuingOffice;

    @Option(names = "--inbox", defaultValue = "inbox",
            description = "收件箱：报送的 xlsx/csv 文件 / folder of submitted files (default: ${DEFAULT-VALUE})")
    String inbox;

    @Option(names = "--warehouse", defaultValue = "warehouse",
            description = "数据仓库根路径，可为 hdfs:// 或 s3a:// / warehouse root, local, hdfs:// or s3a:// (default: ${DEFAULT-VALUE})")
    String warehouse;

    @Option(names = "--site", defaultValue = "site",
            description = "网站与简报的输出目录 / output folder of the site and briefings (default: ${DEFAULT-VALUE})")
    Path site;

    // bin/bangfu points this at the checkout's templates/, so the command works from any folder.
    @Option(names = "--templates", defaultValue = "${sys:bangfu.templates:-templates}",
            description = "模板目录，可直接修改 / folder of the editable templates (default: ${DEFAULT-VALUE})")
    Path templates;

    @Option(names = "--master",
            description = "Spark master，例如 local[2] 或 yarn；不填时沿用 spark-submit 的设置，否则为 local[*] /"
                    + " Spark master; default: what spark-submit set, else local[*]")
    String master;

    @Option(names = "--today",
            description = "检查“报告期不能晚于今天”时使用的日期 / the date periods are checked against (default: today)")
    LocalDate today;

    @Option(names = "--pseudonym-salt-file",
            description = "假名化盐文件（可为 hdfs://）；不填时用环境变量 BANGFU_PSEUDONYM_SALT_FILE，再不填则用仓库内自动生成的"
                    + " _config/pseudonym.salt / file holding the pseudonym salt; default: $BANGFU_PSEUDONYM_SALT_FILE,"
                    + " else the warehouse's own, created on first use")
    String pseudonymSaltFile;

    @Option(names = "--max-file-megabytes", defaultValue = "512",
            description = "单个报送文件的大小上限（MB）/ largest submitted file accepted, in MB (default: ${DEFAULT-VALUE})")
    long maxFileMegabytes;

    @Option(names = "--max-unpacked-megabytes", defaultValue = "4096",
            description = "xlsx 解压后的大小上限（MB），防止压缩炸弹 / most an xlsx may unpack to, in MB (default: ${DEFAULT-VALUE})")
    long maxUnpackedMegabytes;

    IngestSettings ingestSettings() {
        String saltFile = pseudonymSaltFile != null ? pseudonymSaltFile : System.getenv(IngestSettings.SALT_FILE_VARIABLE);
        return new IngestSettings(saltFile, new ReadLimits(maxFileMegabytes * ReadLimits.MEGABYTE,
                maxUnpackedMegabytes * ReadLimits.MEGABYTE, ReadLimits.defaults().minInflateRatio()));
    }

    @Option(names = "--deadline-days", defaultValue = "10",
            description = "报告期结束后多少天内报送不算迟报 / days after the end of a period by which forms are due"
                    + " (default: ${DEFAULT-VALUE})")
    int deadlineDays;

    LocalDate checkDate() {
        return today != null ? today : LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    String warehouse() {
        return warehouse;
    }

    String master() {
        return master;
    }
}
