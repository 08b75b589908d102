/// Builds the charts of each page from the site model.
/// (Placeholder until the chart library lands: writes nothing.)
enum ChartAdapters {
    static func classMix(_ model: TableModel, idPrefix: String, into html: inout HTML) {}
    static func totals(_ model: TableModel, location: PageLocation, idPrefix: String, into html: inout HTML) {}
    static func distributions(_ model: TableModel, idPrefix: String, into html: inout HTML) {}
    static func indexBars(context: RenderContext, appearance: Appearance, idPrefix: String, into html: inout HTML) {}
    static func radar(context: RenderContext, appearance: Appearance, idPrefix: String, into html: inout HTML) {}
    static func trend(context: RenderContext, unit: UnitModel, idPrefix: String, into html: inout HTML) {}
    static func pillarValues(context: RenderContext, pillar: Pillar, tableIndex: Int, location: PageLocation, idPrefix: String, into html: inout HTML) {}
    static func pointSplit(_ framework: Framework, idPrefix: String, into html: inout HTML) {}
    static func slope(context: RenderContext, tableIndex: Int, previous: Int, location: PageLocation, idPrefix: String, into html: inout HTML) {}
}
