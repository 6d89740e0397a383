package nl.datawijzer.lineage.picture;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.datawijzer.lineage.NodeKind;
import org.jspecify.annotations.Nullable;

/** Writes the laid-out plan as one SVG element. Colours sit in attributes so the SVG stands on its own. */
final class SvgWriter {

    static final String FLOW_COLOUR = "#5f6b7a";
    static final String PERSONAL_COLOUR = "#b3261e";
    static final String FOCUS_COLOUR = "#0b4f9c";
    private static final double LEGEND_HEIGHT = 64;

    private final Plan plan;
    private final Layout.Result layout;
    private final Groups groups;
    private final Locale locale;
    private final LineagePicture.Texts texts;
    private final Function<Groups, String> groupsHref;
    private final StringBuilder out = new StringBuilder(16_384);

    SvgWriter(Plan plan, Layout.Result layout, Groups groups, Locale locale, LineagePicture.Texts texts,
            Function<Groups, String> groupsHref) {
        this.plan = plan;
        this.layout = layout;
        this.groups = groups;
        this.locale = locale;
        this.texts = texts;
        this.groupsHref = groupsHref;
    }

    String write() {
        double width = Math.max(layout.width(), 560);
        double height = layout.height() + LEGEND_HEIGHT;
        String focusLabel = plan.boxes().stream().filter(Plan.Box::focus).map(Plan.Box::label).findFirst()
                .orElse(plan.focus());
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lp-svg\" role=\"img\"")
                .append(" aria-labelledby=\"lp-title lp-desc\"")
                .append(" width=\"").append(num(width)).append("\" height=\"").append(num(height)).append('"')
                .append(" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height)).append('"')
                .append(" data-boxes=\"").append(plan.boxes().size()).append('"')
                .append(" data-flows=\"").append(plan.flows().size()).append('"')
                .append(" font-family=\"system-ui, sans-serif\" font-size=\"12\">");
        out.append("<title id=\"lp-title\">").append(esc(texts.get("lineage.picture.title", focusLabel)))
                .append("</title>");
        out.append("<desc id=\"lp-desc\">").append(esc(texts.get("lineage.picture.desc", plan.boxes().size(),
                plan.flows().size(), plan.groups().size())));
        if (plan.truncated()) {
            out.append(' ').append(esc(texts.get("lineage.picture.truncated")));
        }
        out.append("</desc>");
        defs();
        plan.groups().forEach(this::group);
        out.append("<g class=\"lp-flows\" fill=\"none\">");
        plan.flows().forEach(this::flow);
        out.append("</g><g class=\"lp-boxes\">");
        plan.boxes().forEach(this::box);
        out.append("</g>");
        legend(layout.height() + 8);
        return out.append("</svg>").toString();
    }

    private void defs() {
        out.append("<defs>");
        marker("lp-arrow", FLOW_COLOUR);
        marker("lp-arrow-personal", PERSONAL_COLOUR);
        out.append("</defs>");
    }

    private void marker(String id, String colour) {
        out.append("<marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\"")
                .append(" markerUnits=\"userSpaceOnUse\" markerWidth=\"9\" markerHeight=\"9\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(colour).append("\"/></marker>");
    }

    private void group(Plan.Group group) {
        Layout.Rect r = layout.groups().get(group.system());
        out.append("<g class=\"lp-group\" data-system=\"").append(esc(group.system()))
                .append("\" data-state=\"open\">");
        out.append("<rect x=\"").append(num(r.x())).append("\" y=\"").append(num(r.y())).append("\" width=\"")
                .append(num(r.width())).append("\" height=\"").append(num(r.height()))
                .append("\" rx=\"8\" fill=\"#f4f6f9\" stroke=\"#b8c2cf\"/>");
        toggle(group.system(), group.label(), false, r.x() + 8, r.y() + 6);
        out.append("<text class=\"lp-group-name\" x=\"").append(num(r.x() + 34)).append("\" y=\"")
                .append(num(r.y() + 22)).append("\" font-weight=\"600\">")
                .append(esc(shorten(group.label(), Layout.MAX_LABEL + 6))).append("</text></g>");
    }

