package org.polymetric.organizations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.polymetric.kernel.identity.Access;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.tenancy.Containment;
import org.polymetric.kernel.tenancy.ResourceType;
import org.polymetric.kernel.tenancy.TenancyDirectory;
import org.polymetric.organizations.api.Problem;
import org.polymetric.organizations.domain.Member;
import org.polymetric.organizations.domain.MemberRepository;
import org.polymetric.organizations.domain.Slice;

/**
 * The people of an organization: who sees whom (organization-wide callers everyone; others the
 * people whose access lies within their own reach), and the replace-ACL rules.
 */
@ApplicationScoped
public class People {
    @Inject
    MemberRepository members;

    @Inject
    TenancyDirectory tenancy;

    @Inject
    Guard guard;

    @Inject
    Targets targets;

    public Slice<Member> list(Reach reach, MemberQuery q) {
        List<Member> all = members.all(reach.organizationId());
        Map<Long, Containment> games = gamesGranted(all);
        List<Member> visible = all.stream().filter(m -> visibleTo(reach, m, games))
                .filter(matches(q, games)).sorted(order(q)).toList();
        List<Member> page = visible.stream().skip(q.offset()).limit(q.size()).toList();
        return new Slice<>(page, visible.size());
    }

    /** A member the caller may see, or 404. */
    public Member get(Reach reach, long userId) {
        return members.find(reach.organizationId(), userId)
                .filter(m -> visibleTo(reach, m, gamesGranted(List.of(m))))
                .orElseThrow(Problem::notFound);
    }

    /**
     * Replaces every grant {@code userId} holds in the caller's organization. Needs admin on the
     * organization, and owner to hand out owner or to change an owner's access (403). 409 and no change for: the primary owner, an
     * organization grant together with studio or game grants, two grants on one resource.
     */
    @Transactional
    public List<Access> replaceAcl(Reach reach, long userId, List<NewAcl> acls) {
        long org = reach.organizationId();
        Member member = get(reach, userId);
        guard.require(Permissions.of(ResourceType.ORGANIZATION, AccessLevel.ADMIN, org));
        if (member.grants().stream().anyMatch(a -> a.getLevel() == AccessLevel.PRIMARY_OWNER)) {
            throw Problem.conflict("The primary owner's access cannot be changed");
        }
        // owners are the organization's top: an admin below them may neither demote nor remove one
        if (member.grants().stream().anyMatch(a -> a.getLevel() == AccessLevel.OWNER)) {
            guard.require(Permissions.of(ResourceType.ORGANIZATION, AccessLevel.OWNER, org),
                    "Only an owner can change or remove an owner's access");
        }
        boolean organizationWide = acls.stream().anyMatch(a -> a.resource() == ResourceType.ORGANIZATION);
        if (organizationWide && acls.size() > 1) {
            throw Problem.conflict("Organization access cannot be combined with other access");
        }
        List<Access> grants = new ArrayList<>();
        Instant now = Instant.now();
        for (NewAcl acl : acls) {
            long resourceId = targets.grant(reach, acl).resourceId();
            if (acl.level() == AccessLevel.OWNER) {
                guard.require(Permissions.of(ResourceType.ORGANIZATION, AccessLevel.OWNER, org));
            }
            if (grants.stream().anyMatch(g -> g.getResource() == acl.resource() && g.getResourceId() == resourceId)) {
                throw Problem.conflict("Two accesses for the same " + acl.resource().word());
            }
            grants.add(new Access(userId, org, acl.resource(), resourceId, acl.level(), now));
        }
        return members.replace(org, userId, grants);
    }

    /** Whether the caller may replace this member's access or remove them (pages show the forms only then). */
    public boolean mayChange(Reach reach, Member member) {
        long org = reach.organizationId();
        boolean owner = member.grants().stream().anyMatch(a -> a.getLevel() == AccessLevel.OWNER);
        return member.grants().stream().noneMatch(a -> a.getLevel() == AccessLevel.PRIMARY_OWNER)
                && guard.can(Permissions.of(ResourceType.ORGANIZATION, owner ? AccessLevel.OWNER : AccessLevel.ADMIN, org));
    }

    /**
     * Takes every access {@code userId} holds in the caller's organization away (the account
     * stays: it may belong to other organizations). Same rules as replace-ACL.
     */
    @Transactional
    public void remove(Reach reach, long userId) {
        replaceAcl(reach, userId, List.of());
    }

