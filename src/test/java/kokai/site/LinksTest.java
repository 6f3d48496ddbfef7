package kokai.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinksTest {
  @ParameterizedTest(name = "from \"{0}\" to \"{1}\" is \"{2}\"")
  @CsvSource(delimiter = '|', value = {
    "2022/088/      | departments/x/         | ../../departments/x/index.html",
    "2022/088/      | ''                     | ../../index.html",
    "''             | 2022/088/#costs        | 2022/088/index.html#costs",
    "2022/088/      | 2022/088/#costs        | index.html#costs",
    "2022/088/      | 2022/089/              | ../089/index.html",
    "2022/088/      | assets/css/site.css    | ../../assets/css/site.css",
    "404.html       | departments/           | departments/index.html",
    "404.html       | assets/css/site.css    | assets/css/site.css",
    "years/2022/    | years/2023/            | ../2023/index.html",
    "departments/   | departments/x/#div-1   | x/index.html#div-1",
    "pages/about/   | search/?q=半導体         | ../../search/index.html?q=半導体",
    "pages/about/   | search/?q=a#main       | ../../search/index.html?q=a#main",
    "pages/about/   | years/2022/#a?b        | ../../years/2022/index.html#a?b",
  })
  void relative(String from, String to, String expected) {
    assertThat(Links.relative(from, to)).isEqualTo(expected);
  }
}
