package org.polymetric.organizations.web;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.tenancy.ResourceType;
import org.polymetric.kernel.web.BoundedBody;
import org.polymetric.kernel.web.MultipartForm;
import org.polymetric.organizations.domain.IconCheck;
import org.polymetric.organizations.service.Icons;

/** The icon form of the pages: one {@code file} field, checked like {@code POST /images}. */
@ApplicationScoped
public class IconUploads {
    @Inject
    Icons icons;

    /**
     * Stores the uploaded icon; {@link FormInvalid} when the body holds no acceptable image. The
     * caller's right to set this icon is checked before the body is read.
     */
    public void upload(Reach reach, ResourceType type, long id, String contentType, InputStream in) {
        icons.requireUpload(reach, type, id);
        byte[] body = read(in).orElseThrow(() -> new FormInvalid("The upload is larger than 1 MB."));
        byte[] file = MultipartForm.parse(contentType, body).flatMap(f -> f.bytes("file"))
                .filter(b -> b.length > 0).orElseThrow(() -> new FormInvalid("Choose an image file."));
        IconCheck.Result checked = IconCheck.check(file);
        if (checked.icon() == null) {
            throw new FormInvalid("The icon was refused: " + checked.refusal() + ".");
        }
        icons.upload(reach, type, id, checked.icon());
    }

    private static Optional<byte[]> read(InputStream in) {
        try {
            return BoundedBody.read(in, IconCheck.UPLOAD_LIMIT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Set<Long> withIcons(ResourceType type, Collection<Long> ids) {
        return icons.withIcons(type, ids);
    }
}
