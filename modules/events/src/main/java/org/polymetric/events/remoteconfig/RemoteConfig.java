package org.polymetric.events.remoteconfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;

/**
 * A game's remote config: the values an SDK gets for its device, and the edits of the game's
 * admins (nobody else may see or change the keys on the page). SDKs ask often, so a game's keys
 * are kept {@link #KEEP} after a read, bounded by the bytes they take ({@link #KEPT_BYTES}); an
 * edit on this instance is seen at once, on another one within {@link #KEEP}.
 */
@ApplicationScoped
public class RemoteConfig {
    static final Duration KEEP = Duration.ofSeconds(5);
    /**
     * Bytes of keys kept in all, as {@link Parameter#bytes()} counts them (values are kept as
     * text, at most two bytes a character): a full game ({@link ParameterRules#MAX_GAME_CHARS})
     * weighs about 4 to 6 MB, so several full games fit and no tenant can make it take more.
     */
    static final long KEPT_BYTES = 40_000_000;

    @Inject
    RemoteConfigStore store;

    @Inject
    AccessGuard guard;

    private final Cache<Long, List<Parameter>> kept = Caffeine.newBuilder()
            .maximumWeight(KEPT_BYTES)
            .weigher((Long game, List<Parameter> ps) -> weight(ps))
            .expireAfterWrite(KEEP).build();

    /**
     * The values for one device as a JSON object's text, in the order the keys were created: each
     * key {@code filter} admits, by its first condition that holds for the device, else its
     * default. The facts come from the request's {@code metrics}; one it lacks, from what the
     * device last reported (one read, at most once per call, and only when a key has conditions).
     * A call costs at most one comparison per condition of the game (each of at most
     * {@link AppVersions#MAX_CHARS} characters) and one copy of the values' text.
     *
     * @throws RemoteConfigStore.Unavailable when the database does not answer
     */
    public String values(long gameId, String deviceId, KeyFilter filter, DeviceFacts sent) {
        List<Parameter> parameters = kept.get(gameId, store::all);
        DeviceFacts device = sent;
        StringBuilder out = new StringBuilder("{");
        for (Parameter p : parameters) {
            if (!filter.admits(p.key())) {
                continue;
            }
            if (p.conditional() && !device.complete() && device == sent) {
                // looked up once, and only when a condition needs a fact the request did not carry
                device = sent.orElse(store.lastReported(gameId, deviceId));
            }
            if (out.length() > 1) {
                out.append(',');
            }
            // a key is [a-zA-Z_][a-zA-Z0-9_]* (ParameterRules.KEY): nothing in it needs escaping
            out.append('"').append(p.key()).append("\":").append(p.valueFor(device));
        }
        return out.append('}').toString();
    }

    public boolean mayEdit(long gameId) {
        return guard.can(Permissions.adminGame(gameId));
    }

    /** @throws jakarta.ws.rs.ForbiddenException unless the caller administers the game */
    public List<Parameter> list(long gameId) {
        guard.require(Permissions.adminGame(gameId));
        return store.all(gameId);
    }

    /**
     * Adds a key (empty {@code form.original()}) or changes one.
     *
     * @throws ParameterRules.Invalid when the form breaks a rule or a bound; nothing is saved
     */
    public void save(long gameId, ParameterForm form) {
        guard.require(Permissions.adminGame(gameId));
        Parameter p = ParameterRules.parse(form);
        if (!form.original().isEmpty() && !ParameterRules.isKey(form.original())) {
            throw new ParameterRules.Invalid("events.rc.error.missing", form.original());
        }
        RemoteConfigStore.Saved saved = store.save(gameId, form.original(), p, ParameterRules.MAX_KEYS,
                ParameterRules.MAX_GAME_CHARS);
        switch (saved) {
            case SAVED -> kept.invalidate(gameId);
            case EXISTS -> throw new ParameterRules.Invalid("events.rc.error.exists", p.key());
            case MISSING -> throw new ParameterRules.Invalid("events.rc.error.missing", form.original());
            case TOO_MANY -> throw new ParameterRules.Invalid("events.rc.error.toomany", ParameterRules.MAX_KEYS);
            case TOO_LARGE -> throw new ParameterRules.Invalid("events.rc.error.toolarge", ParameterRules.MAX_GAME_CHARS);
        }
    }

    /** Bytes kept now, as weighed. */
    long keptBytes() {
        kept.cleanUp();
        return kept.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    private static int weight(List<Parameter> parameters) {
        long bytes = 64;
        for (Parameter p : parameters) {
            bytes += p.bytes();
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    /** @throws ParameterRules.Invalid when the game has no such key */
    public void delete(long gameId, String key) {
        guard.require(Permissions.adminGame(gameId));
        if (!ParameterRules.isKey(key) || !store.delete(gameId, key)) {
            throw new ParameterRules.Invalid("events.rc.error.missing", key);
        }
        kept.invalidate(gameId);
    }
}
