package org.polymetric.events.remoteconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polymetric.events.api.WriteParams;
import org.polymetric.events.ingest.App;
import org.polymetric.events.ingest.AppDirectory;

class SdkFetchTest {
    private static final String KEY = "0123456789abcdef0123456789abcdef01234567";
    private static final String BUSY = "{\"result\":\"Server is busy, try again later\"}";

    /** A game whose key is {@link #KEY}, found without a database. */
    private static final class OneApp extends AppDirectory {
        @Override
        public Optional<App> byKey(String appKey) {
            return Optional.of(new App(7, 1, ZoneOffset.UTC, "", true, false));
        }
    }

    /** A database that has stopped answering, for the keys or for the device. */
    private static final class Failing extends RemoteConfigStore {
        private final boolean keysToo;

        Failing(boolean keysToo) {
            this.keysToo = keysToo;
        }

        @Override
        public List<Parameter> all(long gameId) {
            if (keysToo) {
                throw new Unavailable("test", new SQLException("connection refused"));
            }
            return List.of(new Parameter("k", "1", List.of(new Condition(Condition.Field.PLATFORM, Condition.Op.IS, "iOS", "2"))));
        }

        @Override
        public DeviceFacts lastReported(long gameId, String deviceId) {
            throw new Unavailable("test", new SQLException("connection refused"));
        }
    }

    private static SdkFetch fetch(RemoteConfigStore store) {
        RemoteConfig remoteConfig = new RemoteConfig();
        remoteConfig.store = store;
        SdkFetch fetch = new SdkFetch();
        fetch.apps = new OneApp();
        fetch.remoteConfig = remoteConfig;
        return fetch;
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsBusyForSdksWhichRetry() throws Exception {
        WriteParams call = WriteParams.of("method=rc&app_key=" + KEY + "&device_id=d1", null, null);
        assertEquals(new SdkFetch.Answer(503, BUSY), fetch(new Failing(true)).fetch(call), "reading the keys");
        assertEquals(new SdkFetch.Answer(503, BUSY), fetch(new Failing(false)).fetch(call), "reading the device");
        // with the facts in the request the device is not read
        WriteParams withMetrics = WriteParams.of("method=fetch_remote_config&app_key=" + KEY + "&device_id=d1&metrics="
                + "%7B%22_os%22%3A%22iOS%22%2C%22_app_version%22%3A%221.0%22%7D", null, null);
        assertEquals(new SdkFetch.Answer(200, "{\"k\":2}"), fetch(new Failing(false)).fetch(withMetrics));
    }

    @Test
    void scAnswersAsCurrentCountlyDoesForAnAppWithoutSettings() throws Exception {
        SdkFetch.Answer a = fetch(new Failing(true)).fetch(WriteParams.of("method=sc&app_key=" + KEY + "&device_id=d1", null, null));
        assertEquals(200, a.status());
        assertEquals(2, org.polymetric.kernel.web.JsonBuilders.parse(a.json()).asJsonObject().getInt("v"));
    }
}
