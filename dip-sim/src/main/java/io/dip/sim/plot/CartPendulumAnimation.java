package io.dip.sim.plot;

import io.dip.sim.recording.PartialFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws runs as an animated GIF of the cart and both links, one panel per run stacked in a column, with the time
 * stamp, the controller's mode and the force on the cart (an arrow scaled to max_force). Frames are drawn
 * antialiased with Java2D, mapped to a fixed 256-colour palette (tints of the few drawing colours) and written with
 * {@code javax.imageio} at 4 centiseconds per frame (25 frames per second; a run recorded with a longer frame
 * interval plays as a time-lapse, the stamp shows the simulated time). The GIF loops forever. A run that stopped
 * early keeps its last frame while the others go on. The file is written whole or not at all.
 *
 * <p>Geometry (docs/model.md §1): the cart at (x, 0); link 1 ends at x + L1·(sin θ1, cos θ1), link 2 at that point
 * plus L2·(sin θ2, cos θ2); θ = 0 is upright.
 */
public final class CartPendulumAnimation {

    /** Image width (px). */
    static final int WIDTH = 640;
    /** Height of one run's panel (px). */
    static final int PANEL_HEIGHT = 300;
    /** Delay between frames (1/100 s). */
    static final int DELAY_CENTISECONDS = 4;

    private static final Color BACKGROUND = Color.WHITE;
    private static final Color TEXT = new Color(0x20, 0x20, 0x20);
    private static final Color TRACK = new Color(0x80, 0x80, 0x80);
    private static final Color STOP = new Color(0xC0, 0x30, 0x30);
    private static final Color CART = new Color(0x2F, 0x3E, 0x4E);
    private static final Color LINK1 = new Color(0x1F, 0x5F, 0xD0);
    private static final Color LINK2 = new Color(0xE8, 0x8A, 0x10);
    private static final Color FORCE = new Color(0x2A, 0x9D, 0x4A);
    private static final Color[] INKS = {TEXT, TRACK, STOP, CART, LINK1, LINK2, FORCE};
    private static final int TINTS = 32;
    private static final int PALETTE_SIZE = 256;
    private static final double MARGIN = 0.15;
    private static final String TIME_FORMAT = "t = %6.2f s";

    private CartPendulumAnimation() {
    }

