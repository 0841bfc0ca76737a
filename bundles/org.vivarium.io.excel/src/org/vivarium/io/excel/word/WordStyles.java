package org.vivarium.io.excel.word;

/**
 * The styles and the bullet numbering of a {@link WordWriter} document, as WordprocessingML. Headings use Word's
 * built-in style names ("heading 1" ... "heading 3", "Title", "Subtitle", "caption") so that text pasted into a
 * manuscript keeps its structure and shows in the navigation pane.
 */
final class WordStyles {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** Fill of the paragraphs still to be completed (pale yellow) and of table header cells (light grey). */
    static final String HIGHLIGHT_FILL = "FFF4C2";
    static final String HEADER_FILL = "EDEDED";

    private WordStyles() {
    }

    static final String STYLES = """
            <w:styles xmlns:w="%1$s">
              <w:docDefaults>
                <w:rPrDefault><w:rPr>
                  <w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>
                  <w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/>
                </w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
              <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Subtitle"/><w:qFormat/>
                <w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:color w:val="555555"/><w:sz w:val="24"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>
                <w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>
                <w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr>
                <w:rPr><w:b/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:before="60" w:after="160"/></w:pPr>
                <w:rPr><w:i/><w:color w:val="404040"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>
                <w:pPr><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="ToComplete"><w:name w:val="To Complete"/>
                <w:basedOn w:val="Normal"/>
                <w:pPr><w:pBdr><w:left w:val="single" w:sz="18" w:space="4" w:color="D9A400"/></w:pBdr>
                  <w:shd w:val="clear" w:color="auto" w:fill="%2$s"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="Small"><w:name w:val="Small"/>
                <w:basedOn w:val="Normal"/><w:rPr><w:color w:val="555555"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/>
                <w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
                <w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>
                <w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="555555"/><w:sz w:val="16"/></w:rPr></w:style>
              <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>
                <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>
                  <w:left w:w="57" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="57" w:type="dxa"/>
                </w:tblCellMar></w:tblPr></w:style>
              <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>
                <w:tblPr><w:tblBorders>
                  <w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                  <w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                  <w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                  <w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                  <w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                  <w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                </w:tblBorders></w:tblPr></w:style>
            </w:styles>
            """.formatted(W, HIGHLIGHT_FILL);

    static final String BULLETS = """
            <w:numbering xmlns:w="%s">
              <w:abstractNum w:abstractNumId="1">
                <w:multiLevelType w:val="singleLevel"/>
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>
                  <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>
              </w:abstractNum>
            </w:numbering>
            """.formatted(W);
}
