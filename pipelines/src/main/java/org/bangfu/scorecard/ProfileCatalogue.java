package org.bangfu.scorecard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The province profiles in use: {@code provinces.json} (which profile each province uses, and the
 * default) and every profile it names, with their includes resolved. Everything is read and
 * checked when the catalogue is built, so a bad file stops the run before any table is written.
 *
 * <p>The files come from the class path ({@code profiles/}) unless the environment variable
 * {@value #DIRECTORY_VARIABLE} names a directory holding the same files.
 */
public final class ProfileCatalogue {

    /** Environment variable naming a directory of profile files that replaces the built-in ones. */
    public static final String DIRECTORY_VARIABLE = "BANGFU_PROFILES";
    /** The file that maps provinces to profiles. */
    public static final String PROVINCES_FILE = "provinces.json";

    private final String defaultProfile;
    private final Map<String, String> profileByProvince;
    private final Map<String, ProvinceProfile> profiles;
    private final String fingerprint;

    private ProfileCatalogue(String defaultProfile, Map<String, String> profileByProvince,
            Map<String, ProvinceProfile> profiles, String fingerprint) {
        this.defaultProfile = defaultProfile;
        this.profileByProvince = Map.copyOf(profileByProvince);
        this.profiles = Map.copyOf(profiles);
        this.fingerprint = fingerprint;
    }

    /** The directory in {@value #DIRECTORY_VARIABLE} when it is set, else the built-in profiles. */
    public static ProfileCatalogue fromConfiguration() {
        String directory = System.getenv(DIRECTORY_VARIABLE);
        return directory == null || directory.isBlank() ? fromClassPath() : fromDirectory(Path.of(directory));
    }

    /** The profiles shipped in the jar under {@code profiles/}. */
    public static ProfileCatalogue fromClassPath() {
        return load(name -> {
            try (InputStream in = ProfileCatalogue.class.getClassLoader().getResourceAsStream("profiles/" + name)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }, name -> "profiles/" + name + " (class path)");
    }

    /** The profiles in a directory: {@code provinces.json} and {@code <code>.json} per profile. */
    public static ProfileCatalogue fromDirectory(Path directory) {
        return load(name -> {
            Path file = directory.resolve(name);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException unreadable) {
                throw new UncheckedIOException("cannot read " + file, unreadable);
            }
        }, name -> directory.resolve(name).toString());
    }

    private static ProfileCatalogue load(Function<String, Optional<String>> files, Function<String, String> describe) {
        ProfileReader reader = new ProfileReader();
        MessageDigest digest = sha256();
        String provincesText = files.apply(PROVINCES_FILE).orElseThrow(
                () -> ProfileException.fileNotFound(describe.apply(PROVINCES_FILE), "省份与配置的对应 / the province mapping"));
        digest.update(provincesText.getBytes(StandardCharsets.UTF_8));
        ProfileReader.ProvinceMapping mapping = reader.readProvinces(describe.apply(PROVINCES_FILE), provincesText);
        Map<String, ProfileReader.ProfileFile> read = new LinkedHashMap<>();
        List<String> wanted = new ArrayList<>();
        wanted.add(mapping.defaultProfile());
        wanted.addAll(mapping.profileByProvince().values());
        Map<String, ProvinceProfile> resolved = new LinkedHashMap<>();
        for (String code : wanted) {
            if (!resolved.containsKey(code)) {
                ProvinceProfile profile = resolve(code, describe.apply(PROVINCES_FILE), List.of(), files, describe,
                        reader, read, digest);
                if (profile.rules().isEmpty()) {
                    throw ProfileException.valueInvalid(profile.source(), "rules", "[]",
                            "至少一条规则（本文件或 includes 引用的配置中）", "at least one rule, here or in an included profile");
                }
                resolved.put(code, profile);
            }
        }
        return new ProfileCatalogue(mapping.defaultProfile(), mapping.profileByProvince(), resolved,
                HexFormat.of().formatHex(digest.digest()).substring(0, 16));
    }

    /** The profile with its included profiles' rules appended, each include resolved once. */
    private static ProvinceProfile resolve(String code, String referrer, List<String> chain,
            Function<String, Optional<String>> files, Function<String, String> describe, ProfileReader reader,
            Map<String, ProfileReader.ProfileFile> read, MessageDigest digest) {
        String fileName = code + ".json";
        ProfileReader.ProfileFile profileFile = read.get(code);
        if (profileFile == null) {
            String text = files.apply(fileName).orElseThrow(
                    () -> ProfileException.fileNotFound(describe.apply(fileName), referrer));
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            profileFile = reader.readProfile(describe.apply(fileName), code, text);
            read.put(code, profileFile);
        }
        List<String> path = new ArrayList<>(chain);
        path.add(code);
        ProvinceProfile own = profileFile.profile();
        List<ProgrammeRule> rules = new ArrayList<>(own.rules());
        Map<String, String> ruleSource = new LinkedHashMap<>();
        own.rules().forEach(rule -> ruleSource.put(rule.code(), own.source()));
        for (int index = 0; index < profileFile.includes().size(); index++) {
            String include = profileFile.includes().get(index);
            String key = "includes[" + index + "]";
            if (path.contains(include)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(include);
                throw ProfileException.includesCycle(own.source(), key, cycle);
            }
            ProvinceProfile included = resolve(include, own.source() + " " + key, path, files, describe, reader,
                    read, digest);
            for (ProgrammeRule rule : included.rules()) {
                String earlier = ruleSource.putIfAbsent(rule.code(), included.source());
                if (earlier != null) {
                    throw ProfileException.ruleCodeDuplicated(own.source(), key, rule.code(), earlier,
                            included.source());
                }
                rules.add(rule);
            }
        }
        return new ProvinceProfile(own.code(), own.nameChinese(), own.nameEnglish(), rules, own.verdictPolicy(),
                own.source());
    }

    /** The profile a province (6-digit code, e.g. 580000) uses. */
    public ProvinceProfile profileFor(String provinceCode) {
        return profiles.get(profileByProvince.getOrDefault(provinceCode, defaultProfile));
    }

    /** A profile by its code, among those the province mapping names. */
    public Optional<ProvinceProfile> profile(String code) {
        return Optional.ofNullable(profiles.get(code));
    }

    /** A short hash of every file read: recorded with the gold tables so that editing a profile rebuilds them. */
    public String fingerprint() {
        return fingerprint;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