    /** The expand/collapse control: a link to the same picture with this system opened or closed. */
    private void toggle(String system, String label, boolean open, double x, double y) {
        String href = groupsHref.apply(groups.toggle(system, open));
        String word = texts.get(open ? "lineage.picture.expand" : "lineage.picture.collapse", label);
        out.append("<a class=\"lp-toggle\" href=\"").append(esc(href)).append("\" data-toggle=\"")
                .append(esc(system)).append("\" aria-label=\"").append(esc(word)).append("\"><title>")
                .append(esc(word)).append("</title><rect x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" width=\"20\" height=\"20\" rx=\"4\" fill=\"#ffffff\" stroke=\"#5f6b7a\"/>")
                .append("<text x=\"").append(num(x + 10)).append("\" y=\"").append(num(y + 15))
                .append("\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"700\">")
                .append(open ? "+" : "\u2212").append("</text></a>");
    }

    private void flow(Plan.Flow flow) {
        List<Layout.Point> points = layout.flows().get(flow.id());
        if (points == null || points.isEmpty()) {
            return;
        }
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            d.append(i == 0 ? 'M' : 'L').append(num(points.get(i).x())).append(',').append(num(points.get(i).y()));
            if (i < points.size() - 1) {
                d.append(' ');
            }
        }
        String kinds = flow.kinds().stream().map(k -> k.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
        out.append("<path class=\"lp-flow").append(flow.personalData() ? " lp-personal" : "").append('"')
                .append(" id=\"lp-edge-").append(esc(flow.id())).append('"')
                .append(" data-edge=\"").append(esc(flow.id())).append('"')
                .append(" data-from=\"").append(esc(flow.from())).append('"')
                .append(" data-to=\"").append(esc(flow.to())).append('"')
                .append(" data-kind=\"").append(kinds).append('"')
                .append(" data-count=\"").append(flow.count()).append('"');
        if (flow.personalData()) {
            out.append(" data-personal=\"true\" stroke=\"").append(PERSONAL_COLOUR)
                    .append("\" stroke-width=\"2.5\" stroke-dasharray=\"7 4\" marker-end=\"url(#lp-arrow-personal)\"");
        } else {
            out.append(" stroke=\"").append(FLOW_COLOUR).append("\" stroke-width=\"1.4\" marker-end=\"url(#lp-arrow)\"");
        }
        out.append(" d=\"").append(d).append("\"><title>").append(esc(flowTitle(flow))).append("</title></path>");
    }