    /**
     * @param runs   the runs, top panel first (at least one)
     * @param target the GIF file
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(List<AnimatedRun> runs, Path target) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("nothing to animate");
        }
        List<AnimationFrames> frames = new ArrayList<>(runs.size());
        int count = 0;
        for (AnimatedRun run : runs) {
            AnimationFrames kept = run.recorder().frames();
            frames.add(kept);
            count = Math.max(count, kept.size());
        }
        IndexColorModel palette = palette();
        PaletteMapper mapper = new PaletteMapper(palette);
        int height = PANEL_HEIGHT * runs.size();
        BufferedImage canvas = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        BufferedImage indexed = new BufferedImage(WIDTH, height, BufferedImage.TYPE_BYTE_INDEXED, palette);
        Path partial = PartialFiles.partialOf(target);
        try {
            PartialFiles.createParent(partial);
            ImageWriter writer = ImageIO.getImageWritersBySuffix("gif").next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(partial.toFile())) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata metadata = frameMetadata(writer, indexed, palette, param);
                writer.prepareWriteSequence(null);
                for (int i = 0; i < count; i++) {
                    Graphics2D g = canvas.createGraphics();
                    try {
                        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                                RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                        g.setColor(BACKGROUND);
                        g.fillRect(0, 0, WIDTH, height);
                        for (int p = 0; p < runs.size(); p++) {
                            AnimationFrames panel = frames.get(p);
                            drawPanel(g, runs.get(p), panel, Math.min(i, panel.size() - 1), p * PANEL_HEIGHT);
                        }
                    } finally {
                        g.dispose();
                    }
                    mapper.map(canvas, indexed);
                    writer.writeToSequence(new IIOImage(indexed, null, metadata), param);
                }
                writer.endWriteSequence();
            } finally {
                writer.dispose();
            }
            PartialFiles.commit(partial, target.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target.toAbsolutePath(), e);
        }
    }

    private static void drawPanel(Graphics2D g, AnimatedRun run, AnimationFrames frames, int i, int top) {
        double link1 = run.physics().pendulum1Length();
        double link2 = run.physics().pendulum2Length();
        double reach = link1 + link2;
        double halfWidth = frames.peakPosition() + reach;
        boolean stops = Double.isFinite(run.trackLimit()) && run.trackLimit() <= halfWidth + 2 * reach;
        if (stops) {
            halfWidth = Math.max(halfWidth, run.trackLimit() + 0.1);
        }
        halfWidth += MARGIN;
        double scale = Math.min((WIDTH - 40) / (2 * halfWidth), (PANEL_HEIGHT - 70) / (2 * reach + 0.1));
        double originX = WIDTH / 2.0;
        double originY = top + 45 + (PANEL_HEIGHT - 55) / 2.0;

        g.setColor(TRACK);
        g.setStroke(new BasicStroke(2f));
        double trackHalf = stops ? run.trackLimit() : halfWidth;
        g.draw(new Line2D.Double(originX - trackHalf * scale, originY, originX + trackHalf * scale, originY));
        if (stops) {
            g.setColor(STOP);
            g.setStroke(new BasicStroke(3f));
            for (int side = -1; side <= 1; side += 2) {
                double sx = originX + side * run.trackLimit() * scale;
                g.draw(new Line2D.Double(sx, originY - 14, sx, originY + 14));
            }
        }

        double cartX = originX + frames.position()[i] * scale;
        double theta1 = frames.theta1()[i];
        double theta2 = frames.theta2()[i];
        double joint1X = cartX + link1 * Math.sin(theta1) * scale;
        double joint1Y = originY - link1 * Math.cos(theta1) * scale;
        double tipX = joint1X + link2 * Math.sin(theta2) * scale;
        double tipY = joint1Y - link2 * Math.cos(theta2) * scale;

        double arrow = frames.force()[i] / run.maxForce() * 70;
        if (Math.abs(arrow) > 1) {
            drawArrow(g, cartX, originY + 26, arrow);
        }
        g.setColor(CART);
        g.fill(new RoundRectangle2D.Double(cartX - 28, originY - 12, 56, 24, 8, 8));
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(LINK1);
        g.draw(new Line2D.Double(cartX, originY, joint1X, joint1Y));
        g.setColor(LINK2);
        g.draw(new Line2D.Double(joint1X, joint1Y, tipX, tipY));
        g.setColor(TEXT);
        disc(g, cartX, originY, 4.5);
        disc(g, joint1X, joint1Y, 4.5);
        g.setColor(LINK2);
        disc(g, tipX, tipY, 6);

        g.setColor(TEXT);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(run.title(), 14, top + 24);
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 14));
        String stamp = String.format(Locale.ROOT, TIME_FORMAT, frames.time()[i]);
        g.drawString(stamp, WIDTH - 14 - g.getFontMetrics().stringWidth(stamp), top + 24);
        String force = String.format(Locale.ROOT, "u = %+7.1f N", frames.force()[i]);
        g.drawString(force, WIDTH - 14 - g.getFontMetrics().stringWidth(force), top + 42);
        String mode = frames.mode()[i];
        if (mode != null) {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            g.drawString("mode: " + mode, 14, top + 42);
        }
        if (top > 0) {
            g.setColor(TRACK);
            g.setStroke(new BasicStroke(1f));
            g.draw(new Line2D.Double(0, top, WIDTH, top));
        }
    }

    private static void drawArrow(Graphics2D g, double x, double y, double length) {
        g.setColor(FORCE);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double end = x + length;
        g.draw(new Line2D.Double(x, y, end, y));
        double head = Math.signum(length) * Math.min(8, Math.abs(length));
        Path2D.Double tip = new Path2D.Double();
        tip.moveTo(end + head * 0.6, y);
        tip.lineTo(end - head * 0.6, y - 5);
        tip.lineTo(end - head * 0.6, y + 5);
        tip.closePath();
        g.fill(tip);
    }

    private static void disc(Graphics2D g, double x, double y, double r) {
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    }

    /**
     * White, then {@value #TINTS} tints from white to each drawing colour (the shades antialiasing produces), padded
     * with white to {@value #PALETTE_SIZE} entries.
     */
    private static IndexColorModel palette() {
        int size = PALETTE_SIZE;
        byte[] r = new byte[size];
        byte[] gr = new byte[size];
        byte[] b = new byte[size];
        Arrays.fill(r, (byte) 255);
        Arrays.fill(gr, (byte) 255);
        Arrays.fill(b, (byte) 255);
        int next = 1;
        for (Color ink : INKS) {
            for (int t = 1; t <= TINTS; t++) {
                double share = t / (double) TINTS;
                r[next] = (byte) Math.round(255 + share * (ink.getRed() - 255));
                gr[next] = (byte) Math.round(255 + share * (ink.getGreen() - 255));
                b[next] = (byte) Math.round(255 + share * (ink.getBlue() - 255));
                next++;
            }
        }
        return new IndexColorModel(8, size, r, gr, b);
    }

