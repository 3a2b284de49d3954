<?xml version="1.0" encoding="UTF-8"?>
<!--
  txbrl-common.xsl - the page of a txbrl rendition (XSLT 1.0), imported by
  txbrl-html.xsl (HTML5) and txbrl-ixbrl.xsl (Inline XBRL 1.1), which only
  choose the serialisation and set $inline.

  Input: the presentation model of an instance (src/render/model.h), which
  `txbrl render` builds in C from the instance and its DTS (presentation,
  labels, calculation, contexts, units, footnotes) and `txbrl render
  - -model` writes out.  By hand:
    txbrl render - -model -o x.model.xml out/000_x.xml
    xsltproc xslt/txbrl-html.xsl x.model.xml > 000_x.html
  (without the spaces between the dashes).  The model is:
    <rendition source version date title company>
      <instance> schemaRef, contexts and units (for Inline XBRL)
      <entity id scheme name>
        <table id role title kind nongaap note fn>  one per presentation
          <dim axis member/>                         role and entity, in the
          <head><hr><h span col>text</h></hr></head> order the exhibit
          <col n period fn/>                         printed them
          <row kind=heading|item depth label concept class fn nongaap>
            <cell col fact ctx name unit kind line dec scale digits shown
                  neg zero nil sign text echo/>
          <fnote id mk text printed n><ff f/></fnote>
      <other><fact ... label concept entity period dims unitname scaleword/>
             <fnote/></other>
  Everything is looked up and formatted by the model; this stylesheet only
  lays it out.  A fact's home cell carries data-fact (and, in Inline XBRL,
  the ix:nonFraction); later cells showing the same fact are echoes.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:link="http://www.xbrl.org/2003/linkbase"
    xmlns:xbrli="http://www.xbrl.org/2003/instance"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"
    xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"
    exclude-result-prefixes="link xbrli xsi ix ixt">

  <xsl:param name="version" select="''"/>      <!-- converter version -->

  <!-- a table's column by its number, a row's cell by its column: looked
       up once through keys, so that a page is linear in its cells -->
  <xsl:key name="col" match="table/col" use="concat(generate-id(..), ' ', @n)"/>
  <xsl:key name="cell" match="row/cell" use="concat(generate-id(..), ' ', @col)"/>

  <xsl:variable name="inline" select="false()"/>
  <xsl:variable name="R" select="/rendition"/>
  <xsl:variable name="src" select="$R/@source"/>
  <xsl:variable name="ver">
    <xsl:choose>
      <xsl:when test="$R/@version != ''"><xsl:value-of select="$R/@version"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$version"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="docdate" select="$R/@date"/>

  <xsl:variable name="css">
