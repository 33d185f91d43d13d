package org.polymetric.organizations.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The enumerations of the GameAnalytics Organization API v1, as its specification lists them. */
public final class Vocabulary {
    private Vocabulary() {
    }

    public static final List<String> SDK_USED = List.of("unity", "unreal", "ios_native", "tvos_native", "android_native",
            "javascript", "adobe_air", "cocos2d", "cordova", "soldar2d", "construct", "defold", "gamemaker", "godot",
            "roblox", "stencyl", "xamarin", "flutter", "csharp", "cpp", "collection_api", "other");

    public static final List<String> PLATFORM = List.of("android", "huawei_android", "amazon_android", "browser", "ios", "tvos",
            "playstation", "xbox", "nintendo", "linux", "windows", "meta_vr_android", "macos", "other");

    /**
     * StorePlatform: the specification shows one example ({@code amazon_appstore}), not a closed
     * list, so any lower-case identifier of at most 32 characters (the column's width) is taken.
     */
    public static final Pattern STORE_PLATFORM = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    /** Stores the pages offer in their select (any other {@link #STORE_PLATFORM} a game has is added). */
    public static final List<String> KNOWN_STORES = List.of("apple_app_store", "google_play", "amazon_appstore",
            "huawei_appgallery", "steam", "epic_games_store", "microsoft_store", "xbox_store", "playstation_store",
            "nintendo_eshop", "meta_quest_store", "web", "other");

    /** {@link #STORE_PLATFORM} in words, for the pages' messages. */
    public static final String STORE_PLATFORM_SHAPE = "a lower-case identifier: a letter, then letters, digits or _ (32 at most)";

    /** {@link #KNOWN_STORES} and, when it is another, the store a game already has (so saving its page keeps it). */
    public static List<String> storesWith(String current) {
        if (current == null || KNOWN_STORES.contains(current)) {
            return KNOWN_STORES;
        }
        List<String> all = new ArrayList<>(KNOWN_STORES);
        all.add(current);
        return List.copyOf(all);
    }

    /** The longest text filter (a game title or a studio name is at most this long, so longer ones match nothing). */
    public static final int MAX_TEXT = 191;

    public static final List<String> GAME_SORT = sorts("id", "title", "created_at", "archived_at", "dau", "mau", "wau");

    public static final List<String> STUDIO_SORT = sorts("id", "name", "created_at", "archived_at");

    public static final List<String> USER_SORT = sorts("id", "full_name", "access_level", "last_logged_in_at");

    public static final List<String> ACCESS_RESOURCE = List.of("organization", "studio", "game");

    public static final List<String> ACCESS_LEVEL = List.of("primary_owner", "owner", "admin", "viewer");

    /** Levels a replace-ACL or invite may hand out (the primary owner is made, not granted). */
    public static final List<String> GRANTABLE_LEVEL = List.of("owner", "admin", "viewer");

    public static final List<String> GAME_EXPAND = List.of("studio", "organization");

    public static final List<String> STUDIO_EXPAND = List.of();

    private static List<String> sorts(String... properties) {
        List<String> all = new ArrayList<>();
        for (String p : properties) {
            all.add(p + ":asc");
            all.add(p + ":desc");
        }
        return List.copyOf(all);
    }
}
