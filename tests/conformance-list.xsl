<?xml version="1.0"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text"/>
<xsl:template match="/">
  <xsl:for-each select="//testcase[@uri]">
    <xsl:variable name="uri" select="@uri"/>
    <xsl:for-each select="document($uri, /)//*[local-name()='variation']">
      <xsl:value-of select="$uri"/><xsl:text>&#9;</xsl:text>
      <xsl:value-of select="@id"/><xsl:text>&#9;</xsl:text>
      <xsl:value-of select="*[local-name()='result']/@expected"/><xsl:text>&#9;</xsl:text>
      <xsl:value-of select="normalize-space(*[local-name()='data']/*[@readMeFirst='true'][1])"/><xsl:text>&#9;</xsl:text>
      <xsl:value-of select="normalize-space(concat(@name,' | ',*[local-name()='description']))"/>
      <xsl:text>&#10;</xsl:text>
    </xsl:for-each>
  </xsl:for-each>
</xsl:template>
</xsl:stylesheet>
