// @kitajs/html's <img> type lacks `sizes`, which a srcset with width descriptors needs to pick well.
declare global {
  namespace JSX {
    interface HtmlImageTag {
      sizes?: undefined | string;
    }
  }
}

export {};