:root { color: #111; background: #fff; }
body { font-family: Georgia, "Times New Roman", serif; margin: 2em auto; max-width: 64em; padding: 0 1em; line-height: 1.35; }
.doc { border-bottom: 2px solid #111; margin-bottom: 1.5em; }
h1 { font-size: 1.5em; margin: 0 0 .3em; }
h2 { font-size: 1.3em; margin: 2em 0 .5em; border-bottom: 1px solid #999; padding-bottom: .2em; }
h2 .cik { font-size: .7em; font-weight: normal; color: #444; margin-left: .6em; }
h3 { font-size: 1.05em; margin: 1.5em 0 .4em; }
p.meta, p.note { font-size: .85em; color: #333; margin: .3em 0; }
.statement { margin: 1.5em 0 2.5em; }
.statement.nongaap { border-left: 4px solid #b36b00; padding-left: .8em; background: #fffaf2; }
tr.nongaap th { border-left: 4px solid #b36b00; }
.badge.row { font-size: .6em; margin-right: .4em; }
.badge { display: inline-block; font: bold .7em sans-serif; letter-spacing: .05em; color: #fff; background: #b36b00; padding: .15em .5em; border-radius: .2em; vertical-align: middle; margin-right: .5em; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums lining-nums; font-size: .92em; }
table.alloc { width: auto; min-width: 60%; }
caption { caption-side: top; text-align: left; padding-bottom: .5em; }
caption .title { display: block; font-weight: bold; font-size: 1.1em; }
caption .entity, caption .scale, caption .dims { display: block; font-size: .9em; color: #333; }
thead th { font-weight: bold; text-align: right; vertical-align: bottom; padding: .15em .4em .15em 1.2em; }
thead th.grp { text-align: center; border-bottom: 1px solid #111; }
thead tr:last-child th { border-bottom: 1px solid #111; }
thead td { border: 0; }
tbody th { text-align: left; font-weight: normal; padding: .12em .4em; vertical-align: bottom; }
tbody td { text-align: right; white-space: nowrap; padding: .12em 1.1em .12em 1.2em; vertical-align: bottom; }
tbody td.neg { padding-right: .55em; }
tbody td.zero { padding-right: 1.4em; }
tbody tr.heading th { font-style: italic; padding-top: .5em; }
tbody tr:nth-child(even) { background: #f6f6f6; }
tr.subtotal td { border-top: 1px solid #111; }
tr.total td { border-top: 1px solid #111; }
tr.grand th { font-weight: bold; }
tr.grand td { border-top: 1px solid #111; border-bottom: 3px double #111; font-weight: bold; }
tr.pershare td, tr.shares td { font-style: normal; }
td.echo { color: #333; }
th.d1 { padding-left: .4em; } th.d2 { padding-left: 1.6em; } th.d3 { padding-left: 2.8em; }
th.d4 { padding-left: 4em; } th.d5 { padding-left: 5.2em; } th.d6 { padding-left: 6.4em; } th.d7 { padding-left: 7.6em; }
.ext { }
sup.fnref { font-size: .68em; font-weight: normal; margin-left: .2em; line-height: 0; }
thead sup.fnref { position: absolute; } /* beside the year, which stays over its numbers */
div.footnotes { margin-top: .5em; padding-top: .35em; border-top: 1px solid #999; font-size: .85em; }
p.fn { margin: .2em 0; padding-left: 2.2em; text-indent: -2.2em; }
p.fn .fnmk { display: inline-block; min-width: 2.2em; text-indent: 0; }
table.cover { width: auto; }
table.cover td { text-align: left; }
table.other td { text-align: left; }
.foot { margin-top: 3em; border-top: 1px solid #999; font-size: .8em; color: #444; }
@media print {
  @page { margin: 1.5cm; }
  body { margin: 0; max-width: none; font-size: 10pt; }
  .statement { break-inside: auto; }
  caption, thead { break-after: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  div.footnotes { break-before: avoid; break-inside: avoid; }
  tbody tr:nth-child(even) { background: none; }
  .statement.nongaap { background: none; }
  .badge { color: #000; background: none; border: 1px solid #000; }
}
</xsl:variable>

  <xsl:template match="/">
    <xsl:if test="not($inline)">
      <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    </xsl:if>
    <xsl:call-template name="page"/>
  </xsl:template>

  <xsl:template name="long-date">
    <xsl:param name="d"/>
    <xsl:variable name="m" select="number(substring($d, 6, 2))"/>
    <xsl:value-of select="concat(substring('January  February March    April    May      June     July     August   SeptemberOctober  November December ', ($m - 1) * 9 + 1, 9), '')"/>
  </xsl:template>

  <xsl:template name="date">
    <xsl:param name="d"/>
    <xsl:variable name="mo"><xsl:call-template name="long-date"><xsl:with-param name="d" select="$d"/></xsl:call-template></xsl:variable>
    <xsl:value-of select="concat(normalize-space($mo), ' ', number(substring($d, 9, 2)), ', ', substring($d, 1, 4))"/>
  </xsl:template>

  <!-- an entity's heading: its name, else its identifier; an entity the
       exhibit did not identify is "Registrant" -->
  <xsl:template name="entity-name">
    <xsl:param name="e"/>
    <xsl:choose>
      <xsl:when test="$e/@name != ''"><xsl:value-of select="$e/@name"/></xsl:when>
      <xsl:when test="$e/@id != '' and $e/@id != 'unknown-entity'">Entity <xsl:value-of select="$e/@id"/></xsl:when>
      <xsl:when test="$R/@company != ''"><xsl:value-of select="$R/@company"/></xsl:when>
      <xsl:otherwise>Registrant (not identified by the exhibit)</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="page">
    <html lang="en">
      <xsl:if test="$inline">
        <xsl:copy-of select="$R/namespace::*[name() != 'xml']"/>
      </xsl:if>
      <head>
        <xsl:choose>
          <xsl:when test="$inline"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/></xsl:when>
          <xsl:otherwise><meta charset="utf-8"/></xsl:otherwise>
        </xsl:choose>
        <title><xsl:value-of select="$R/@title"/></title>
        <meta name="generator" content="txbrl {$ver}"/>
        <meta name="txbrl-source" content="{$src}"/>
        <meta name="txbrl-converter-version" content="{$ver}"/>
        <meta name="txbrl-document-date" content="{$docdate}"/>
        <meta name="description" content="Rendition of the XBRL instance of {$src}"/>
        <style><xsl:value-of select="$css"/></style>
      </head>
      <body>
        <xsl:if test="$inline">
          <div style="display:none">
            <ix:header>
              <ix:references>
                <xsl:copy-of select="$R/instance/link:schemaRef"/>
              </ix:references>
              <ix:resources>
                <xsl:copy-of select="$R/instance/xbrli:context|$R/instance/xbrli:unit"/>
                <xsl:for-each select="$R//fnote">
                  <ix:relationship toRefs="{@id}">
                    <xsl:attribute name="fromRefs"><xsl:for-each select="ff"><xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if><xsl:value-of select="@f"/></xsl:for-each></xsl:attribute>
                  </ix:relationship>
                </xsl:for-each>
              </ix:resources>
            </ix:header>
          </div>
        </xsl:if>
        <header class="doc">
          <h1>
            <xsl:if test="$R/@company != ''"><xsl:value-of select="$R/@company"/>: </xsl:if>
            <xsl:text>Financial statements</xsl:text>
          </h1>
          <p class="meta">
            <xsl:text>Rendition of the XBRL instance converted from </xsl:text>
            <code><xsl:value-of select="$src"/></code>
            <xsl:if test="$ver != ''"> by txbrl <xsl:value-of select="$ver"/></xsl:if>
            <xsl:if test="$docdate != ''">
              <xsl:text>; document period ended </xsl:text>
              <time datetime="{$docdate}"><xsl:call-template name="date"><xsl:with-param name="d" select="$docdate"/></xsl:call-template></time>
            </xsl:if>
            <xsl:text>.</xsl:text>
          </p>
          <p class="meta">Tables and rows follow the presentation linkbase of the instance (the exhibit's own when it has one: its tables and rows in the order and words it printed them). Each amount names, in its tooltip and its data-source-line attribute, the line of the exhibit it was read from.</p>
        </header>
        <main>
          <xsl:for-each select="$R/entity[table]">
            <section class="entity" id="entity-{position()}">
              <h2>
                <xsl:call-template name="entity-name"><xsl:with-param name="e" select="."/></xsl:call-template>
                <xsl:if test="@name != '' and @id != 'unknown-entity'"><span class="cik"><xsl:value-of select="@id"/></span></xsl:if>
              </h2>
              <xsl:apply-templates select="table"/>
            </section>
          </xsl:for-each>
          <xsl:apply-templates select="$R/other"/>
          <xsl:if test="$R/fnote">
            <section class="statement notes">
              <h2>Footnotes</h2>
              <p class="note">Footnotes of the instance whose facts no table shows.</p>
              <xsl:call-template name="footnotes"><xsl:with-param name="notes" select="$R/fnote"/></xsl:call-template>
            </section>
          </xsl:if>
        </main>
        <footer class="foot">
          <p>Generated from the XBRL instance and its taxonomy (presentation, label and calculation linkbases); amounts are shown as the exhibit printed them, in the scale each table states: negative amounts in parentheses, nil or zero as a dash. Non-GAAP measures are marked as such.</p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- "1 A" -> (1)(A) -->
  <xsl:template name="fnrefs">
    <xsl:param name="mks"/>
    <xsl:variable name="s" select="normalize-space($mks)"/>
    <xsl:if test="$s != ''">
      <xsl:variable name="first">
        <xsl:choose>
          <xsl:when test="contains($s, ' ')"><xsl:value-of select="substring-before($s, ' ')"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <sup class="fnref" title="See note ({$first}) under the table">(<xsl:value-of select="$first"/>)</sup>
      <xsl:call-template name="fnrefs"><xsl:with-param name="mks" select="substring-after($s, ' ')"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ one table -->
  <xsl:template match="table">
    <xsl:variable name="t" select="."/>
    <xsl:variable name="ng" select="@nongaap = '1'"/>
    <xsl:variable name="ncols" select="count(col)"/>
    <section id="s-{@id}">
      <xsl:attribute name="class">
        <xsl:text>statement</xsl:text>
        <xsl:if test="$ng"> nongaap</xsl:if>
      </xsl:attribute>
      <xsl:if test="$ng">
        <p class="note"><span class="badge">NON-GAAP</span>Not prepared under generally accepted accounting principles; shown as the exhibit presented it.</p>
      </xsl:if>
      <table>
        <xsl:attribute name="class">
          <xsl:text>fin</xsl:text>
          <xsl:if test="not(head/hr)"> cover</xsl:if>
        </xsl:attribute>
        <caption>
          <span class="title">
            <xsl:value-of select="@title"/>
            <xsl:call-template name="fnrefs"><xsl:with-param name="mks" select="@fn"/></xsl:call-template>
          </span>
          <span class="entity"><xsl:call-template name="entity-name"><xsl:with-param name="e" select=".."/></xsl:call-template></span>
          <xsl:for-each select="dim">
            <span class="dims"><xsl:value-of select="@axis"/>: <xsl:value-of select="@member"/></span>
          </xsl:for-each>
          <xsl:if test="@note != ''"><span class="scale"><xsl:value-of select="@note"/></span></xsl:if>
        </caption>
        <thead>
          <xsl:choose>
            <xsl:when test="head/hr">
              <xsl:for-each select="head/hr">
                <xsl:variable name="last" select="@last = '1'"/>
                <tr>
                  <xsl:if test="position() = 1"><td rowspan="{count(../hr)}"></td></xsl:if>
                  <xsl:for-each select="h">
                    <xsl:variable name="c" select="@col"/>
                    <th>
                      <xsl:choose>
                        <xsl:when test="@span &gt; 1">
                          <xsl:attribute name="scope">colgroup</xsl:attribute>
                          <xsl:attribute name="colspan"><xsl:value-of select="@span"/></xsl:attribute>
                          <xsl:attribute name="class">grp</xsl:attribute>
                        </xsl:when>
                        <xsl:otherwise>
                          <xsl:attribute name="scope">col</xsl:attribute>
                          <xsl:if test="not($last)"><xsl:attribute name="class">grp</xsl:attribute></xsl:if>
                          <xsl:if test="$last"><xsl:attribute name="data-period"><xsl:value-of select="key('col', concat(generate-id($t), ' ', $c))/@period"/></xsl:attribute></xsl:if>
                        </xsl:otherwise>
                      </xsl:choose>
                      <xsl:value-of select="."/>
                      <xsl:if test="$last">
                        <xsl:call-template name="fnrefs"><xsl:with-param name="mks" select="key('col', concat(generate-id($t), ' ', $c))/@fn"/></xsl:call-template>
                      </xsl:if>
                    </th>
                  </xsl:for-each>
                </tr>
              </xsl:for-each>
            </xsl:when>
            <xsl:otherwise>
              <tr><th scope="col">Item</th><xsl:for-each select="col"><th scope="col">Value</th></xsl:for-each></tr>
            </xsl:otherwise>
          </xsl:choose>
        </thead>
        <tbody>
          <xsl:for-each select="row">
            <xsl:choose>
              <xsl:when test="@kind = 'heading'">
                <tr class="heading">
                  <th scope="rowgroup" colspan="{$ncols + 1}" class="d{@depth}"><xsl:value-of select="@label"/></th>
                </tr>
              </xsl:when>
              <xsl:otherwise>
                <xsl:variable name="r" select="."/>
                <tr>
                  <xsl:variable name="cls" select="normalize-space(concat(@class, ' ', cell[1]/@kind, substring(' nongaap', 1, 8 * (@nongaap = '1'))))"/>
                  <xsl:if test="$cls != ''"><xsl:attribute name="class"><xsl:value-of select="$cls"/></xsl:attribute></xsl:if>
                  <th scope="row" class="d{@depth}" data-concept="{cell[1]/@name}">
                    <xsl:if test="@nongaap = '1'"><span class="badge row" title="A measure not prepared under generally accepted accounting principles">NON-GAAP</span></xsl:if>
                    <xsl:value-of select="@label"/>
                    <xsl:call-template name="fnrefs"><xsl:with-param name="mks" select="@fn"/></xsl:call-template>
                  </th>
                  <xsl:for-each select="$t/col">
                    <xsl:variable name="c" select="key('cell', concat(generate-id($r), ' ', @n))"/>
                    <xsl:choose>
                      <xsl:when test="$c"><xsl:apply-templates select="$c"/></xsl:when>
                      <xsl:otherwise><td class="empty"></td></xsl:otherwise>
                    </xsl:choose>
                  </xsl:for-each>
                </tr>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </tbody>
      </table>
      <xsl:call-template name="footnotes"><xsl:with-param name="notes" select="fnote"/></xsl:call-template>
    </section>
  </xsl:template>

  <!-- footnotes under their table: marker and text as the exhibit printed
       them; in Inline XBRL an ix:footnote tied to its facts by
       ix:relationship in ix:resources -->
  <xsl:template name="footnotes">
    <xsl:param name="notes"/>
    <xsl:if test="$notes">
      <div class="footnotes">
        <xsl:for-each select="$notes">
          <p class="fn">
            <xsl:if test="not($inline)"><xsl:attribute name="data-footnote"><xsl:value-of select="@id"/></xsl:attribute></xsl:if>
            <xsl:attribute name="data-facts"><xsl:value-of select="@n"/></xsl:attribute>
            <xsl:choose>
              <xsl:when test="$inline and @printed = 1">
                <ix:footnote id="{@id}" xml:lang="en"><span class="fnmk">(<xsl:value-of select="@mk"/>)</span><xsl:text> </xsl:text><xsl:value-of select="@text"/></ix:footnote>
              </xsl:when>
              <xsl:when test="$inline">
                <span class="fnmk">(<xsl:value-of select="@mk"/>)</span><xsl:text> </xsl:text>
                <ix:footnote id="{@id}" xml:lang="en"><xsl:value-of select="@text"/></ix:footnote>
              </xsl:when>
              <xsl:otherwise>
                <span class="fnmk">(<xsl:value-of select="@mk"/>)</span><xsl:text> </xsl:text><xsl:value-of select="@text"/>
              </xsl:otherwise>
            </xsl:choose>
          </p>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- one value: a <cell> of a table or a <fact> of the other facts -->
  <xsl:template match="cell|fact">
    <xsl:variable name="home" select="not(@echo = '1')"/>
    <xsl:variable name="text" select="@kind = ''"/>
    <td data-source-line="{@line}">
      <xsl:attribute name="class">
        <xsl:choose>
          <xsl:when test="$text">text</xsl:when>
          <xsl:otherwise>num</xsl:otherwise>
        </xsl:choose>
        <xsl:if test="@neg = '1'"> neg</xsl:if>
        <xsl:if test="@zero = '1'"> zero</xsl:if>
        <xsl:if test="not($home)"> echo</xsl:if>
      </xsl:attribute>
      <xsl:choose>
        <xsl:when test="$home"><xsl:attribute name="data-fact"><xsl:value-of select="@fact"/></xsl:attribute></xsl:when>
        <xsl:otherwise><xsl:attribute name="data-echo"><xsl:value-of select="@fact"/></xsl:attribute></xsl:otherwise>
      </xsl:choose>
      <xsl:attribute name="data-context"><xsl:value-of select="@ctx"/></xsl:attribute>
      <xsl:attribute name="title">
        <xsl:value-of select="@name"/>
        <xsl:choose>
          <xsl:when test="@line != '' and @line != '0'"> - exhibit <xsl:value-of select="$src"/>, line <xsl:value-of select="@line"/></xsl:when>
          <xsl:otherwise> - source line unknown</xsl:otherwise>
        </xsl:choose>
        <xsl:if test="not($home)"> (same fact as shown in an earlier table)</xsl:if>
      </xsl:attribute>
      <xsl:choose>
        <xsl:when test="$inline and $home and $text">
          <ix:nonNumeric name="{@name}" contextRef="{@ctx}" id="{@fact}"><xsl:value-of select="@text"/></ix:nonNumeric>
        </xsl:when>
        <xsl:when test="$inline and $home and @nil = '1'">
          <ix:nonFraction name="{@name}" contextRef="{@ctx}" unitRef="{@unit}" id="{@fact}" xsi:nil="true"/>
          <xsl:value-of select="@shown"/>
        </xsl:when>
        <xsl:when test="$inline and $home">
          <xsl:if test="@neg = '1'">(</xsl:if>
          <ix:nonFraction name="{@name}" contextRef="{@ctx}" unitRef="{@unit}" id="{@fact}" decimals="{@dec}" scale="{@scale}">
            <xsl:if test="not(@dec)"><xsl:attribute name="decimals">INF</xsl:attribute></xsl:if>
            <xsl:choose>
              <xsl:when test="@zero = '1'"><xsl:attribute name="format">ixt:fixed-zero</xsl:attribute><xsl:value-of select="@shown"/></xsl:when>
              <xsl:otherwise>
                <xsl:attribute name="format">ixt:num-dot-decimal</xsl:attribute>
                <xsl:if test="@sign = '-'"><xsl:attribute name="sign">-</xsl:attribute></xsl:if>
                <xsl:value-of select="@digits"/>
              </xsl:otherwise>
            </xsl:choose>
          </ix:nonFraction>
          <xsl:if test="@neg = '1'">)</xsl:if>
        </xsl:when>
        <xsl:when test="$text"><xsl:value-of select="@text"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="@shown"/></xsl:otherwise>
      </xsl:choose>
    </td>
  </xsl:template>

  <!-- facts no table shows: every one with its entity, period, every
       dimension member, unit and scale, so no two rows look alike -->
  <xsl:template match="other">
    <xsl:if test="fact">
      <section class="statement other" id="other-facts">
        <h2>Facts no table shows</h2>
        <table class="fin other">
          <caption><span class="title">Facts of the instance outside its presentation</span><span class="entity">Their concepts are in no presentation relationship of the taxonomy</span></caption>
          <thead><tr><th scope="col">Concept</th><th scope="col">Entity</th><th scope="col">Period</th><th scope="col">Dimensions</th><th scope="col">Unit</th><th scope="col">Value</th></tr></thead>
          <tbody>
            <xsl:for-each select="fact">
              <tr>
                <th scope="row" data-concept="{@name}"><xsl:value-of select="@label"/></th>
                <td><xsl:value-of select="@entity"/></td>
                <td><xsl:value-of select="@period"/></td>
                <td><xsl:choose><xsl:when test="@dims != ''"><xsl:value-of select="@dims"/></xsl:when><xsl:otherwise>(none)</xsl:otherwise></xsl:choose></td>
                <td><xsl:value-of select="@unitname"/><xsl:if test="@scaleword != ''"> in <xsl:value-of select="@scaleword"/></xsl:if></td>
                <xsl:apply-templates select="."/>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
        <xsl:call-template name="footnotes"><xsl:with-param name="notes" select="fnote"/></xsl:call-template>
      </section>
    </xsl:if>
    <xsl:if test="not(fact) and fnote">
      <section class="statement notes">
        <h2>Footnotes</h2>
        <xsl:call-template name="footnotes"><xsl:with-param name="notes" select="fnote"/></xsl:call-template>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
