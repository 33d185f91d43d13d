package org.polymetric.events.remoteconfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.List;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.web.JsonBuilders;

/**
 * A game's remote config: the values an SDK gets for its device, and the edits of the game's
 * admins (nobody else may see or change the keys on the page). SDKs ask often, so a game's keys
 * are kept {@link #KEEP} after a read, bounded by their total size; an edit on this instance is
 * seen at once, on another one within {@link #KEEP}.
 */
@ApplicationScoped
public class RemoteConfig {
    static final Duration KEEP = Duration.ofSeconds(5);
    /** Characters of keys kept in all (a full game is {@link ParameterRules#MAX_GAME_CHARS}). */
    static final long KEPT_CHARS = 64_000_000;

    @Inject
    RemoteConfigStore store;

    @Inject
    AccessGuard guard;

    private final Cache<Long, List<Parameter>> kept = Caffeine.newBuilder()
            .maximumWeight(KEPT_CHARS)
            .weigher((Long game, List<Parameter> ps) -> 1 + ps.stream().mapToInt(Parameter::size).sum())
            .expireAfterWrite(KEEP).build();

    /**
     * The values for one device, in the order the keys were created: each key {@code filter}
     * admits, by its first condition that holds for the device, else its default. The facts come
     * from the request's {@code metrics}; one it lacks, from what the device last reported.
     */
    public JsonObject values(long gameId, String deviceId, KeyFilter filter, DeviceFacts sent) {
        List<Parameter> parameters = kept.get(gameId, store::all);
        DeviceFacts device = sent;
        JsonObjectBuilder out = JsonBuilders.object();
        for (Parameter p : parameters) {
            if (!filter.admits(p.key())) {
                continue;
            }
            if (p.conditional() && !device.complete() && device == sent) {
                // looked up once, and only when a condition needs a fact the request did not carry
                device = sent.orElse(store.lastReported(gameId, deviceId));
            }
            out.add(p.key(), p.valueFor(device));
        }
        return out.build();
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

    /** @throws ParameterRules.Invalid when the game has no such key */
    public void delete(long gameId, String key) {
        guard.require(Permissions.adminGame(gameId));
        if (!ParameterRules.isKey(key) || !store.delete(gameId, key)) {
            throw new ParameterRules.Invalid("events.rc.error.missing", key);
        }
        kept.invalidate(gameId);
    }
}
