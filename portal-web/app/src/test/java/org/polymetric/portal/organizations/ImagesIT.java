package org.polymetric.portal.organizations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.Golden;
import org.polymetric.portal.PortalClient;

/** GameAnalytics {@code POST /images} and reading icons back: formats by content, limits, access. */
class ImagesIT extends OrganizationsIT {
    static final String BOUNDARY = "polymetric-test-boundary";

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static byte[] multipart(Map<String, String> fields, byte[] file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                    + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (file != null) {
            out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"icon.png\"\r\n"
                    + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(file);
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private HttpResponse<String> upload(String email, Map<String, String> fields, byte[] file) throws Exception {
        return client().postBytes("/api/organizations/images", "multipart/form-data; boundary=" + BOUNDARY,
                multipart(fields, file), "Authorization", OrganizationsFixture.basic(email));
    }

    private static Map<String, String> game(long id) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("entity_type", "game");
        m.put("game_id", Long.toString(id));
        return m;
    }

    @Test
    void anAdminUploadsAGameIconAndReadsItBack() throws Exception {
        byte[] icon = png(128, 128);
        HttpResponse<String> r = upload(f.owner, game(f.gameA1), icon);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject data = PortalClient.json(r).getJsonObject("data");
        assertEquals("game", data.getString("entity_type"));
        Golden.assertShape("organizations/game.json", data.getJsonObject("game"));

        HttpResponse<byte[]> back = client().getBytes("/api/organizations/images/game/" + f.gameA1,
                "Authorization", OrganizationsFixture.basic(f.studioAdmin));
        assertEquals(200, back.statusCode());
        assertEquals("image/png", back.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(icon, back.body());
        assertTrue(back.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        String etag = back.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, client().getBytes("/api/organizations/images/game/" + f.gameA1, "If-None-Match", etag,
                "Authorization", OrganizationsFixture.basic(f.studioAdmin)).statusCode());
        assertEquals(404, client().getBytes("/api/organizations/images/game/" + f.gameA1,
                "Authorization", OrganizationsFixture.basic(f.neighbour)).statusCode());
        assertEquals(404, client().getBytes("/api/organizations/images/game/" + f.gameA2,
                "Authorization", OrganizationsFixture.basic(f.owner)).statusCode(), "no icon yet");
    }

    @Test
    void studioAndOrganizationIconsToo() throws Exception {
        Map<String, String> studio = new LinkedHashMap<>(Map.of("entity_type", "studio", "studio_id", Long.toString(f.studioB)));
        HttpResponse<String> r = upload(f.owner, studio, png(64, 64));
        assertEquals(200, r.statusCode(), r.body());
        Golden.assertShape("organizations/studio.json", PortalClient.json(r).getJsonObject("data").getJsonObject("studio"));
        assertEquals(200, upload(f.owner, Map.of("entity_type", "organization"), png(32, 32)).statusCode());
        assertEquals(200, client().getBytes("/api/organizations/images/organization/" + f.org,
                "Authorization", OrganizationsFixture.basic(f.gameViewer)).statusCode());
    }

    @Test
    void onlyAdminsOfTheThingUpload() throws Exception {
        assertEquals(403, upload(f.gameViewer, game(f.gameB1), png(16, 16)).statusCode());
        assertEquals(404, upload(f.studioAdmin, game(f.gameB1), png(16, 16)).statusCode());
        assertEquals(404, upload(f.neighbour, game(f.gameA1), png(16, 16)).statusCode());
        assertEquals(403, upload(f.studioAdmin, Map.of("entity_type", "organization"), png(16, 16)).statusCode());
    }

    @Test
    void whatIsNotAnAcceptableImageIsRefusedAndChangesNothing() throws Exception {
        long gameB1Icons = Fixtures.count("SELECT COUNT(*) FROM game WHERE id = ? AND icon IS NOT NULL", f.gameB1);
        byte[] gif = {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0};
        assertEquals(422, upload(f.owner, game(f.gameB1), gif).statusCode(), "GIF");
        assertEquals(422, upload(f.owner, game(f.gameB1), "<svg/>".getBytes(StandardCharsets.UTF_8)).statusCode(), "SVG");
        assertEquals(422, upload(f.owner, game(f.gameB1), png(1500, 20)).statusCode(), "too wide");
        assertEquals(422, upload(f.owner, game(f.gameB1), Arrays.copyOf(png(20, 20), 30)).statusCode(), "truncated");
        assertEquals(422, upload(f.owner, game(f.gameB1), null).statusCode(), "no file");
        assertEquals(422, upload(f.owner, Map.of("entity_type", "planet"), png(16, 16)).statusCode());
        assertEquals(422, upload(f.owner, Map.of("entity_type", "game", "game_id", "x"), png(16, 16)).statusCode());
        assertEquals(422, client().postBytes("/api/organizations/images", "multipart/form-data", new byte[]{1, 2},
                "Authorization", OrganizationsFixture.basic(f.owner)).statusCode(), "no boundary");
        byte[] huge = Arrays.copyOf(png(16, 16), 8 * 1024 * 1024);
        HttpResponse<String> tooBig = upload(f.owner, game(f.gameB1), huge);
        assertEquals(413, tooBig.statusCode(), tooBig.body());
        assertEquals(gameB1Icons, Fixtures.count("SELECT COUNT(*) FROM game WHERE id = ? AND icon IS NOT NULL", f.gameB1));
    }
}
