/// The built-in schema of codebook XML files (`<codebook xmlns="https://voc.dev/schema/codebook/1">`).
///
/// A codebook lists codes with an id, labels (translatable), an optional description, parent code, means-end
/// level (`attribute`, `consequence`, `value`) and automatic-coding rules (`<keyword>`, `<pattern>`). The root's
/// optional `same-level-links="consequence value"` lets ladders link codes of the same level (C → C, V → V;
/// docs/methods.md §1.3). The JSON syntax mirrors it: `{"id", "lang", "title", "sameLevelLinks": [...], "codes":
/// [{"id", "label", "description", "parent", "level", "keywords": [...], "patterns": [...]}]}`, with localized
/// texts as a string or an object keyed by language.
public enum CodebookSchema {
    public static let namespace = "https://voc.dev/schema/codebook/1"

    public static let xsd = #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
                   targetNamespace="https://voc.dev/schema/codebook/1"
                   xmlns="https://voc.dev/schema/codebook/1"
                   elementFormDefault="qualified">
          <xs:simpleType name="identifier">
            <xs:restriction base="xs:string">
              <xs:pattern value="[\p{L}_][\p{L}\p{N}_.\-]*"/>
            </xs:restriction>
          </xs:simpleType>
          <xs:complexType name="localized">
            <xs:simpleContent>
              <xs:extension base="xs:string">
                <xs:attribute name="lang" type="xs:language"/>
              </xs:extension>
            </xs:simpleContent>
          </xs:complexType>
          <xs:element name="codebook">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="title" type="localized" maxOccurs="unbounded"/>
                <xs:element name="code" minOccurs="1" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:sequence>
                      <xs:element name="label" type="localized" maxOccurs="unbounded"/>
                      <xs:element name="description" type="localized" minOccurs="0" maxOccurs="unbounded"/>
                      <xs:choice minOccurs="0" maxOccurs="unbounded">
                        <xs:element name="keyword" type="xs:string"/>
                        <xs:element name="pattern" type="xs:string"/>
                      </xs:choice>
                    </xs:sequence>
                    <xs:attribute name="id" type="identifier" use="required"/>
                    <xs:attribute name="parent" type="identifier"/>
                    <xs:attribute name="level">
                      <xs:simpleType>
                        <xs:restriction base="xs:string">
                          <xs:enumeration value="attribute"/>
                          <xs:enumeration value="consequence"/>
                          <xs:enumeration value="value"/>
                        </xs:restriction>
                      </xs:simpleType>
                    </xs:attribute>
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
              <xs:attribute name="id" type="identifier" use="required"/>
              <xs:attribute name="lang" type="xs:language"/>
              <xs:attribute name="same-level-links">
                <xs:simpleType>
                  <xs:list>
                    <xs:simpleType>
                      <xs:restriction base="xs:string">
                        <xs:enumeration value="consequence"/>
                        <xs:enumeration value="value"/>
                      </xs:restriction>
                    </xs:simpleType>
                  </xs:list>
                </xs:simpleType>
              </xs:attribute>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """#
}

extension XMLDocumentKind {
    static let codebook = XMLDocumentKind(
        rootName: "codebook", namespace: CodebookSchema.namespace,
        compiledSchema: CompiledSchema(xsd: CodebookSchema.xsd))
}