    private String flowTitle(Plan.Flow flow) {
        String kinds = flow.kinds().stream().map(k -> texts.get("lineage.picture.edge." + k.name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(", "));
        String text = texts.get("lineage.picture.flow", label(flow.from()), label(flow.to()), kinds, flow.count());
        return flow.personalData() ? text + " \u2014 " + texts.get("lineage.picture.personal") : text;
    }

    private String label(String boxId) {
        return plan.boxes().stream().filter(b -> b.id().equals(boxId)).map(Plan.Box::label).findFirst().orElse(boxId);
    }

    private void box(Plan.Box box) {
        Layout.Rect r = layout.boxes().get(box.id());
        @Nullable String href = box.isSystem() ? groupsHref.apply(groups.toggle(box.system(), true))
                : safePath(box.path());
        String kind = box.isSystem() ? "system" : box.kind().name().toLowerCase(Locale.ROOT);
        if (href != null) {
            out.append("<a class=\"lp-link\" href=\"").append(esc(href)).append("\">");
        }
        out.append("<g class=\"lp-node lp-kind-").append(kind).append(box.focus() ? " lp-focus" : "")
                .append(box.personalData() ? " lp-personal" : "").append('"')
                .append(" id=\"lp-node-").append(esc(box.id())).append('"')
                .append(" data-node=\"").append(esc(box.id())).append('"')
                .append(" data-kind=\"").append(kind).append('"');
        if (box.isSystem()) {
            out.append(" data-system=\"").append(esc(box.system())).append("\" data-state=\"closed\" data-members=\"")
                    .append(box.members()).append('"');
        }
        if (box.focus()) {
            out.append(" data-focus=\"true\" aria-current=\"true\"");
        }
        out.append("><title>").append(esc(boxTitle(box))).append("</title>");
        out.append("<rect x=\"").append(num(r.x())).append("\" y=\"").append(num(r.y())).append("\" width=\"")
                .append(num(r.width())).append("\" height=\"").append(num(r.height())).append("\" rx=\"")
                .append(box.isSystem() ? "10" : "4").append("\" fill=\"")
                .append(box.focus() ? "#e3eefb" : box.isSystem() ? "#eef1f5" : "#ffffff").append("\" stroke=\"")
                .append(box.focus() ? FOCUS_COLOUR : "#7d8896").append("\" stroke-width=\"")
                .append(box.focus() ? "3" : "1").append('"').append(box.isSystem() ? " stroke-dasharray=\"4 2\"" : "")
                .append("/>");
        out.append("<text class=\"lp-kind\" x=\"").append(num(r.x() + 8)).append("\" y=\"").append(num(r.y() + 17))
                .append("\" font-size=\"10.5\" fill=\"#4a5563\">").append(icon(box.kind())).append(' ')
                .append(esc(kindLabel(box))).append(box.personalData() ? " \u00b7 " + esc(texts.get("lineage.picture.personalShort")) : "")
                .append("</text>");
        out.append("<text class=\"lp-label\" x=\"").append(num(r.x() + 8)).append("\" y=\"").append(num(r.y() + 35))
                .append('"').append(box.focus() ? " font-weight=\"700\"" : "").append('>')
                .append(esc(shorten(box.label(), Layout.MAX_LABEL))).append("</text></g>");
        if (href != null) {
            out.append("</a>");
        }
    }

    private String kindLabel(Plan.Box box) {
        if (box.isSystem()) {
            return texts.get("lineage.picture.system", box.members());
        }
        return "en".equals(locale.getLanguage()) ? box.kind().labelEn() : box.kind().labelNl();
    }

    private String boxTitle(Plan.Box box) {
        String title = box.label() + " (" + kindLabel(box) + ")";
        if (box.isSystem()) {
            title += " \u2014 " + texts.get("lineage.picture.expand", box.label());
        }
        return box.focus() ? title + " \u2014 " + texts.get("lineage.picture.focus") : title;
    }

    private static String icon(@Nullable NodeKind kind) {
        if (kind == null) {
            return "\u25a3";
        }
        return switch (kind) {
            case DATASET -> "\u25a4";
            case FIELD -> "\u25b8";
            case JOB -> "\u2699";
            case KPI -> "\u25ce";
            case NEED -> "\u270e";
        };
    }

    private void legend(double y) {
        out.append("<g class=\"lp-legend\" transform=\"translate(12,").append(num(y)).append(")\">");
        out.append("<line x1=\"0\" y1=\"10\" x2=\"40\" y2=\"10\" stroke=\"").append(FLOW_COLOUR)
                .append("\" stroke-width=\"1.4\" marker-end=\"url(#lp-arrow)\"/>")
                .append("<text x=\"48\" y=\"14\">").append(esc(texts.get("lineage.picture.legend.flow"))).append("</text>");
        out.append("<line x1=\"220\" y1=\"10\" x2=\"260\" y2=\"10\" stroke=\"").append(PERSONAL_COLOUR)
                .append("\" stroke-width=\"2.5\" stroke-dasharray=\"7 4\" marker-end=\"url(#lp-arrow-personal)\"/>")
                .append("<text x=\"268\" y=\"14\">").append(esc(texts.get("lineage.picture.legend.personal")))
                .append("</text>");
        out.append("<rect x=\"0\" y=\"28\" width=\"40\" height=\"18\" rx=\"4\" fill=\"#e3eefb\" stroke=\"")
                .append(FOCUS_COLOUR).append("\" stroke-width=\"3\"/><text x=\"48\" y=\"41\">")
                .append(esc(texts.get("lineage.picture.legend.focus"))).append("</text>");
        out.append("<rect x=\"220\" y=\"28\" width=\"40\" height=\"18\" rx=\"8\" fill=\"#eef1f5\" stroke=\"#7d8896\"")
                .append(" stroke-dasharray=\"4 2\"/><text x=\"268\" y=\"41\">")
                .append(esc(texts.get("lineage.picture.legend.system"))).append("</text>");
        out.append("</g>");
    }

    /** Only the portal's own relative paths become links, never a scheme such as {@code javascript:}. */
    static @Nullable String safePath(@Nullable String path) {
        if (path == null || path.isBlank() || path.contains(":") || path.startsWith("//")) {
            return null;
        }
        return path;
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    static String num(double v) {
        long rounded = Math.round(v * 10);
        return rounded % 10 == 0 ? Long.toString(rounded / 10) : Double.toString(rounded / 10.0);
    }

    /** Escapes for text and attribute values; drops characters XML cannot hold. */
    static String esc(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

}
