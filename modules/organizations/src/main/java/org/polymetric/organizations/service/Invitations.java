package org.polymetric.organizations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.polymetric.kernel.identity.Access;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.identity.Grant;
import org.polymetric.kernel.identity.IdentityDirectory;
import org.polymetric.kernel.identity.Invite;
import org.polymetric.kernel.identity.InviteLinks;
import org.polymetric.kernel.identity.LinkSecret;
import org.polymetric.kernel.identity.User;
import org.polymetric.kernel.mail.Mailer;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.security.PortalPrincipal;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.tenancy.Containment;
import org.polymetric.kernel.tenancy.ResourceType;
import org.polymetric.kernel.tenancy.TenancyDirectory;
import org.polymetric.organizations.api.Problem;
import org.polymetric.organizations.domain.InviteRepository;

/**
 * GameAnalytics invites, all or nothing: each needs admin on what it offers (owner to offer
 * owner). Every address gets an invite that expires, its link e-mailed (when SMTP is configured)
 * and shown to nobody else: an invite grants nothing until the address's owner accepts it (see
 * the kernel's InviteAcceptance), which an address with an account does while signed in. 409
 * when the person already holds higher access, when the access would mix organization and
 * studio/game access, or when a pending invite offers more (unless {@code override}).
 */
@ApplicationScoped
public class Invitations {
    public static final Duration VALID_FOR = Duration.ofDays(7);

    @Inject
    Guard guard;

    @Inject
    Targets targets;

    @Inject
    IdentityDirectory identities;

    @Inject
    TenancyDirectory tenancy;

    @Inject
    InviteLinks links;

    @Inject
    Mailer mailer;

    @Inject
    InviteRepository repository;

    /** A new invite and its link's secret, which only its mail carries. */
    private record Outgoing(Invite invite, LinkSecret secret) {
    }

    /** Applies every invite or none; returns the addresses in request order. */
    @Transactional
    public List<String> invite(Reach reach, boolean override, List<NewInvite> invites, URI portal) {
        long org = reach.organizationId();
        PortalPrincipal me = guard.requireUser();
        List<Outgoing> created = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < invites.size(); i++) {
            NewInvite request = invites.get(i);
            Grant grant = targets.grant(reach, request.acl());
            guard.require(Permissions.of(grant.resource(), AccessLevel.ADMIN, grant.resourceId()));
            if (grant.level() == AccessLevel.OWNER) {
                guard.require(Permissions.of(ResourceType.ORGANIZATION, AccessLevel.OWNER, org));
            }
            Optional<User> existing = identities.userByEmail(request.email());
            if (existing.isPresent()) {
                conflictWithAccess(org, existing.get(), grant);
            }
            if (!override) {
                conflictWithPendingInvites(org, request.email(), grant, now);
            }
            LinkSecret secret = LinkSecret.generate();
            created.add(new Outgoing(new Invite(org, request.email(), grant, me.userId(), now, now.plus(VALID_FOR), secret), secret));
        }
        for (Outgoing outgoing : created) {
            Invite invite = outgoing.invite();
            repository.add(invite);
            mailer.send(invite.getEmail(), "You are invited to " + tenancy.organization(org).map(o -> o.getName()).orElse("Polymetric"),
                    "You have been invited to Polymetric as " + invite.grant().level().word() + ".\n\nAccept the invitation"
                            + " (if you already have an account, sign in with this address to accept):\n"
                            + links.link(portal, outgoing.secret()) + "\n\nThe link works once and expires in "
                            + VALID_FOR.toDays() + " days.\n");
        }
        return invites.stream().map(NewInvite::email).toList();
    }

    /** The open invites whose access the caller could offer (without their links: those are the invitee's). */
    public List<Invite> pending(Reach reach) {
        return repository.open(reach.organizationId(), Instant.now()).stream().filter(this::mayOffer).toList();
    }

    /** Withdraws an open invite the caller could have made (404 for any other). */
    @Transactional
    public void revoke(Reach reach, long inviteId) {
        Invite invite = repository.find(reach.organizationId(), inviteId).filter(this::mayOffer)
                .filter(i -> i.isOpen(Instant.now())).orElseThrow(Problem::notFound);
        repository.remove(invite);
    }

    private boolean mayOffer(Invite invite) {
        Grant grant = invite.grant();
        return guard.can(Permissions.of(grant.resource(), AccessLevel.ADMIN, grant.resourceId()))
                && (grant.level() != AccessLevel.OWNER
                || guard.can(Permissions.of(ResourceType.ORGANIZATION, AccessLevel.OWNER, invite.getOrganizationId())));
    }

    private void conflictWithAccess(long org, User user, Grant grant) {
        List<Access> held = identities.accessOf(user.getId()).stream().filter(a -> a.getOrganizationId() == org).toList();
        Containment place = tenancy.locate(grant.resource(), grant.resourceId()).orElseThrow(Problem::notFound);
        for (Access a : held) {
            boolean covers = place.isWithin(a.getResource(), a.getResourceId());
            if (covers && a.getLevel().compareTo(grant.level()) > 0) {
                throw Problem.conflict(user.getEmail() + " already has higher access");
            }
            if (a.getResource() == ResourceType.ORGANIZATION && grant.resource() != ResourceType.ORGANIZATION) {
                throw Problem.conflict(user.getEmail() + " has organization access, which cannot be combined with "
                        + grant.resource().word() + " access");
            }
        }
    }

    private void conflictWithPendingInvites(long org, String email, Grant grant, Instant now) {
        List<Invite> pending = repository.pending(org, email, now);
        if (pending.stream().anyMatch(p -> p.grant().level().compareTo(grant.level()) > 0)) {
            throw Problem.conflict("An invite with higher access is already pending for " + email);
        }
    }
}
