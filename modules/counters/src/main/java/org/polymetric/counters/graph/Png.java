package org.polymetric.counters.graph;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * PNG bytes of an image, encoded in memory. {@code ImageIO.write} to a stream would buffer through
 * a temporary file by default (its disk cache): a file per request, and a failure where the
 * server's temporary directory is not writable. Switching the cache off globally would change it
 * for every other user of ImageIO in the server, so this writer takes a memory stream instead.
 */
final class Png {
    /** ImageIO's PNG writer turns quality q into deflate level 9 − 9q: 0.8 is level 2. */
    static final float FAST = 0.8f;

    private Png() {
    }

    static byte[] encode(RenderedImage image) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("this Java runtime has no PNG writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam fast = writer.getDefaultWriteParam();
            if (fast.canWriteCompressed()) {
                // a chart is flat colour that deflates well at any level; the fast levels take a
                // fraction of the default's time on a 1600 x 1600 image for a few percent more bytes
                fast.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                fast.setCompressionQuality(FAST);
            }
            writer.write(null, new IIOImage(image, null, null), fast);
        } catch (IOException e) {
            // only the memory stream is written to, so this is not expected
            throw new UncheckedIOException("could not encode a PNG in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
