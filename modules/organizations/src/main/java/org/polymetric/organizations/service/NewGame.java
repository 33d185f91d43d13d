package org.polymetric.organizations.service;

/** A validated {@code POST /games} body. */
public record NewGame(long studioId, String title, String sdkUsed, String platform, String storePlatform,
                      String bundleId, String googleplayKey) {
}
