/** The numbers the staff navigation shows. */
export type StaffCountsDto = {
  /** Claims assigned to me that wait for my work (new or in progress). */
  myOpenClaims: number;
  /** Of those, the ones past their due date. */
  myOverdueClaims: number;
  unreadNotifications: number;
};