    /** A person whose access reaches a game, and that access (their fullest grant that reaches it). */
    public record Holder(Member member, Access access) {
    }

    /**
     * The people whose access reaches the game (a grant on its organization, its studio or the game
     * itself), fullest access first; empty unless the caller may view the whole organization (who
     * else sees only part of its people list).
     */
    public Optional<List<Holder>> withAccessTo(long organizationId, long studioId, long gameId) {
        if (!guard.can(Permissions.viewOrganization(organizationId))) {
            return Optional.empty();
        }
        List<Holder> reaching = new ArrayList<>();
        for (Member m : members.all(organizationId)) {
            m.grants().stream().filter(a -> switch (a.getResource()) {
                case ORGANIZATION -> true;
                case STUDIO -> a.getResourceId() == studioId;
                case GAME -> a.getResourceId() == gameId;
            }).max(Comparator.comparing(Access::getLevel)).ifPresent(a -> reaching.add(new Holder(m, a)));
        }
        reaching.sort(Comparator.comparing((Holder h) -> h.access().getLevel()).reversed()
                .thenComparing(h -> h.member().user().getId()));
        return Optional.of(reaching);
    }

    /** Where the games of these members' game grants sit, read in one query rather than one per grant. */
    private Map<Long, Containment> gamesGranted(List<Member> people) {
        return tenancy.locateGames(people.stream().flatMap(m -> m.grants().stream())
                .filter(a -> a.getResource() == ResourceType.GAME).map(Access::getResourceId).collect(Collectors.toSet()));
    }

    private static boolean visibleTo(Reach reach, Member m, Map<Long, Containment> games) {
        if (reach.whole() && reach.onlyStudio() == null && reach.onlyGame() == null) {
            return true;
        }
        return m.grants().stream().anyMatch(a -> switch (a.getResource()) {
            case ORGANIZATION -> false;
            case STUDIO -> reach.reachesStudio(a.getResourceId());
            case GAME -> Optional.ofNullable(games.get(a.getResourceId()))
                    .map(c -> reach.seesGame(c.gameId(), c.studioId())).orElse(false);
        });
    }

    private Predicate<Member> matches(MemberQuery q, Map<Long, Containment> games) {
        Predicate<Member> p = m -> true;
        if (q.studioId() != null) {
            p = p.and(m -> m.grants().stream().anyMatch(a -> inStudio(a, q.studioId(), games)));
        }
        if (q.accessResource() != null) {
            p = p.and(m -> m.highest().getResource().word().equals(q.accessResource()));
        }
        if (q.accessLevel() != null) {
            p = p.and(m -> m.highest().getLevel().word().equals(q.accessLevel()));
        }
        if (q.name() != null) {
            String needle = q.name().toLowerCase(Locale.ROOT);
            p = p.and(m -> m.user().getFullName().toLowerCase(Locale.ROOT).contains(needle)
                    || m.user().getEmail().contains(needle));
        }
        return p;
    }

    private boolean inStudio(Access a, long studioId, Map<Long, Containment> games) {
        return switch (a.getResource()) {
            case ORGANIZATION -> tenancy.studio(studioId).map(s -> s.getOrganizationId().equals(a.getOrganizationId())).orElse(false);
            case STUDIO -> a.getResourceId() == studioId;
            case GAME -> Optional.ofNullable(games.get(a.getResourceId())).map(Containment::studioId)
                    .map(s -> s == studioId).orElse(false);
        };
    }

    private static Comparator<Member> order(MemberQuery q) {
        Comparator<Member> c = switch (q.sort().property()) {
            case "full_name" -> Comparator.comparing(m -> m.user().getFullName().toLowerCase(Locale.ROOT));
            case "access_level" -> Comparator.comparing(m -> m.highest().getLevel());
            case "last_logged_in_at" -> Comparator.comparing(m -> Optional.ofNullable(m.user().getLastLoggedInAt()).orElse(Instant.EPOCH));
            default -> Comparator.comparing(m -> m.user().getId());
        };
        Comparator<Member> byId = Comparator.comparing(m -> m.user().getId());
        return q.sort().descending() ? c.reversed().thenComparing(byId.reversed()) : c.thenComparing(byId);
    }

}
