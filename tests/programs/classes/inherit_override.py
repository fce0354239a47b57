# Tests method overriding: base methods calling self.method() dispatch to the subclass override.
class Report:
    def header(self):
        return "== report =="

    def body(self):
        return "(empty)"

    def render(self):
        return self.header() + " | " + self.body()


class SalesReport(Report):
    def body(self):
        return "sales: 42"


class FancyReport(SalesReport):
    def header(self):
        return "** fancy **"

    def render(self):
        return "[" + super().render() + "]"


for r in [Report(), SalesReport(), FancyReport()]:
    print(type(r).__name__, "->", r.render())
print(SalesReport.header is Report.header)
print(FancyReport.body is SalesReport.body, FancyReport.render is Report.render)
