<?xml version="1.0" encoding="UTF-8"?>
<!--
  txbrl-common.xsl - the model and the page of a txbrl rendition (XSLT 1.0 +
  exsl:node-set).  Imported by txbrl-html.xsl (HTML5) and txbrl-ixbrl.xsl
  (Inline XBRL 1.1), which only choose the serialisation and set $inline.

  Input: an XBRL 2.1 instance.  Its DTS is read with document(): the
  schemaRef'd schemas, the project schemas they import (http://txbrl.example.org/
  URLs resolve offline through the XML catalog), and every linkbaseRef of those
  (labels, presentation, calculation).  Nothing is fetched from the network
  (txbrl runs this with its offline loader; by hand use
  `XML_CATALOG_FILES=taxonomy/catalog.xml xsltproc - -nonet ...`).

  How the page is built (passes over exsl:node-set trees):
    F   one <f> per fact: concept id (schema element id), entity, period key,
        basis (txbrl:PresentationBasisAxis member, '' = GAAP), allocation
        member (IncomeStatementLocationAxis), unit kind, decimals, value and
        the exhibit line (from the <!-\-line N-\-> comment instance.c writes
        right before each fact).
    R   one <role> per presentation extended link: rows in presentation order
        (depth-first, arcs by @order), with depth and preferred label.
    S0  statements per entity and role: columns (periods of the facts the
        role alone can hold), rows with the cells they find.
    X   facts of concepts outside every presentation tree (extension concepts)
        placed after the row of the nearest preceding fact (document order)
        of a statement that can hold them.
    S   statements with those rows inserted, sorted in the order the exhibit
        printed them (position of their first fact).
  A fact's home cell is its first cell in S: it carries data-fact (and, in
  Inline XBRL, the ix:nonFraction); later cells showing the same fact (net
  income on the cash flow statement) are echoes (data-echo).  Facts no
  statement shows go to a table of other facts, so every fact appears in
  exactly one home cell.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    xmlns:xbrli="http://www.xbrl.org/2003/instance"
    xmlns:link="http://www.xbrl.org/2003/linkbase"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:xbrldi="http://xbrl.org/2006/xbrldi"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"
    xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="exsl xbrli link xlink xs xbrldi xsi ix ixt">

  <!-- Parameters (txbrl render passes them; all optional). -->
  <xsl:param name="source" select="''"/>       <!-- exhibit file name -->
  <xsl:param name="version" select="''"/>      <!-- converter version -->

  <xsl:variable name="inline" select="false()"/>

  <xsl:key name="ctx" match="xbrli:context" use="@id"/>
  <xsl:key name="unit" match="xbrli:unit" use="@id"/>
  <xsl:key name="fk" match="f" use="concat(@ent,'|',@c,'|',@b,'|',@loc,'|',@od,'|',@pk)"/>
  <xsl:key name="fkn" match="f" use="concat(@ent,'|',@c,'|',@b,'|',@loc,'|',@od,'|N:',@inext)"/>
  <xsl:key name="fcover" match="f" use="concat(@ent,'|',@c)"/>
  <xsl:key name="cellf" match="cell" use="@f"/>
  <xsl:key name="pre-loc" match="link:loc" use="concat(generate-id(..),'|',@xlink:label)"/>
  <xsl:key name="pre-arc" match="link:presentationArc" use="concat(generate-id(..),'|',@xlink:from)"/>
  <xsl:key name="pre-to" match="link:presentationArc" use="concat(generate-id(..),'|',@xlink:to)"/>
  <xsl:key name="lab-loc" match="link:loc" use="substring-after(@xlink:href,'#')"/>
  <xsl:key name="lab-arc" match="link:labelArc" use="concat(generate-id(..),'|',@xlink:from)"/>
  <xsl:key name="lab-res" match="link:label" use="concat(generate-id(..),'|',@xlink:label)"/>
  <xsl:key name="cal-parent" match="link:calculationArc" use="@xlink:from"/>
  <xsl:key name="el-name" match="xs:schema/xs:element" use="concat(../@targetNamespace,'|',@name)"/>
  <xsl:key name="el-id" match="xs:schema/xs:element" use="@id"/>
  <xsl:key name="ugrp" match="f" use="concat(@ent,'|',@c,'|',@b,'|',@loc)"/>
  <xsl:key name="xat" match="x" use="concat(@sid,'|',@after)"/>

  <!-- ============================================================ DTS -->
  <xsl:variable name="inst" select="/xbrli:xbrl"/>
  <xsl:variable name="s1" select="document($inst/link:schemaRef/@xlink:href)"/>
  <xsl:variable name="s2" select="document($s1/xs:schema/xs:import[not(starts-with(@schemaLocation,'http://www.xbrl.org/')) and not(starts-with(@schemaLocation,'https://www.xbrl.org/')) and not(starts-with(@schemaLocation,'http://www.w3.org/'))]/@schemaLocation)"/>
  <xsl:variable name="s3" select="document($s2/xs:schema/xs:import[not(starts-with(@schemaLocation,'http://www.xbrl.org/')) and not(starts-with(@schemaLocation,'https://www.xbrl.org/')) and not(starts-with(@schemaLocation,'http://www.w3.org/'))]/@schemaLocation)"/>
  <xsl:variable name="schemas" select="$s1|$s2|$s3"/>
  <xsl:variable name="lbs" select="document($schemas/xs:schema/xs:annotation/xs:appinfo/link:linkbaseRef/@xlink:href)"/>
  <xsl:variable name="labdocs" select="$lbs[link:linkbase/link:labelLink]"/>
  <xsl:variable name="caldocs" select="$lbs[link:linkbase/link:calculationLink]"/>
  <xsl:variable name="pres" select="$lbs/link:linkbase/link:presentationLink"/>

  <!-- the source file and the document date, from the instance itself -->
  <xsl:variable name="src">
    <xsl:choose>
      <xsl:when test="$source != ''"><xsl:value-of select="$source"/></xsl:when>
      <xsl:when test="contains(/comment()[1], ' instance of ')">
        <xsl:value-of select="normalize-space(substring-before(substring-after(/comment()[1], ' instance of '), ', written by'))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$inst/link:schemaRef/@xlink:href"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="ver">
    <xsl:choose>
      <xsl:when test="$version != ''"><xsl:value-of select="$version"/></xsl:when>
      <xsl:when test="contains(/comment()[1], 'written by txbrl ')">
        <xsl:value-of select="normalize-space(substring-before(substring-after(/comment()[1], 'written by txbrl '), '-'))"/>
      </xsl:when>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="docdate">
    <xsl:for-each select="$inst/*[local-name()='DocumentPeriodEndDate']">
      <xsl:sort select="normalize-space(.)" order="descending"/>
      <xsl:if test="position() = 1"><xsl:value-of select="normalize-space(.)"/></xsl:if>
    </xsl:for-each>
  </xsl:variable>

  <!-- ============================================================ F: facts -->
  <xsl:variable name="F-rtf">
    <xsl:for-each select="$inst/*[@contextRef]">
      <xsl:variable name="cx" select="key('ctx', @contextRef)"/>
      <xsl:variable name="ns" select="namespace-uri()"/>
      <xsl:variable name="ln" select="local-name()"/>
      <xsl:variable name="sid-rtf">
        <xsl:for-each select="$schemas">
          <xsl:value-of select="key('el-name', concat($ns,'|',$ln))/@id"/>
        </xsl:for-each>
      </xsl:variable>
      <xsl:variable name="sid" select="string($sid-rtf)"/>
      <xsl:variable name="mem" select="$cx/xbrli:entity/xbrli:segment/* | $cx/xbrli:scenario/*"/>
      <xsl:variable name="bm" select="$mem[self::xbrldi:explicitMember][substring-after(@dimension,':')='PresentationBasisAxis']"/>
      <xsl:variable name="lm" select="$mem[self::xbrldi:explicitMember][substring-after(@dimension,':')='IncomeStatementLocationAxis']"/>
      <xsl:variable name="u" select="key('unit', @unitRef)"/>
      <xsl:variable name="per" select="$cx/xbrli:period"/>
      <!-- (libxml2 stops at the first sibling only for a lone [1]) -->
      <xsl:variable name="prev" select="preceding-sibling::node()[1]"/>
      <xsl:variable name="cmt" select="$prev[self::comment()][starts-with(normalize-space(.),'line ')]"/>
      <f n="{position()}" qn="{name()}" ctx="{@contextRef}" unit="{@unitRef}" dec="{@decimals}"
         v="{normalize-space(.)}" nil="{@xsi:nil}" od="{count($mem) - count($bm|$lm)}"
         ent="{normalize-space($cx/xbrli:entity/xbrli:identifier)}"
         line="{normalize-space(substring-after($cmt,'line '))}">
        <xsl:attribute name="id">
          <xsl:choose>
            <xsl:when test="@id"><xsl:value-of select="@id"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="concat('fact-', position())"/></xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <xsl:attribute name="c">
          <xsl:choose>
            <xsl:when test="$sid"><xsl:value-of select="$sid"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="translate(name(),':','_')"/></xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <xsl:attribute name="b">
          <xsl:variable name="bl" select="substring-after(normalize-space($bm),':')"/>
          <xsl:if test="$bl != 'GaapMember'"><xsl:value-of select="$bl"/></xsl:if>
        </xsl:attribute>
        <xsl:attribute name="loc"><xsl:value-of select="translate(normalize-space($lm),':','_')"/></xsl:attribute>
        <xsl:attribute name="kind">
          <xsl:choose>
            <xsl:when test="not(@unitRef)"></xsl:when>
            <xsl:when test="$u/xbrli:divide">pershare</xsl:when>
            <xsl:when test="substring-after(normalize-space($u/xbrli:measure),':') = 'shares'">shares</xsl:when>
            <xsl:when test="starts-with(normalize-space($u/xbrli:measure),'iso4217:')">money</xsl:when>
            <xsl:otherwise>other</xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <xsl:choose>
          <xsl:when test="$per/xbrli:instant">
            <xsl:variable name="d" select="substring(normalize-space($per/xbrli:instant),1,10)"/>
            <xsl:attribute name="pk"><xsl:value-of select="concat('I:',$d)"/></xsl:attribute>
            <xsl:attribute name="i"><xsl:value-of select="$d"/></xsl:attribute>
            <xsl:attribute name="inext"><xsl:call-template name="next-day"><xsl:with-param name="d" select="$d"/></xsl:call-template></xsl:attribute>
          </xsl:when>
          <xsl:when test="$per/xbrli:startDate">
            <xsl:variable name="s" select="substring(normalize-space($per/xbrli:startDate),1,10)"/>
            <xsl:variable name="e" select="substring(normalize-space($per/xbrli:endDate),1,10)"/>
            <xsl:attribute name="pk"><xsl:value-of select="concat('D:',$s,':',$e)"/></xsl:attribute>
            <xsl:attribute name="s"><xsl:value-of select="$s"/></xsl:attribute>
            <xsl:attribute name="e"><xsl:value-of select="$e"/></xsl:attribute>
          </xsl:when>
          <xsl:otherwise><xsl:attribute name="pk">forever</xsl:attribute></xsl:otherwise>
        </xsl:choose>
      </f>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="F" select="exsl:node-set($F-rtf)"/>

  <!-- ============================================================ R: roles -->
  <xsl:variable name="R-rtf">
    <xsl:for-each select="$pres">
      <xsl:variable name="uri" select="@xlink:role"/>
      <xsl:variable name="def0" select="normalize-space(($schemas//link:roleType[@roleURI=$uri]/link:definition)[1])"/>
      <!-- "100000 - Statement - Balance Sheet": sort code, kind, title -->
      <xsl:variable name="def">
        <xsl:choose>
          <xsl:when test="contains($def0,' - ') and translate(substring-before($def0,' - '),'0123456789','') = ''"><xsl:value-of select="substring-after($def0,' - ')"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$def0"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="kind" select="substring-before($def,' - ')"/>
      <xsl:variable name="rows-rtf">
        <!-- the roots: locators no arc of the link leads to (a key: the
             networks have thousands of arcs) -->
        <xsl:for-each select="link:loc[not(key('pre-to', concat(generate-id(..),'|',@xlink:label)))]">
          <xsl:call-template name="pnode">
            <xsl:with-param name="loc" select="."/>
            <xsl:with-param name="d" select="0"/>
            <xsl:with-param name="pl" select="''"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:variable>
      <xsl:variable name="rows" select="exsl:node-set($rows-rtf)/r"/>
      <role uri="{$uri}" n="{position()}" title="{substring-after($def,' - ')}">
        <xsl:attribute name="mode">
          <xsl:choose>
            <xsl:when test="$kind = 'Document'">cover</xsl:when>
            <xsl:when test="$kind = 'Non-GAAP' and contains($uri,'Reconciliation')">recon</xsl:when>
            <xsl:when test="$kind = 'Non-GAAP'">ng</xsl:when>
            <xsl:when test="$rows[@k='axis'][substring-after(@c,'_')='IncomeStatementLocationAxis']">alloc</xsl:when>
            <xsl:when test="$kind = 'Schedule'">schedule</xsl:when>
            <xsl:otherwise>gaap</xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <xsl:copy-of select="$rows"/>
      </role>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="R" select="exsl:node-set($R-rtf)/role"/>

  <xsl:template name="pnode">
    <xsl:param name="loc"/>
    <xsl:param name="d"/>
    <xsl:param name="pl"/>
    <xsl:variable name="c" select="substring-after($loc/@xlink:href,'#')"/>
    <xsl:variable name="abstract-rtf">
      <xsl:for-each select="$schemas">
        <xsl:if test="key('el-id', $c)/@abstract = 'true'">1</xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="k">
      <xsl:call-template name="node-kind">
        <xsl:with-param name="c" select="$c"/>
        <xsl:with-param name="abstract" select="string($abstract-rtf) != ''"/>
      </xsl:call-template>
    </xsl:variable>
    <r c="{$c}" d="{$d}" pl="{$pl}" k="{$k}"/>
    <xsl:variable name="nd">
      <xsl:choose>
        <xsl:when test="$k = 'abstract' or $k = 'item'"><xsl:value-of select="$d + 1"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$d"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="link" select="$loc/.."/>
    <xsl:for-each select="key('pre-arc', concat(generate-id($link),'|',$loc/@xlink:label))">
      <xsl:sort select="@order" data-type="number"/>
      <xsl:call-template name="pnode">
        <xsl:with-param name="loc" select="key('pre-loc', concat(generate-id($link),'|',current()/@xlink:to))[1]"/>
        <xsl:with-param name="d" select="$nd"/>
        <xsl:with-param name="pl" select="substring-after(@preferredLabel,'/role/')"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="node-kind">
    <xsl:param name="c"/>
    <xsl:param name="abstract"/>
    <xsl:variable name="n" select="string-length($c)"/>
    <xsl:choose>
      <xsl:when test="substring($c, $n - 3) = 'Axis'">axis</xsl:when>
      <xsl:when test="substring($c, $n - 5) = 'Member'">member</xsl:when>
      <xsl:when test="substring($c, $n - 5) = 'Domain'">domain</xsl:when>
      <xsl:when test="substring($c, $n - 4) = 'Table'">table</xsl:when>
      <xsl:when test="substring($c, $n - 8) = 'LineItems'">lineitems</xsl:when>
      <xsl:when test="$abstract">abstract</xsl:when>
      <xsl:otherwise>item</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ S0: statements -->
  <!-- the entities in order of their first fact: one pass per entity (a key
       on @ent would hold every fact under one value, which libxslt builds in
       time quadratic in its size) -->
  <xsl:variable name="ents-rtf">
    <xsl:call-template name="entities-from"><xsl:with-param name="seen" select="'|'"/></xsl:call-template>
  </xsl:variable>
  <xsl:template name="entities-from">
    <xsl:param name="seen"/>
    <xsl:variable name="f" select="$F/f[not(contains($seen, concat('|', @ent, '|')))][1]"/>
    <xsl:if test="$f">
      <e id="{$f/@ent}" n="{$f/@n}"/>
      <xsl:call-template name="entities-from"><xsl:with-param name="seen" select="concat($seen, $f/@ent, '|')"/></xsl:call-template>
    </xsl:if>
  </xsl:template>
  <xsl:variable name="ents" select="exsl:node-set($ents-rtf)/e"/>

  <xsl:variable name="S0-rtf">
    <xsl:for-each select="$ents">
      <xsl:variable name="E" select="@id"/>
      <xsl:for-each select="$R">
        <xsl:variable name="role" select="."/>
        <xsl:variable name="mode" select="@mode"/>
        <xsl:variable name="cand" select="$F/f[@ent=$E][@od=0][
            ($mode='gaap' and @b='' and @loc='' and @c = $role/r[@k='item']/@c
               and not(@c = $R[@mode='gaap'][@uri != $role/@uri]/r/@c))
         or ($mode='schedule' and @b='' and @loc='' and @c = $role/r[@k='item']/@c
               and not(@c = $R[@mode='gaap']/r/@c))
         or ($mode='ng' and @b='NonGaapMember' and @loc='' and @c = $role/r[@k='item']/@c)
         or ($mode='recon' and @b='NonGaapAdjustmentsMember' and @loc='')
         or ($mode='alloc' and @loc!='' and @b='')
         or ($mode='cover' and @kind='' and @c = $role/r[@k='item']/@c)]"/>
        <xsl:if test="$cand and ($mode != 'gaap' or count($cand[generate-id() = generate-id(key('fcover', concat(@ent,'|',@c))[1])]) &gt;= 3)">
          <st ent="{$E}" sid="{concat($E,'|',$role/@uri)}" role="{$role/@uri}" mode="{$mode}"
              title="{$role/@title}" key="{$cand[1]/@n * number($mode != 'cover')}" en="{$ents[@id=$E]/@n}">
            <xsl:call-template name="columns"><xsl:with-param name="cand" select="$cand"/><xsl:with-param name="mode" select="$mode"/></xsl:call-template>
          </st>
        </xsl:if>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:variable>
  <!-- rows are added in a second step, once the columns are known -->
  <xsl:variable name="S0a" select="exsl:node-set($S0-rtf)/st"/>
  <xsl:variable name="S0-rows-rtf">
    <xsl:for-each select="$S0a">
      <xsl:variable name="st" select="."/>
      <xsl:variable name="role" select="$R[@uri = $st/@role]"/>
      <st>
        <xsl:copy-of select="@*|col"/>
        <xsl:choose>
          <xsl:when test="@mode = 'gaap' or @mode = 'schedule' or @mode = 'ng' or @mode = 'cover'">
            <xsl:variable name="b"><xsl:if test="@mode = 'ng'">NonGaapMember</xsl:if></xsl:variable>
            <xsl:for-each select="$role/r[(@k='abstract' and @d &gt; 0) or @k='item']">
              <xsl:call-template name="row">
                <xsl:with-param name="st" select="$st"/><xsl:with-param name="i" select="position()"/>
                <xsl:with-param name="c" select="@c"/><xsl:with-param name="d" select="@d"/>
                <xsl:with-param name="pl" select="@pl"/><xsl:with-param name="k" select="@k"/>
                <xsl:with-param name="b" select="$b"/><xsl:with-param name="loc" select="''"/>
              </xsl:call-template>
            </xsl:for-each>
          </xsl:when>
          <xsl:when test="@mode = 'recon'">
            <xsl:variable name="items" select="$role/r[@k='item']"/>
            <xsl:for-each select="$items">
              <xsl:call-template name="row">
                <xsl:with-param name="st" select="$st"/><xsl:with-param name="i" select="position()"/>
                <xsl:with-param name="c" select="@c"/><xsl:with-param name="d" select="1"/>
                <xsl:with-param name="pl" select="@pl"/><xsl:with-param name="k" select="'item'"/>
                <xsl:with-param name="b" select="'NonGaapAdjustmentsMember'"/>
                <xsl:with-param name="b1" select="position() = 1"/>
                <xsl:with-param name="loc" select="''"/>
                <xsl:with-param name="variant" select="substring('top', 1, 3 * (position() = 1))"/>
              </xsl:call-template>
            </xsl:for-each>
            <xsl:call-template name="row">
              <xsl:with-param name="st" select="$st"/><xsl:with-param name="i" select="count($items) + 1"/>
              <xsl:with-param name="c" select="$items[1]/@c"/><xsl:with-param name="d" select="1"/>
              <xsl:with-param name="pl" select="'totalLabel'"/><xsl:with-param name="k" select="'item'"/>
              <xsl:with-param name="b" select="''"/><xsl:with-param name="loc" select="''"/>
              <xsl:with-param name="variant" select="'bottom'"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="@mode = 'alloc'">
            <xsl:variable name="members" select="$role/r[@k='member']"/>
            <xsl:for-each select="$role/r[@k='item']">
              <xsl:variable name="item" select="."/>
              <xsl:variable name="ip" select="position()"/>
              <xsl:for-each select="$members">
                <xsl:call-template name="row">
                  <xsl:with-param name="st" select="$st"/><xsl:with-param name="i" select="$ip * 100 + position()"/>
                  <xsl:with-param name="c" select="$item/@c"/><xsl:with-param name="d" select="1"/>
                  <xsl:with-param name="pl" select="''"/><xsl:with-param name="k" select="'item'"/>
                  <xsl:with-param name="b" select="''"/><xsl:with-param name="loc" select="@c"/>
                </xsl:call-template>
              </xsl:for-each>
              <xsl:call-template name="row">
                <xsl:with-param name="st" select="$st"/><xsl:with-param name="i" select="$ip * 100 + 99"/>
                <xsl:with-param name="c" select="$item/@c"/><xsl:with-param name="d" select="1"/>
                <xsl:with-param name="pl" select="'totalLabel'"/><xsl:with-param name="k" select="'item'"/>
                <xsl:with-param name="b" select="''"/><xsl:with-param name="loc" select="''"/>
                <xsl:with-param name="variant" select="'alloc-total'"/>
              </xsl:call-template>
            </xsl:for-each>
          </xsl:when>
        </xsl:choose>
      </st>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="S0" select="exsl:node-set($S0-rows-rtf)"/>

  <xsl:template name="columns">
    <xsl:param name="cand"/>
    <xsl:param name="mode"/>
    <xsl:choose>
      <xsl:when test="$mode = 'cover'"><col pk="*" grp="" yr=""/></xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$cand">
          <xsl:if test="generate-id(.) = generate-id($cand[@pk = current()/@pk][1])">
            <col pk="{@pk}" s="{@s}" e="{@e}" i="{@i}">
              <xsl:choose>
                <xsl:when test="@i != ''">
                  <xsl:attribute name="grp"><xsl:call-template name="month-day"><xsl:with-param name="d" select="@i"/></xsl:call-template>,</xsl:attribute>
                  <xsl:attribute name="yr"><xsl:value-of select="substring(@i,1,4)"/></xsl:attribute>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:variable name="m" select="(number(substring(@e,1,4)) - number(substring(@s,1,4))) * 12 + number(substring(@e,6,2)) - number(substring(@s,6,2)) + (substring(@s,9,2) = '01')"/>
                  <xsl:attribute name="grp">
                    <xsl:choose>
                      <xsl:when test="$m = 12">Year ended</xsl:when>
                      <xsl:when test="$m = 3">Three months ended</xsl:when>
                      <xsl:when test="$m = 6">Six months ended</xsl:when>
                      <xsl:when test="$m = 9">Nine months ended</xsl:when>
                      <xsl:when test="$m = 1">One month ended</xsl:when>
                      <xsl:otherwise><xsl:value-of select="$m"/> months ended</xsl:otherwise>
                    </xsl:choose>
                    <xsl:text> </xsl:text>
                    <xsl:call-template name="month-day"><xsl:with-param name="d" select="@e"/></xsl:call-template>
                    <xsl:text>,</xsl:text>
                  </xsl:attribute>
                  <xsl:attribute name="yr"><xsl:value-of select="substring(@e,1,4)"/></xsl:attribute>
                </xsl:otherwise>
              </xsl:choose>
            </col>
          </xsl:if>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- one row with its cells; the context node is anywhere -->
  <xsl:template name="row">
    <xsl:param name="st"/><xsl:param name="i"/><xsl:param name="c"/><xsl:param name="d"/>
    <xsl:param name="pl"/><xsl:param name="k"/><xsl:param name="b"/><xsl:param name="b1" select="false()"/>
    <xsl:param name="loc"/><xsl:param name="variant" select="''"/><xsl:param name="ext" select="''"/>
    <xsl:variable name="basis">
      <xsl:choose>
        <xsl:when test="$b1">NonGaapMember</xsl:when>
        <xsl:otherwise><xsl:value-of select="$b"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <row i="{$i}" c="{$c}" d="{$d}" pl="{$pl}" k="{$k}" b="{$basis}" loc="{$loc}" variant="{$variant}" ext="{$ext}">
      <xsl:if test="$k = 'item'">
        <xsl:variable name="E" select="$st/@ent"/>
        <xsl:for-each select="$st/col">
          <xsl:variable name="col" select="."/>
          <xsl:variable name="pos" select="position()"/>
          <xsl:for-each select="$F">
            <xsl:variable name="base" select="concat($E,'|',$c,'|',$basis,'|',$loc,'|0|')"/>
            <xsl:variable name="hit" select="(key('fcover', concat($E,'|',$c))[$col/@pk = '*'] |
                key('fk', concat($base, $col/@pk))[$col/@pk != '*'] |
                key('fkn', concat($base, 'N:', $col/@s))[$col/@s != '' and $pl = 'periodStartLabel'] |
                key('fk', concat($base, 'I:', $col/@e))[$col/@e != '' and $pl != 'periodStartLabel'])[1]"/>
            <xsl:if test="$hit">
              <cell k="{$pos}" f="{$hit/@id}">
                <xsl:copy-of select="$hit/@n|$hit/@qn|$hit/@ctx|$hit/@unit|$hit/@dec|$hit/@v|$hit/@nil|$hit/@kind|$hit/@line"/>
              </cell>
            </xsl:if>
          </xsl:for-each>
        </xsl:for-each>
      </xsl:if>
    </row>
  </xsl:template>

  <!-- ============================================================ X: extension rows -->
  <!-- U: facts no row of S0 shows -->
  <xsl:variable name="U-rtf">
    <xsl:for-each select="$F/f[@od = 0]">
      <xsl:variable name="f" select="."/>
      <xsl:for-each select="$S0">
        <xsl:if test="not(key('cellf', $f/@id))"><xsl:copy-of select="$f"/></xsl:if>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="U" select="exsl:node-set($U-rtf)"/>
  <!-- L: the first fact of each (entity, concept, basis, member) group of U,
       with the statements that could show it: same entity, the mode its
       basis asks for, a column for one of its periods -->
  <xsl:variable name="L-rtf">
    <xsl:for-each select="$U/f[generate-id() = generate-id(key('ugrp', concat(@ent,'|',@c,'|',@b,'|',@loc))[1])]">
      <xsl:variable name="f" select="."/>
      <xsl:variable name="want">
        <xsl:choose>
          <xsl:when test="@loc != ''">alloc</xsl:when>
          <xsl:when test="@b = 'NonGaapMember'">ng</xsl:when>
          <xsl:when test="@b = 'NonGaapAdjustmentsMember'">recon</xsl:when>
          <xsl:when test="@kind = ''">cover</xsl:when>
          <xsl:otherwise>gaap</xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:variable name="grp" select="key('ugrp', concat(@ent,'|',@c,'|',@b,'|',@loc))"/>
      <xsl:variable name="ok">
        <xsl:for-each select="$S0/st[@ent = $f/@ent][@mode = $want][col/@pk = $grp/@pk or col/@e = $grp/@i]">
          <xsl:value-of select="concat(' ', @sid, ' ')"/>
        </xsl:for-each>
      </xsl:variable>
      <xsl:if test="$ok != ''">
        <m t="u" n="{@n}" c="{@c}" b="{@b}" loc="{@loc}" ok="{$ok}"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:variable>
  <!-- M: the cells of S0 and the facts of L in document order (a fact shown
       in several cells: the first cell last, so it is the nearest) -->
  <xsl:variable name="M-rtf">
    <xsl:for-each select="$S0/st/row/cell | exsl:node-set($L-rtf)/m">
      <xsl:sort select="@n" data-type="number"/>
      <xsl:sort select="position()" data-type="number" order="descending"/>
      <xsl:choose>
        <xsl:when test="self::cell"><m t="c" n="{@n}" sid="{../../@sid}" i="{../@i}" d="{../@d}"/></xsl:when>
        <xsl:otherwise><xsl:copy-of select="."/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:variable>
  <!-- X: each fact of L goes right after the row of the nearest cell before
       it (document order) in a statement that could show it -->
  <xsl:variable name="X-rtf">
    <xsl:for-each select="exsl:node-set($M-rtf)/m[@t = 'u']">
      <xsl:variable name="ok" select="@ok"/>
      <xsl:variable name="p" select="preceding-sibling::m[@t = 'c'][contains($ok, concat(' ', @sid, ' '))][1]"/>
      <xsl:if test="$p">
        <x sid="{$p/@sid}" after="{$p/@i}" c="{@c}" b="{@b}" loc="{@loc}" n="{@n}" d="{$p/@d}"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="X" select="exsl:node-set($X-rtf)/x"/>

  <!-- ============================================================ S: final statements -->
  <xsl:variable name="S1-rtf">
    <xsl:for-each select="$S0/st">
      <xsl:sort select="@en" data-type="number"/>
      <xsl:sort select="@key" data-type="number"/>
      <xsl:variable name="st" select="."/>
      <st>
        <xsl:copy-of select="@*|col"/>
        <xsl:for-each select="row">
          <xsl:copy-of select="."/>
          <xsl:variable name="r" select="."/>
          <xsl:for-each select="$X[1]">
          <xsl:for-each select="key('xat', concat($st/@sid, '|', $r/@i))">
            <xsl:sort select="@n" data-type="number"/>
            <xsl:call-template name="row">
              <xsl:with-param name="st" select="$st"/><xsl:with-param name="i" select="concat($r/@i,'x',position())"/>
              <xsl:with-param name="c" select="@c"/><xsl:with-param name="d" select="@d"/>
              <!-- a reconciling item is shown as its effect on the measure: debits
                   negated; elsewhere an extension item whose facts are the printed
                   values negated (it has a negated label) is shown negated, as the
                   exhibit printed it -->
              <xsl:with-param name="pl">
                <xsl:choose>
                  <xsl:when test="$st/@mode = 'recon'">
                    <xsl:variable name="c" select="@c"/>
                    <xsl:for-each select="$schemas">
                      <xsl:if test="key('el-id', $c)/@xbrli:balance = 'debit'">negatedLabel</xsl:if>
                    </xsl:for-each>
                  </xsl:when>
                  <xsl:otherwise>
                    <xsl:call-template name="has-label-role">
                      <xsl:with-param name="c" select="@c"/>
                      <xsl:with-param name="role" select="'http://www.xbrl.org/2009/role/negatedLabel'"/>
                      <xsl:with-param name="yes" select="'negatedLabel'"/>
                    </xsl:call-template>
                  </xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
              <xsl:with-param name="k" select="'item'"/>
              <xsl:with-param name="b" select="@b"/><xsl:with-param name="loc" select="@loc"/>
              <xsl:with-param name="ext" select="'1'"/>
            </xsl:call-template>
          </xsl:for-each>
          </xsl:for-each>
        </xsl:for-each>
      </st>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="S" select="exsl:node-set($S1-rtf)"/>

  <!-- ============================================================ FN: footnotes -->
  <!-- one <fn> per link:footnote of the instance (fact-footnote arcs): its
       marker as printed ("A" of "(A) The balance sheet ..."; else its number),
       the text after the marker, and the facts <ff f="id"/> it applies to. -->
  <xsl:variable name="FN0-rtf">
    <xsl:for-each select="$inst/link:footnoteLink/link:footnote">
      <xsl:variable name="lk" select=".."/>
      <xsl:variable name="lab" select="@xlink:label"/>
      <xsl:variable name="arcs" select="$lk/link:footnoteArc[@xlink:to = $lab][@xlink:arcrole = 'http://www.xbrl.org/2003/arcrole/fact-footnote']"/>
      <xsl:variable name="txt" select="normalize-space(.)"/>
      <xsl:variable name="n" select="position()"/>
      <xsl:variable name="close" select="substring(')]}', string-length(substring-before('([{', substring($txt,1,1))) + 1, 1)"/>
      <xsl:variable name="printed" select="contains('([{', substring($txt,1,1)) and substring($txt,1,1) != ''
          and contains(substring($txt,2,4), $close) and string-length(substring-before(substring($txt,2), $close)) &gt; 0
          and translate(substring-before(substring($txt,2), $close), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', '') = ''"/>
      <fn n="{$n}" printed="{number($printed)}">
        <xsl:attribute name="id">
          <xsl:choose>
            <xsl:when test="@id"><xsl:value-of select="@id"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="concat('fn-', $n)"/></xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <xsl:choose>
          <xsl:when test="$printed">
            <xsl:attribute name="mk"><xsl:value-of select="substring-before(substring($txt,2), $close)"/></xsl:attribute>
            <xsl:attribute name="text"><xsl:value-of select="normalize-space(substring-after($txt, $close))"/></xsl:attribute>
          </xsl:when>
          <xsl:otherwise>
            <xsl:attribute name="mk"><xsl:value-of select="$n"/></xsl:attribute>
            <xsl:attribute name="text"><xsl:value-of select="$txt"/></xsl:attribute>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:for-each select="$lk/link:loc[@xlink:label = $arcs/@xlink:from]">
          <ff f="{substring-after(@xlink:href, '#')}"/>
        </xsl:for-each>
      </fn>
    </xsl:for-each>
  </xsl:variable>
  <!-- where each is shown: under the statement holding the first home cell
       of its facts (sid), its marker on the title (every cell of the
       statement is linked), on column headings (only whole columns are), or
       on the labels of the rows holding linked cells -->
  <xsl:variable name="FN-rtf">
    <xsl:for-each select="exsl:node-set($FN0-rtf)/fn">
      <xsl:variable name="fn" select="."/>
      <fn>
        <xsl:copy-of select="@*"/>
        <xsl:for-each select="$S">
          <xsl:variable name="first" select="key('cellf', $fn/ff/@f)[1]"/>
          <xsl:variable name="st" select="$first/ancestor::st[1]"/>
          <xsl:if test="$st">
            <xsl:attribute name="sid"><xsl:value-of select="$st/@sid"/></xsl:attribute>
            <xsl:variable name="all" select="$st/row/cell"/>
            <xsl:variable name="lc" select="$all[@f = $fn/ff/@f]"/>
            <xsl:variable name="whole-cols-rtf">
              <xsl:for-each select="$st/col">
                <xsl:variable name="k" select="position()"/>
                <xsl:if test="$all[@k = $k] and count($lc[@k = $k]) = count($all[@k = $k])"><c k="{$k}" n="{count($all[@k = $k])}"/></xsl:if>
              </xsl:for-each>
            </xsl:variable>
            <xsl:variable name="wc" select="exsl:node-set($whole-cols-rtf)/c"/>
            <xsl:choose>
              <xsl:when test="count($lc) = count($all)"><at w="title"/></xsl:when>
              <xsl:when test="$wc and sum($wc/@n) = count($lc)">
                <xsl:for-each select="$wc"><at w="col" k="{@k}"/></xsl:for-each>
              </xsl:when>
              <xsl:otherwise>
                <xsl:for-each select="$st/row[cell/@f = $fn/ff/@f]"><at w="row" i="{@i}"/></xsl:for-each>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:if>
        </xsl:for-each>
        <xsl:copy-of select="ff"/>
      </fn>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="FN" select="exsl:node-set($FN-rtf)/fn"/>

  <!-- ============================================================ labels -->
  <!-- label of concept id $c in role $role ('' = standard label): the row
       label the exhibit printed (extension label linkbase, role
       http://txbrl.example.org/role/printedLabel) unless a period start/end
       label is asked for (one concept, two rows); else the preferred label,
       the terse label, the standard label -->
  <!-- $yes when concept $c has a label of role $role in the DTS, else nothing -->
  <xsl:template name="has-label-role">
    <xsl:param name="c"/>
    <xsl:param name="role"/>
    <xsl:param name="yes"/>
    <xsl:variable name="hits-rtf">
      <xsl:for-each select="$labdocs">
        <xsl:for-each select="key('lab-loc', $c)">
          <xsl:variable name="lk" select=".."/>
          <xsl:for-each select="key('lab-arc', concat(generate-id($lk),'|',current()/@xlink:label))">
            <xsl:if test="key('lab-res', concat(generate-id($lk),'|',current()/@xlink:to))[@xlink:role = $role]">x</xsl:if>
          </xsl:for-each>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <xsl:if test="string($hits-rtf) != ''"><xsl:value-of select="$yes"/></xsl:if>
  </xsl:template>

  <xsl:template name="label">
    <xsl:param name="c"/>
    <xsl:param name="role" select="''"/>
    <xsl:param name="printed" select="true()"/>
    <xsl:variable name="all-rtf">
      <xsl:for-each select="$labdocs">
        <xsl:for-each select="key('lab-loc', $c)">
          <xsl:variable name="lk" select=".."/>
          <xsl:for-each select="key('lab-arc', concat(generate-id($lk),'|',current()/@xlink:label))">
            <xsl:for-each select="key('lab-res', concat(generate-id($lk),'|',current()/@xlink:to))">
              <l r="{substring-after(@xlink:role,'/role/')}"><xsl:value-of select="normalize-space(.)"/></l>
            </xsl:for-each>
          </xsl:for-each>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="all" select="exsl:node-set($all-rtf)/l"/>
    <xsl:variable name="l">
    <xsl:choose>
      <xsl:when test="$printed and $role != 'periodStartLabel' and $role != 'periodEndLabel' and $all[@r = 'printedLabel']"><xsl:value-of select="$all[@r = 'printedLabel'][1]"/></xsl:when>
      <xsl:when test="$role != '' and $all[@r = $role]"><xsl:value-of select="$all[@r = $role][1]"/></xsl:when>
      <xsl:when test="$all[@r = 'terseLabel']"><xsl:value-of select="$all[@r = 'terseLabel'][1]"/></xsl:when>
      <xsl:when test="$all[@r = 'label']"><xsl:value-of select="$all[@r = 'label'][1]"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="substring-after($c,'_')"/></xsl:otherwise>
    </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="contains($l, ' [')"><xsl:value-of select="substring-before($l, ' [')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$l"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ dates -->
  <xsl:template name="next-day">
    <xsl:param name="d"/>
    <xsl:variable name="y" select="number(substring($d,1,4))"/>
    <xsl:variable name="m" select="number(substring($d,6,2))"/>
    <xsl:variable name="dd" select="number(substring($d,9,2))"/>
    <xsl:variable name="leap" select="($y mod 4 = 0 and $y mod 100 != 0) or $y mod 400 = 0"/>
    <xsl:variable name="dim">
      <xsl:choose>
        <xsl:when test="$m = 2 and $leap">29</xsl:when>
        <xsl:when test="$m = 2">28</xsl:when>
        <xsl:when test="$m = 4 or $m = 6 or $m = 9 or $m = 11">30</xsl:when>
        <xsl:otherwise>31</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="string($y) = 'NaN'"/>
      <xsl:when test="$dd &lt; $dim"><xsl:value-of select="concat(substring($d,1,8), format-number($dd + 1,'00'))"/></xsl:when>
      <xsl:when test="$m &lt; 12"><xsl:value-of select="concat(substring($d,1,5), format-number($m + 1,'00'), '-01')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat(format-number($y + 1,'0000'), '-01-01')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="month-day">
    <xsl:param name="d"/>
    <xsl:variable name="m" select="number(substring($d,6,2))"/>
    <xsl:value-of select="normalize-space(substring('January  February March    April    May      June     July     August   SeptemberOctober  November December ', ($m - 1) * 9 + 1, 9))"/>
    <xsl:text> </xsl:text>
    <xsl:value-of select="number(substring($d,9,2))"/>
  </xsl:template>

  <xsl:template name="long-date">
    <xsl:param name="d"/>
    <xsl:call-template name="month-day"><xsl:with-param name="d" select="$d"/></xsl:call-template>
    <xsl:value-of select="concat(', ', substring($d,1,4))"/>
  </xsl:template>

  <!-- ============================================================ the page -->
  <xsl:variable name="css">
:root { color: #111; background: #fff; }
body { font-family: Georgia, "Times New Roman", serif; margin: 2em auto; max-width: 64em; padding: 0 1em; line-height: 1.35; }
header.doc { border-bottom: 2px solid #111; margin-bottom: 1.5em; }
h1 { font-size: 1.5em; margin: 0 0 .3em; }
h2 { font-size: 1.3em; margin: 2em 0 .5em; border-bottom: 1px solid #999; padding-bottom: .2em; }
h2 .cik { font-size: .7em; font-weight: normal; color: #444; margin-left: .6em; }
h3 { font-size: 1.05em; margin: 1.5em 0 .4em; }
p.meta, p.note { font-size: .85em; color: #333; margin: .3em 0; }
section.statement { margin: 1.5em 0 2.5em; }
section.nongaap { border-left: 4px solid #b36b00; padding-left: .8em; background: #fffaf2; }
.badge { display: inline-block; font: bold .7em sans-serif; letter-spacing: .05em; color: #fff; background: #b36b00; padding: .15em .5em; border-radius: .2em; vertical-align: middle; margin-right: .5em; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums lining-nums; font-size: .92em; }
table.alloc { width: auto; min-width: 60%; }
caption { caption-side: top; text-align: left; padding-bottom: .5em; }
caption .title { display: block; font-weight: bold; font-size: 1.1em; }
caption .entity, caption .scale { display: block; font-size: .9em; color: #333; }
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
footer { margin-top: 3em; border-top: 1px solid #999; font-size: .8em; color: #444; }
@media print {
  @page { margin: 1.5cm; }
  body { margin: 0; max-width: none; font-size: 10pt; }
  section.statement { break-inside: auto; }
  caption, thead { break-after: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  div.footnotes { break-before: avoid; break-inside: avoid; }
  tbody tr:nth-child(even) { background: none; }
  section.nongaap { background: none; }
  .badge { color: #000; background: none; border: 1px solid #000; }
}
</xsl:variable>

  <xsl:template match="/">
    <xsl:if test="not($inline)">
      <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    </xsl:if>
    <xsl:call-template name="page"/>
  </xsl:template>

  <xsl:template name="entity-name">
    <xsl:param name="E"/>
    <xsl:variable name="nm" select="$inst/*[local-name()='EntityRegistrantName'][normalize-space(key('ctx', @contextRef)/xbrli:entity/xbrli:identifier) = $E]"/>
    <xsl:choose>
      <xsl:when test="$nm"><xsl:call-template name="title-case"><xsl:with-param name="s" select="normalize-space($nm[1])"/></xsl:call-template></xsl:when>
      <xsl:otherwise><xsl:value-of select="$E"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "JUNIPER NETWORKS, INC." -> "Juniper Networks, Inc." (names printed in capitals) -->
  <xsl:template name="title-case">
    <xsl:param name="s"/>
    <xsl:param name="start" select="true()"/>
    <xsl:variable name="U" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZ'"/>
    <xsl:variable name="L" select="'abcdefghijklmnopqrstuvwxyz'"/>
    <xsl:choose>
      <xsl:when test="$s = translate($s, $L, $U) and $s != translate($s, $U, $L)">
        <xsl:if test="$s != ''">
          <xsl:variable name="ch" select="substring($s,1,1)"/>
          <xsl:choose>
            <xsl:when test="$start"><xsl:value-of select="$ch"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="translate($ch, $U, $L)"/></xsl:otherwise>
          </xsl:choose>
          <xsl:call-template name="title-case-rest">
            <xsl:with-param name="s" select="substring($s,2)"/>
            <xsl:with-param name="start" select="not(contains($U, $ch) or contains('0123456789', $ch) or $ch = &quot;'&quot;)"/>
          </xsl:call-template>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="title-case-rest">
    <xsl:param name="s"/>
    <xsl:param name="start"/>
    <xsl:variable name="U" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZ'"/>
    <xsl:variable name="L" select="'abcdefghijklmnopqrstuvwxyz'"/>
    <xsl:if test="$s != ''">
      <xsl:variable name="ch" select="substring($s,1,1)"/>
      <xsl:choose>
        <xsl:when test="$start"><xsl:value-of select="$ch"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="translate($ch, $U, $L)"/></xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="title-case-rest">
        <xsl:with-param name="s" select="substring($s,2)"/>
        <xsl:with-param name="start" select="not(contains($U, $ch) or contains('0123456789', $ch) or $ch = &quot;'&quot;)"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="page">
    <html lang="en">
      <xsl:if test="$inline">
        <xsl:copy-of select="$inst/namespace::*[name() != 'xml']"/>
      </xsl:if>
      <head>
        <meta charset="utf-8"/>
        <title>
          <xsl:text>Financial statements</xsl:text>
          <xsl:if test="$docdate != ''">
            <xsl:text>, period ended </xsl:text>
            <xsl:call-template name="long-date"><xsl:with-param name="d" select="$docdate"/></xsl:call-template>
          </xsl:if>
        </title>
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
                <xsl:copy-of select="$inst/link:schemaRef"/>
              </ix:references>
              <ix:resources>
                <xsl:copy-of select="$inst/xbrli:context|$inst/xbrli:unit"/>
                <xsl:for-each select="$FN">
                  <ix:relationship toRefs="{@id}">
                    <xsl:attribute name="fromRefs"><xsl:for-each select="ff"><xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if><xsl:value-of select="@f"/></xsl:for-each></xsl:attribute>
                  </ix:relationship>
                </xsl:for-each>
              </ix:resources>
            </ix:header>
          </div>
        </xsl:if>
        <header class="doc">
          <h1>Financial statements</h1>
          <p class="meta">
            <xsl:text>Rendition of the XBRL instance converted from </xsl:text>
            <code><xsl:value-of select="$src"/></code>
            <xsl:if test="$ver != ''"> by txbrl <xsl:value-of select="$ver"/></xsl:if>
            <xsl:if test="$docdate != ''">
              <xsl:text>; document period ended </xsl:text>
              <time datetime="{$docdate}"><xsl:call-template name="long-date"><xsl:with-param name="d" select="$docdate"/></xsl:call-template></time>
            </xsl:if>
            <xsl:text>.</xsl:text>
          </p>
          <p class="meta">Each amount names, in its tooltip and its data-source-line attribute, the line of the exhibit it was read from.</p>
        </header>
        <main>
          <xsl:for-each select="$ents">
            <xsl:variable name="E" select="@id"/>
            <section class="entity" id="entity-{$E}">
              <h2>
                <xsl:call-template name="entity-name"><xsl:with-param name="E" select="$E"/></xsl:call-template>
                <span class="cik"><xsl:value-of select="$E"/></span>
              </h2>
              <xsl:for-each select="$S/st[@ent = $E]">
                <xsl:call-template name="statement"/>
              </xsl:for-each>
              <xsl:call-template name="other-facts"><xsl:with-param name="E" select="$E"/></xsl:call-template>
            </section>
          </xsl:for-each>
          <xsl:if test="$FN[not(@sid)]">
            <section class="statement notes">
              <h2>Footnotes</h2>
              <p class="note">Footnotes of the instance whose facts no statement shows.</p>
              <xsl:call-template name="footnotes"><xsl:with-param name="notes" select="$FN[not(@sid)]"/></xsl:call-template>
            </section>
          </xsl:if>
        </main>
        <footer>
          <p>Generated from the XBRL instance and its taxonomy (labels, presentation and calculation linkbases); amounts are shown as the exhibit printed them: negative amounts in parentheses, nil or zero as a dash. Non-GAAP measures are marked as such.</p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- ============================================================ one statement -->
  <xsl:template name="statement">
    <xsl:variable name="st" select="."/>
    <xsl:variable name="ng" select="@mode = 'ng' or @mode = 'recon'"/>
    <xsl:variable name="money" select="(row/cell[@kind='money'])[1]/@dec"/>
    <xsl:variable name="shares" select="(row/cell[@kind='shares'])[1]/@dec"/>
    <xsl:variable name="ms"><xsl:call-template name="scale-of"><xsl:with-param name="dec" select="$money"/></xsl:call-template></xsl:variable>
    <xsl:variable name="ss"><xsl:call-template name="scale-of"><xsl:with-param name="dec" select="$shares"/></xsl:call-template></xsl:variable>
    <xsl:variable name="sec-id" select="concat('s-', translate(@ent,' :/.','____'), '-', substring-after(substring-after(@role, '//'), '/role/'))"/>
    <section id="{$sec-id}">
      <xsl:attribute name="class">
        <xsl:text>statement</xsl:text>
        <xsl:if test="$ng"> nongaap</xsl:if>
        <xsl:if test="@mode = 'alloc'"> allocation</xsl:if>
      </xsl:attribute>
      <xsl:if test="$ng">
        <p class="note"><span class="badge">NON-GAAP</span>Not prepared under generally accepted accounting principles; shown as the exhibit presented it<xsl:if test="@mode = 'recon'">, reconciled to the GAAP measure</xsl:if>.</p>
      </xsl:if>
      <table>
        <xsl:attribute name="class">
          <xsl:text>fin</xsl:text>
          <xsl:if test="@mode = 'alloc'"> alloc</xsl:if>
          <xsl:if test="@mode = 'cover'"> cover</xsl:if>
        </xsl:attribute>
        <caption>
          <span class="title">
            <xsl:if test="$ng">Non-GAAP: </xsl:if>
            <xsl:choose>
              <xsl:when test="$ng and starts-with(@title, 'Non-GAAP ')"><xsl:value-of select="substring-after(@title, 'Non-GAAP ')"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="@title"/></xsl:otherwise>
            </xsl:choose>
            <xsl:call-template name="fnrefs"><xsl:with-param name="sid" select="$st/@sid"/><xsl:with-param name="w" select="'title'"/></xsl:call-template>
          </span>
          <span class="entity"><xsl:call-template name="entity-name"><xsl:with-param name="E" select="@ent"/></xsl:call-template></span>
          <xsl:if test="@mode != 'cover'">
            <span class="scale">
              <xsl:call-template name="scale-note">
                <xsl:with-param name="ms" select="$ms"/><xsl:with-param name="ss" select="$ss"/>
                <xsl:with-param name="has-money" select="boolean($money)"/>
                <xsl:with-param name="has-shares" select="boolean($shares)"/>
                <xsl:with-param name="has-ps" select="boolean(row/cell[@kind='pershare'])"/>
              </xsl:call-template>
            </span>
          </xsl:if>
        </caption>
        <xsl:choose>
          <xsl:when test="@mode = 'cover'">
            <thead><tr><th scope="col">Item</th><th scope="col">Value</th></tr></thead>
          </xsl:when>
          <xsl:otherwise>
            <thead>
              <tr>
                <td rowspan="2"></td>
                <xsl:for-each select="col">
                  <xsl:variable name="g" select="@grp"/>
                  <xsl:if test="not(preceding-sibling::col[1]/@grp = $g)">
                    <xsl:variable name="next" select="following-sibling::col[@grp != $g][1]"/>
                    <xsl:variable name="span">
                      <xsl:choose>
                        <xsl:when test="$next"><xsl:value-of select="count($next/preceding-sibling::col) - count(preceding-sibling::col)"/></xsl:when>
                        <xsl:otherwise><xsl:value-of select="count(following-sibling::col) + 1"/></xsl:otherwise>
                      </xsl:choose>
                    </xsl:variable>
                    <th class="grp">
                      <xsl:choose>
                        <xsl:when test="$span &gt; 1">
                          <xsl:attribute name="scope">colgroup</xsl:attribute>
                          <xsl:attribute name="colspan"><xsl:value-of select="$span"/></xsl:attribute>
                        </xsl:when>
                        <xsl:otherwise><xsl:attribute name="scope">col</xsl:attribute></xsl:otherwise>
                      </xsl:choose>
                      <xsl:value-of select="$g"/>
                    </th>
                  </xsl:if>
                </xsl:for-each>
              </tr>
              <tr>
                <xsl:for-each select="col">
                  <th scope="col" data-period="{@pk}"><xsl:value-of select="@yr"/><xsl:call-template name="fnrefs"><xsl:with-param name="sid" select="$st/@sid"/><xsl:with-param name="w" select="'col'"/><xsl:with-param name="k" select="position()"/></xsl:call-template></th>
                </xsl:for-each>
              </tr>
            </thead>
          </xsl:otherwise>
        </xsl:choose>
        <tbody>
          <xsl:for-each select="row">
            <xsl:variable name="r" select="."/>
            <xsl:variable name="pos" select="position()"/>
            <xsl:choose>
              <xsl:when test="@k = 'abstract'">
                <!-- a heading, when a row under it (before the next row at its level) has values -->
                <xsl:variable name="stop" select="following-sibling::row[@d &lt;= $r/@d][1]"/>
                <xsl:variable name="stoppos">
                  <xsl:choose>
                    <xsl:when test="$stop"><xsl:value-of select="count($stop/preceding-sibling::row) + 1"/></xsl:when>
                    <xsl:otherwise>1000000</xsl:otherwise>
                  </xsl:choose>
                </xsl:variable>
                <xsl:if test="following-sibling::row[position() &lt; $stoppos - $pos][cell]">
                  <tr class="heading">
                    <th scope="rowgroup" colspan="{count($st/col) + 1}" class="d{@d}">
                      <xsl:call-template name="heading-label"><xsl:with-param name="r" select="$r"/></xsl:call-template>
                    </th>
                  </tr>
                </xsl:if>
              </xsl:when>
              <xsl:when test="cell">
                <!-- grand totals (double rule): the bottom lines of the statements
                     (net income where it is the bottom line, not where the cash
                     flow statement starts from it) -->
                <xsl:variable name="local" select="substring-after(@c, '_')"/>
                <xsl:variable name="isgrand" select="$st/@mode != 'cover' and (@variant = 'bottom' or @variant = 'alloc-total' or (@pl = 'totalLabel' and @d &lt;= 1)
                    or ($st/@mode != 'recon' and (($local = 'NetIncomeLoss' and generate-id(cell[1]) = generate-id(key('cellf', cell[1]/@f)[1])) or $local = 'Assets' or $local = 'LiabilitiesAndStockholdersEquity' or (@pl = 'periodEndLabel'))))"/>
                <tr>
                  <xsl:variable name="cls">
                    <xsl:if test="$isgrand">grand </xsl:if>
                    <xsl:if test="not($isgrand) and @pl = 'totalLabel' and preceding-sibling::row[1][cell]">total </xsl:if>
                    <xsl:if test="not($isgrand) and @pl != 'totalLabel'">
                      <xsl:call-template name="subtotal-class"><xsl:with-param name="c" select="@c"/><xsl:with-param name="r" select="."/><xsl:with-param name="mode" select="$st/@mode"/></xsl:call-template>
                    </xsl:if>
                    <xsl:value-of select="cell[1]/@kind"/>
                    <xsl:if test="@ext = '1'"> ext</xsl:if>
                  </xsl:variable>
                  <xsl:attribute name="class"><xsl:value-of select="normalize-space($cls)"/></xsl:attribute>
                  <th scope="row" class="d{@d}" data-concept="{cell[1]/@qn}">
                    <xsl:call-template name="row-label"><xsl:with-param name="r" select="$r"/></xsl:call-template>
                    <xsl:call-template name="fnrefs"><xsl:with-param name="sid" select="$st/@sid"/><xsl:with-param name="w" select="'row'"/><xsl:with-param name="i" select="@i"/></xsl:call-template>
                  </th>
                  <xsl:for-each select="$st/col">
                    <xsl:variable name="k" select="position()"/>
                    <xsl:variable name="cell" select="$r/cell[@k = $k]"/>
                    <xsl:choose>
                      <xsl:when test="$cell">
                        <xsl:for-each select="$cell">
                          <xsl:call-template name="num-cell">
                            <xsl:with-param name="pl" select="$r/@pl"/>
                            <xsl:with-param name="ms" select="$ms"/><xsl:with-param name="ss" select="$ss"/>
                            <xsl:with-param name="cover" select="$st/@mode = 'cover'"/>
                          </xsl:call-template>
                        </xsl:for-each>
                      </xsl:when>
                      <xsl:otherwise><td class="empty"></td></xsl:otherwise>
                    </xsl:choose>
                  </xsl:for-each>
                </tr>
              </xsl:when>
            </xsl:choose>
          </xsl:for-each>
        </tbody>
      </table>
      <xsl:call-template name="footnotes"><xsl:with-param name="notes" select="$FN[@sid = $st/@sid]"/></xsl:call-template>
    </section>
  </xsl:template>

  <!-- the markers of the footnotes shown at a statement's title, column k or row i -->
  <xsl:template name="fnrefs">
    <xsl:param name="sid"/><xsl:param name="w"/><xsl:param name="k" select="''"/><xsl:param name="i" select="''"/>
    <xsl:for-each select="$FN[@sid = $sid][at[@w = $w][$w = 'title' or ($w = 'col' and @k = $k) or ($w = 'row' and @i = $i)]]">
      <sup class="fnref" title="See note ({@mk}) under the table">(<xsl:value-of select="@mk"/>)</sup>
    </xsl:for-each>
  </xsl:template>

  <!-- footnotes under their table: marker and text as the exhibit printed
       them; in Inline XBRL an ix:footnote (the text of the instance's
       link:footnote), tied to its facts by ix:relationship in ix:resources -->
  <xsl:template name="footnotes">
    <xsl:param name="notes"/>
    <xsl:if test="$notes">
      <div class="footnotes">
        <xsl:for-each select="$notes">
          <p class="fn">
            <xsl:if test="not($inline)"><xsl:attribute name="data-footnote"><xsl:value-of select="@id"/></xsl:attribute></xsl:if>
            <xsl:attribute name="data-facts"><xsl:value-of select="count(ff)"/></xsl:attribute>
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

  <!-- "subtotal " when the concept of row $r sums (calculation linkbase)
       concepts shown in rows above it -->
  <xsl:template name="subtotal-class">
    <xsl:param name="c"/><xsl:param name="r"/><xsl:param name="mode"/>
    <xsl:if test="$mode != 'recon' and $mode != 'cover'">
      <!-- " child1 child2 ... ": the concepts it sums -->
      <xsl:variable name="kids">
        <xsl:for-each select="$caldocs">
          <xsl:for-each select="key('lab-loc', $c)[parent::link:calculationLink]">
            <xsl:variable name="lk" select=".."/>
            <xsl:for-each select="key('cal-parent', @xlink:label)[generate-id(..) = generate-id($lk)]">
              <xsl:value-of select="concat(' ', substring-after(key('pre-loc', concat(generate-id($lk), '|', @xlink:to))[1]/@xlink:href, '#'), ' ')"/>
            </xsl:for-each>
          </xsl:for-each>
        </xsl:for-each>
      </xsl:variable>
      <xsl:if test="$kids != '' and $r/preceding-sibling::row[cell][contains($kids, concat(' ', @c, ' '))]">subtotal </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- a section heading (abstract row $r of a statement) in the exhibit's
       words: the heading its first line item printed under a heading printed
       it under (label role http://txbrl.example.org/role/printedHeading),
       when that is a section heading ("Current assets:"); else the terse or
       standard label of the taxonomy ("Assets, Noncurrent": a grouping the
       exhibit did not print) -->
  <xsl:template name="heading-label">
    <xsl:param name="r"/>
    <xsl:variable name="stop" select="$r/following-sibling::row[@d &lt;= $r/@d][1]"/>
    <xsl:variable name="n">
      <xsl:choose>
        <xsl:when test="$stop"><xsl:value-of select="count($stop/preceding-sibling::row) - count($r/preceding-sibling::row) - 1"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="count($r/following-sibling::row)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="heads-rtf">
      <xsl:for-each select="$r/following-sibling::row[position() &lt;= $n][@d = $r/@d + 1][@k = 'item']">
        <xsl:variable name="c" select="@c"/>
        <xsl:for-each select="$labdocs">
          <xsl:for-each select="key('lab-loc', $c)">
            <xsl:variable name="lk" select=".."/>
            <xsl:for-each select="key('lab-arc', concat(generate-id($lk),'|',current()/@xlink:label))">
              <xsl:for-each select="key('lab-res', concat(generate-id($lk),'|',current()/@xlink:to))[@xlink:role = 'http://txbrl.example.org/role/printedHeading']">
                <h><xsl:value-of select="normalize-space(.)"/></h>
              </xsl:for-each>
            </xsl:for-each>
          </xsl:for-each>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="h" select="exsl:node-set($heads-rtf)/h[substring(., string-length(.)) = ':'][1]"/>
    <xsl:choose>
      <xsl:when test="$h"><xsl:value-of select="$h"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="label"><xsl:with-param name="c" select="$r/@c"/><xsl:with-param name="role" select="$r/@pl"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="row-label">
    <xsl:param name="r"/>
    <xsl:choose>
      <xsl:when test="$r/@loc != ''">
        <xsl:call-template name="label"><xsl:with-param name="c" select="$r/@loc"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$r/@variant = 'alloc-total'">Total</xsl:when>
      <xsl:otherwise>
        <xsl:variable name="l"><xsl:call-template name="label"><xsl:with-param name="c" select="$r/@c"/><xsl:with-param name="role" select="$r/@pl"/></xsl:call-template></xsl:variable>
        <xsl:choose>
          <xsl:when test="$r/@variant = 'top'">Non-GAAP <xsl:value-of select="concat(translate(substring($l,1,1),'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz'), substring($l,2))"/></xsl:when>
          <xsl:when test="$r/@variant = 'bottom'">GAAP <xsl:value-of select="concat(translate(substring($l,1,1),'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz'), substring($l,2))"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$l"/></xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="scale-of">
    <xsl:param name="dec"/>
    <xsl:choose>
      <xsl:when test="$dec = '-9'">9</xsl:when>
      <xsl:when test="$dec = '-6'">6</xsl:when>
      <xsl:when test="$dec = '-3'">3</xsl:when>
      <xsl:otherwise>0</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="scale-word">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="$s = 9">billions</xsl:when>
      <xsl:when test="$s = 6">millions</xsl:when>
      <xsl:when test="$s = 3">thousands</xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="scale-note">
    <xsl:param name="ms"/><xsl:param name="ss"/>
    <xsl:param name="has-money"/><xsl:param name="has-shares"/><xsl:param name="has-ps"/>
    <xsl:choose>
      <xsl:when test="$has-money and $ms &gt; 0">In <xsl:call-template name="scale-word"><xsl:with-param name="s" select="$ms"/></xsl:call-template> of US dollars</xsl:when>
      <xsl:when test="$has-money">In US dollars</xsl:when>
      <xsl:when test="$has-shares and $ss &gt; 0">Shares in <xsl:call-template name="scale-word"><xsl:with-param name="s" select="$ss"/></xsl:call-template></xsl:when>
    </xsl:choose>
    <xsl:if test="$has-money and $has-shares">
      <xsl:choose>
        <xsl:when test="$ss = $ms and $has-ps">, except per-share amounts (shares in <xsl:call-template name="scale-word"><xsl:with-param name="s" select="$ss"/></xsl:call-template>)</xsl:when>
        <xsl:when test="$ss &gt; 0">; shares in <xsl:call-template name="scale-word"><xsl:with-param name="s" select="$ss"/></xsl:call-template></xsl:when>
      </xsl:choose>
    </xsl:if>
    <xsl:if test="$has-ps and not($has-shares and $ss = $ms)">
      <xsl:choose>
        <xsl:when test="$has-money">, except per-share amounts</xsl:when>
        <xsl:otherwise>US dollars per share</xsl:otherwise>
      </xsl:choose>
    </xsl:if>
    <xsl:text> (unaudited unless noted in the exhibit)</xsl:text>
  </xsl:template>

  <!-- one number (or text) cell; the context node is a <cell> -->
  <xsl:template name="num-cell">
    <xsl:param name="pl"/><xsl:param name="ms"/><xsl:param name="ss"/><xsl:param name="cover" select="false()"/>
    <xsl:variable name="home" select="generate-id(.) = generate-id(key('cellf', @f)[1])"/>
    <xsl:variable name="x" select="number(@v)"/>
    <xsl:variable name="shown">
      <xsl:choose>
        <xsl:when test="$pl = 'negatedLabel'"><xsl:value-of select="-$x"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$x"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="sc">
      <xsl:choose>
        <xsl:when test="@kind = 'money'"><xsl:value-of select="$ms"/></xsl:when>
        <xsl:when test="@kind = 'shares'"><xsl:value-of select="$ss"/></xsl:when>
        <xsl:otherwise>0</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="frac">
      <xsl:choose>
        <xsl:when test="@dec = 'INF' or @dec = ''">
          <xsl:choose>
            <xsl:when test="contains(@v, '.')"><xsl:value-of select="string-length(substring-after(@v, '.')) + $sc"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="0"/></xsl:otherwise>
          </xsl:choose>
        </xsl:when>
        <xsl:when test="number(@dec) + $sc &gt; 0"><xsl:value-of select="number(@dec) + $sc"/></xsl:when>
        <xsl:otherwise>0</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="pat" select="concat('#,##0', substring('.', 1, number($frac &gt; 0)), substring('000000000000000000', 1, $frac))"/>
    <xsl:variable name="abs">
      <xsl:choose>
        <xsl:when test="$x &lt; 0"><xsl:value-of select="-$x"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$x"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="digits" select="format-number($abs div number(concat('1', substring('000000000000', 1, $sc))), $pat)"/>
    <xsl:variable name="text" select="@kind = ''"/>
    <xsl:variable name="zero" select="not($text) and (@nil = 'true' or $x = 0)"/>
    <xsl:variable name="neg" select="not($text) and not($zero) and number($shown) &lt; 0"/>
    <td data-source-line="{@line}">
      <xsl:attribute name="class">
        <xsl:text>num</xsl:text>
        <xsl:if test="$neg"> neg</xsl:if>
        <xsl:if test="$zero"> zero</xsl:if>
        <xsl:if test="not($home)"> echo</xsl:if>
      </xsl:attribute>
      <xsl:choose>
        <xsl:when test="$home"><xsl:attribute name="data-fact"><xsl:value-of select="@f"/></xsl:attribute></xsl:when>
        <xsl:otherwise><xsl:attribute name="data-echo"><xsl:value-of select="@f"/></xsl:attribute></xsl:otherwise>
      </xsl:choose>
      <xsl:attribute name="data-context"><xsl:value-of select="@ctx"/></xsl:attribute>
      <xsl:attribute name="title">
        <xsl:value-of select="@qn"/>
        <xsl:choose>
          <xsl:when test="@line != ''"> - exhibit <xsl:value-of select="$src"/>, line <xsl:value-of select="@line"/></xsl:when>
          <xsl:otherwise> - source line unknown</xsl:otherwise>
        </xsl:choose>
        <xsl:if test="not($home)"> (same fact as shown in an earlier statement)</xsl:if>
      </xsl:attribute>
      <xsl:if test="$neg">(</xsl:if>
      <xsl:choose>
        <xsl:when test="$inline and $home and $text">
          <ix:nonNumeric name="{@qn}" contextRef="{@ctx}" id="{@f}"><xsl:value-of select="@v"/></ix:nonNumeric>
        </xsl:when>
        <xsl:when test="$inline and $home and @nil = 'true'">
          <ix:nonFraction name="{@qn}" contextRef="{@ctx}" unitRef="{@unit}" id="{@f}" xsi:nil="true"/>
          <xsl:text>&#8212;</xsl:text>
        </xsl:when>
        <xsl:when test="$inline and $home">
          <ix:nonFraction name="{@qn}" contextRef="{@ctx}" unitRef="{@unit}" id="{@f}" decimals="{@dec}" scale="{$sc}">
            <xsl:choose>
              <xsl:when test="$zero"><xsl:attribute name="format">ixt:fixed-zero</xsl:attribute>&#8212;</xsl:when>
              <xsl:otherwise>
                <xsl:attribute name="format">ixt:num-dot-decimal</xsl:attribute>
                <xsl:if test="$x &lt; 0"><xsl:attribute name="sign">-</xsl:attribute></xsl:if>
                <xsl:value-of select="$digits"/>
              </xsl:otherwise>
            </xsl:choose>
          </ix:nonFraction>
        </xsl:when>
        <xsl:when test="$text"><xsl:value-of select="@v"/></xsl:when>
        <xsl:when test="$zero">&#8212;</xsl:when>
        <xsl:otherwise><xsl:value-of select="$digits"/></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$neg">)</xsl:if>
    </td>
  </xsl:template>

  <!-- facts that no statement shows, so that every fact appears once -->
  <xsl:template name="other-facts">
    <xsl:param name="E"/>
    <xsl:variable name="rest-rtf">
      <xsl:for-each select="$F/f[@ent = $E]">
        <xsl:variable name="id" select="@id"/>
        <xsl:variable name="f" select="."/>
        <xsl:for-each select="$S">
          <xsl:if test="not(key('cellf', $id))">
            <row i="{$f/@n}" c="{$f/@c}" d="1" pl="" k="item" b="{$f/@b}" loc="{$f/@loc}" pk="{$f/@pk}">
              <cell k="1" f="{$f/@id}"><xsl:copy-of select="$f/@n|$f/@qn|$f/@ctx|$f/@unit|$f/@dec|$f/@v|$f/@nil|$f/@kind|$f/@line"/></cell>
            </row>
          </xsl:if>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="rest" select="exsl:node-set($rest-rtf)/row"/>
    <xsl:if test="$rest">
      <section class="statement other">
        <table class="fin other">
          <caption><span class="title">Other facts</span><span class="entity">Facts of the instance that no statement of the taxonomy presents</span></caption>
          <thead><tr><th scope="col">Concept</th><th scope="col">Period</th><th scope="col">Dimensions</th><th scope="col">Value</th></tr></thead>
          <tbody>
            <xsl:for-each select="$rest">
              <xsl:variable name="r" select="."/>
              <tr>
                <th scope="row"><xsl:call-template name="label"><xsl:with-param name="c" select="@c"/></xsl:call-template></th>
                <td><xsl:value-of select="substring-after(@pk, ':')"/></td>
                <td><xsl:value-of select="@b"/><xsl:if test="@b != '' and @loc != ''">; </xsl:if><xsl:value-of select="@loc"/></td>
                <xsl:for-each select="cell">
                  <xsl:call-template name="num-cell"><xsl:with-param name="pl" select="''"/><xsl:with-param name="ms" select="0"/><xsl:with-param name="ss" select="0"/></xsl:call-template>
                </xsl:for-each>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
