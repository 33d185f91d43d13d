package org.polymetric.organizations.service;

/** A validated change of a game's descriptive fields (the pages' edit form); keys never change here. */
public record GameEdit(String title, String sdkUsed, String platform, String storePlatform,
                       String bundleId, String googleplayKey, String timezone) {
}