    private static IIOMetadata frameMetadata(ImageWriter writer, BufferedImage image, IndexColorModel palette,
                                             ImageWriteParam param) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                param);
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(DELAY_CENTISECONDS));
        control.setAttribute("transparentColorIndex", "0");
        IIOMetadataNode table = child(root, "LocalColorTable");
        table.setAttribute("sizeOfLocalColorTable", Integer.toString(palette.getMapSize()));
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < palette.getMapSize(); i++) {
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(palette.getRed(i)));
            entry.setAttribute("green", Integer.toString(palette.getGreen(i)));
            entry.setAttribute("blue", Integer.toString(palette.getBlue(i)));
            table.appendChild(entry);
        }
        child(root, "ImageDescriptor").setAttribute("interlaceFlag", "FALSE");
        IIOMetadataNode extensions = child(root, "ApplicationExtensions");
        IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
        loop.setAttribute("applicationID", "NETSCAPE");
        loop.setAttribute("authenticationCode", "2.0");
        loop.setUserObject(new byte[] {1, 0, 0});
        extensions.appendChild(loop);
        metadata.setFromTree(format, root);
        return metadata;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    /** Maps RGB pixels to the nearest palette entry, with a cache over 15-bit colours. */
    private static final class PaletteMapper {

        private final int[] rgb;
        private final int[] cache = new int[1 << 15];

        PaletteMapper(IndexColorModel palette) {
            rgb = new int[palette.getMapSize()];
            palette.getRGBs(rgb);
            Arrays.fill(cache, -1);
        }

        void map(BufferedImage source, BufferedImage target) {
            int width = source.getWidth();
            int height = source.getHeight();
            int[] row = new int[width];
            byte[] out = new byte[width];
            for (int y = 0; y < height; y++) {
                source.getRGB(0, y, width, 1, row, 0, width);
                for (int x = 0; x < width; x++) {
                    out[x] = (byte) nearest(row[x]);
                }
                target.getRaster().setDataElements(0, y, width, 1, out);
            }
        }

        private int nearest(int color) {
            int key = ((color >> 9) & 0x7C00) | ((color >> 6) & 0x3E0) | ((color >> 3) & 0x1F);
            int known = cache[key];
            if (known >= 0) {
                return known;
            }
            int red = (color >> 16) & 0xFF;
            int green = (color >> 8) & 0xFF;
            int blue = color & 0xFF;
            int best = 0;
            long bestDistance = Long.MAX_VALUE;
            for (int i = 0; i < rgb.length; i++) {
                int dr = ((rgb[i] >> 16) & 0xFF) - red;
                int dg = ((rgb[i] >> 8) & 0xFF) - green;
                int db = (rgb[i] & 0xFF) - blue;
                long distance = 3L * dr * dr + 4L * dg * dg + 2L * db * db;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = i;
                }
            }
            cache[key] = best;
            return best;
        }
    }
}
