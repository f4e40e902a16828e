package org.tapisim.scenario.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.tapisim.acd.AcdSimulator;
import org.tapisim.model.QueueId;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The self-contained HTML report: its structure, its charts and its size. */
class HtmlReportTest {

  private static String report(RunSummary summary, ReportCollector collector) throws IOException {
    StringWriter out = new StringWriter();
    HtmlReport.write(summary, collector, out);
    return out.toString();
  }

  private static String goldenReport() throws IOException {
    ReportCollector collector = new ReportCollector(GoldenScenario.START);
    AcdSimulator sim = GoldenScenario.run(collector);
    RunSummary summary =
        RunSummary.capture(
            sim,
            "Golden <run> & \"co\"",
            12,
            3,
            1,
            Map.of(QueueId.of("sales"), SummaryExample.ERLANG));
    return report(summary, collector);
  }

  private static Document xml(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
  }

  /** Returns the tooltip of each lane of the timeline, in order. */
  private static List<String> laneTitles(Document doc) {
    List<String> titles = new ArrayList<>();
    NodeList svgs = doc.getElementsByTagName("svg");
    for (int i = 0; i < svgs.getLength(); i++) {
      Element svg = (Element) svgs.item(i);
      if (svg.getAttribute("class").contains("timeline")) {
        NodeList found = svg.getElementsByTagName("title");
        for (int t = 0; t < found.getLength(); t++) {
          titles.add(found.item(t).getTextContent());
        }
      }
    }
    return titles;
  }

  private static int count(String text, String pattern) {
    Matcher matcher = Pattern.compile(pattern).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  @Test
  void is_well_formed_markup_with_the_run_and_its_figures() throws Exception {
    String html = goldenReport();
    Document doc = xml(html);

    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("html");
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Golden <run> & \"co\" — tapisim report");
    assertThat(doc.getElementsByTagName("h1").item(0).getTextContent())
        .isEqualTo("Golden <run> & \"co\"");
    assertThat(html)
        .contains("<td>sales</td><td>4</td><td>3</td><td>1</td><td>1</td><td>0</td><td>1</td>")
        .contains("<tr class=\"erlang\"><td>Erlang C: 7.85 Erl, 10 agents</td>")
        .contains("expectations: 3 passed, 1 failed")
        .contains("<td>bob/sales</td><td>SESSION_ENDED</td><td>1</td>");
  }

  @Test
  void draws_one_lane_per_session_with_a_legend_of_the_states() throws Exception {
    String html = goldenReport();
    assertThat(laneTitles(xml(html))).containsExactly("alice/sales", "bob/sales");
    assertThat(html)
        .contains("<i class=\"s0\"></i>NOT_READY")
        .contains("<i class=\"s1\"></i>READY")
        .contains("<i class=\"s2\"></i>BUSY_ON_CALL")
        .contains("<i class=\"s3\"></i>BUSY_WRAPUP");
    // alice's eight runs are all drawn; bob's end after logout is left blank
    assertThat(count(html, "<rect class=\"s[0-3]\"")).isEqualTo(8 + 5);
    assertThat(html).doesNotContain("class=\"s4\"");
  }

  @Test
  void draws_the_queue_length_of_each_queue() throws Exception {
    String html = goldenReport();
    assertThat(html).contains("aria-label=\"length of queue sales over time\"");
    assertThat(html).contains("mean 0.22");
    assertThat(count(html, "<path class=\"length\"")).isEqualTo(1);
  }

  @Test
  void references_nothing_outside_the_file() throws IOException {
    String html = goldenReport();
    assertThat(html)
        .doesNotContain("http://")
        .doesNotContain("https://")
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("<img")
        .doesNotContain("url(")
        .doesNotContain("@import")
        .doesNotContain("src=");
  }

  @Test
  void writes_the_same_bytes_for_the_same_run() throws IOException {
    assertThat(goldenReport()).isEqualTo(goldenReport());
  }

  @Test
  void stays_small_for_a_long_run() throws Exception {
    ReportCollector collector = new ReportCollector(AcdSimulator.DEFAULT_START);
    AcdSimulator sim = LongRun.run(20, 200_000, collector);
    String html = report(RunSummary.capture(sim, "Long", 0, 0, 0, Map.of()), collector);

    assertThat(html.length()).isLessThan(2_000_000);
    assertThat(count(html, "<rect ")).isLessThanOrEqualTo(TimelineSvg.RECT_BUDGET);
    assertThat(laneTitles(xml(html))).hasSize(25);
    assertThat(count(html, "<path class=\"length\"")).isEqualTo(2);
  }

  @Test
  void thins_out_labels_and_groups_lanes_when_there_are_hundreds() throws Exception {
    ReportCollector collector = new ReportCollector(AcdSimulator.DEFAULT_START);
    AcdSimulator sim = LongRun.run(400, 4_000, collector);
    String html = report(RunSummary.capture(sim, "Many", 0, 0, 0, Map.of()), collector);

    List<String> titles = laneTitles(xml(html));
    assertThat(titles).hasSize(500);
    // lanes are grouped: all of sales, then all of support
    assertThat(titles.subList(0, 400)).allSatisfy(t -> assertThat(t).endsWith("/sales"));
    assertThat(titles.subList(400, 500)).allSatisfy(t -> assertThat(t).endsWith("/support"));
    assertThat(html).contains("<text class=\"group\"");
    int labels = count(html, "<text class=\"lane\"[^>]*>agent-");
    assertThat(labels).isBetween(20, 250);
    assertThat(count(html, "<rect ")).isLessThanOrEqualTo(TimelineSvg.RECT_BUDGET);
  }
}
