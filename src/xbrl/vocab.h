/*
 * vocab.h - the XBRL vocabulary in one place: namespaces, schema URLs, roles,
 * arcroles and entity schemes (internal).
 *
 * Every other file names these through the macros below; none spells a URL.
 * Standard URIs are those of XBRL 2.1, XBRL Dimensions 1.0, Inline XBRL 1.1,
 * the Link Role Registry and the Data Types Registry; the txbrl.example.org
 * URIs are the project's own taxonomy (taxonomy/), resolved offline through
 * taxonomy/catalog.xml.
 */
#ifndef TX_XBRL_VOCAB_H
#define TX_XBRL_VOCAB_H

/* ------------------------------------------------------------ W3C */
#define TX_NS_XS "http://www.w3.org/2001/XMLSchema"
#define TX_NS_XSI "http://www.w3.org/2001/XMLSchema-instance"
#define TX_NS_XLINK "http://www.w3.org/1999/xlink"
#define TX_NS_XHTML "http://www.w3.org/1999/xhtml"
#define TX_ARCROLE_XLINK_LINKBASE "http://www.w3.org/1999/xlink/properties/linkbase"

/* ------------------------------------------------------------ XBRL 2.1 */
#define TX_NS_XBRLI "http://www.xbrl.org/2003/instance"
#define TX_NS_OIM "https://xbrl.org/2021"                 /* OIM 1.0 core (xbrl:note) */
#define TX_NS_LINK "http://www.xbrl.org/2003/linkbase"
#define TX_NS_XL "http://www.xbrl.org/2003/XLink"
#define TX_NS_ISO4217 "http://www.xbrl.org/2003/iso4217"
#define TX_URL_XBRLI_XSD "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"
#define TX_URL_LINK_XSD "http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd"

/* Standard roles and arcroles: the common prefixes, and the ones used by name. */
#define TX_ROLE_2003 "http://www.xbrl.org/2003/role/"
#define TX_ARCROLE_2003 "http://www.xbrl.org/2003/arcrole/"
#define TX_ROLE_LINK TX_ROLE_2003 "link"
#define TX_ROLE_LABEL TX_ROLE_2003 "label"
#define TX_ROLE_FOOTNOTE TX_ROLE_2003 "footnote"
#define TX_ARCROLE_FACT_FOOTNOTE TX_ARCROLE_2003 "fact-footnote"
#define TX_ARCROLE_CONCEPT_LABEL TX_ARCROLE_2003 "concept-label"
#define TX_ARCROLE_SUMMATION_ITEM TX_ARCROLE_2003 "summation-item"

/* ------------------------------------------------------------ Dimensions */
#define TX_NS_XBRLDT "http://xbrl.org/2005/xbrldt"
#define TX_NS_XBRLDI "http://xbrl.org/2006/xbrldi"
#define TX_URL_XBRLDI_XSD "http://www.xbrl.org/2006/xbrldi-2006.xsd"

/* ------------------------------------------------------------ Inline XBRL */
#define TX_NS_IX "http://www.xbrl.org/2013/inlineXBRL"

/* ------------------------------------------------------------ registries */
/* Link Role Registry: the negated label role. */
#define TX_ROLE_NEGATED_LABEL "http://www.xbrl.org/2009/role/negatedLabel"
#define TX_URL_LRR_NEGATED_XSD "http://www.xbrl.org/lrr/role/negated-2009-12-16.xsd"
/* Data Types Registry. */
#define TX_NS_DTR_NUM "http://www.xbrl.org/dtr/type/numeric"
#define TX_NS_DTR_NONNUM "http://www.xbrl.org/dtr/type/non-numeric"
#define TX_URL_DTR_NUM_XSD "http://www.xbrl.org/dtr/type/numeric-2009-12-16.xsd"
#define TX_URL_DTR_NONNUM_XSD "http://www.xbrl.org/dtr/type/nonNumeric-2009-12-16.xsd"

/* ------------------------------------------------------------ EXSLT */
#define TX_NS_EXSLT_COMMON "http://exslt.org/common"

/* ------------------------------------------------------------ entity schemes */
#define TX_SCHEME_CIK "http://www.sec.gov/CIK"
#define TX_SCHEME_NAME "http://txbrl.example.org/entity-name"  /* when no CIK is known */

/* ------------------------------------------------------------ the project's taxonomy */
#define TX_NS_GAAP "http://txbrl.example.org/taxonomy/gaap/2026"
#define TX_NS_TXBRL "http://txbrl.example.org/taxonomy/txbrl/2026"
#define TX_NS_DEI "http://txbrl.example.org/taxonomy/dei/2026"
#define TX_NS_EXT_BASE "http://txbrl.example.org/exhibit/"   /* + the exhibit's stem */
#define TX_URL_GAAP_XSD "http://txbrl.example.org/taxonomy/gaap/2026/tx-gaap-2026.xsd"
#define TX_URL_TXBRL_XSD "http://txbrl.example.org/taxonomy/gaap/2026/txbrl-2026.xsd"
#define TX_URL_DEI_XSD "http://txbrl.example.org/taxonomy/dei/2026/tx-dei-2026.xsd"

/* Extended link roles of the statements an extension's calculations go in. */
#define TX_ROLE_BALANCE_SHEET "http://txbrl.example.org/role/BalanceSheet"
#define TX_ROLE_INCOME_STATEMENT "http://txbrl.example.org/role/IncomeStatement"
#define TX_ROLE_CASH_FLOW "http://txbrl.example.org/role/CashFlow"

/* Label roles of the words an exhibit printed (extension label linkbase). */
#define TX_ROLE_PRINTED_LABEL "http://txbrl.example.org/role/printedLabel"
#define TX_ROLE_PRINTED_HEADING "http://txbrl.example.org/role/printedHeading"

/* The arcrole of presentation relationships and the label roles a
 * rendition honours. */
#define TX_ARCROLE_PARENT_CHILD "http://www.xbrl.org/2003/arcrole/parent-child"

#endif /* TX_XBRL_VOCAB_H */
