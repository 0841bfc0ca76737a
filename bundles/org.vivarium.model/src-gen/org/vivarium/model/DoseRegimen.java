/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model;

import java.time.LocalDate;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dose Regimen</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What is given of one compound, how much and when: once (at offsetHours after the cohort's anchor dose), every everyHours from then on, or on listed days at given times of day; each dose is due within its dosing window.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.DoseRegimen#getCompound <em>Compound</em>}</li>
 *   <li>{@link org.vivarium.model.DoseRegimen#getDoseMgPerKg <em>Dose Mg Per Kg</em>}</li>
 *   <li>{@link org.vivarium.model.DoseRegimen#getRoute <em>Route</em>}</li>
 *   <li>{@link org.vivarium.model.DoseRegimen#getVolumeMlPerKg <em>Volume Ml Per Kg</em>}</li>
 *   <li>{@link org.vivarium.model.DoseRegimen#getOffsetHours <em>Offset Hours</em>}</li>
 *   <li>{@link org.vivarium.model.DoseRegimen#getEveryHours <em>Every Hours</em>}</li>
 *   <li>{@link org.vivarium.model.DoseRegimen#getDoses <em>Doses</em>}</li>
 *   <li>{@link org.vivarium.model.DoseRegimen#getUntil <em>Until</em>}</li>
 *   <li>{@link org.vivarium.model.DoseRegimen#getDays <em>Days</em>}</li>
 *   <li>{@link org.vivarium.model.DoseRegimen#getTimesOfDay <em>Times Of Day</em>}</li>
 *   <li>{@link org.vivarium.model.DoseRegimen#getWindowMinutes <em>Window Minutes</em>}</li>
 * </ul>
 *
 * @see org.vivarium.model.VivariumPackage#getDoseRegimen()
 * @model
 * @generated
 */
public interface DoseRegimen extends EObject {
	/**
	 * Returns the value of the '<em><b>Compound</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The compound given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Compound</em>' reference.
	 * @see #setCompound(Compound)
	 * @see org.vivarium.model.VivariumPackage#getDoseRegimen_Compound()
	 * @model required="true"
	 * @generated
	 */
	Compound getCompound();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DoseRegimen#getCompound <em>Compound</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compound</em>' reference.
	 * @see #getCompound()
	 * @generated
	 */
	void setCompound(Compound value);

	/**
	 * Returns the value of the '<em><b>Dose Mg Per Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dose in mg/kg body weight (0 for a vehicle).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dose Mg Per Kg</em>' attribute.
	 * @see #setDoseMgPerKg(double)
	 * @see org.vivarium.model.VivariumPackage#getDoseRegimen_DoseMgPerKg()
	 * @model
	 * @generated
	 */
	double getDoseMgPerKg();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DoseRegimen#getDoseMgPerKg <em>Dose Mg Per Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dose Mg Per Kg</em>' attribute.
	 * @see #getDoseMgPerKg()
	 * @generated
	 */
	void setDoseMgPerKg(double value);

	/**
	 * Returns the value of the '<em><b>Route</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Route of administration; its limit bounds the volume.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Route</em>' reference.
	 * @see #setRoute(Route)
	 * @see org.vivarium.model.VivariumPackage#getDoseRegimen_Route()
	 * @model required="true"
	 * @generated
	 */
	Route getRoute();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DoseRegimen#getRoute <em>Route</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Route</em>' reference.
	 * @see #getRoute()
	 * @generated
	 */
	void setRoute(Route value);

	/**
	 * Returns the value of the '<em><b>Volume Ml Per Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixed volume per kg (mL/kg) for vehicles; 0 means dose / stock concentration.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Volume Ml Per Kg</em>' attribute.
	 * @see #setVolumeMlPerKg(double)
	 * @see org.vivarium.model.VivariumPackage#getDoseRegimen_VolumeMlPerKg()
	 * @model
	 * @generated
	 */
	double getVolumeMlPerKg();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DoseRegimen#getVolumeMlPerKg <em>Volume Ml Per Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Ml Per Kg</em>' attribute.
	 * @see #getVolumeMlPerKg()
	 * @generated
	 */
	void setVolumeMlPerKg(double value);

	/**
	 * Returns the value of the '<em><b>Offset Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time of this administration relative to the anchor dose (h); 0 is the anchor dose itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offset Hours</em>' attribute.
	 * @see #setOffsetHours(double)
	 * @see org.vivarium.model.VivariumPackage#getDoseRegimen_OffsetHours()
	 * @model
	 * @generated
	 */
	double getOffsetHours();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DoseRegimen#getOffsetHours <em>Offset Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset Hours</em>' attribute.
	 * @see #getOffsetHours()
	 * @generated
	 */
	void setOffsetHours(double value);

	/**
	 * Returns the value of the '<em><b>Every Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Repeats every this many hours from its first dose (24: daily, 12: twice a day, 168: weekly); 0 (the default) means a single dose. Not used when days are listed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Every Hours</em>' attribute.
	 * @see #setEveryHours(double)
	 * @see org.vivarium.model.VivariumPackage#getDoseRegimen_EveryHours()
	 * @model
	 * @generated
	 */
	double getEveryHours();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DoseRegimen#getEveryHours <em>Every Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Every Hours</em>' attribute.
	 * @see #getEveryHours()
	 * @generated
	 */
	void setEveryHours(double value);

	/**
	 * Returns the value of the '<em><b>Doses</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many doses a repeating regimen gives; 0 means until the date in until, or else until the cohort&#x27;s last session.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Doses</em>' attribute.
	 * @see #setDoses(int)
	 * @see org.vivarium.model.VivariumPackage#getDoseRegimen_Doses()
	 * @model
	 * @generated
	 */
	int getDoses();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DoseRegimen#getDoses <em>Doses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Doses</em>' attribute.
	 * @see #getDoses()
	 * @generated
	 */
	void setDoses(int value);

	/**
	 * Returns the value of the '<em><b>Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last day a repeating regimen is given (inclusive), when it does not give a number of doses; unset (and doses 0): until the day of the cohort&#x27;s last session.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Until</em>' attribute.
	 * @see #setUntil(LocalDate)
	 * @see org.vivarium.model.VivariumPackage#getDoseRegimen_Until()
	 * @model dataType="org.vivarium.model.LocalDate"
	 * @generated
	 */
	LocalDate getUntil();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DoseRegimen#getUntil <em>Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Until</em>' attribute.
	 * @see #getUntil()
	 * @generated
	 */
	void setUntil(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Days</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Study days it is given on (day 1 is the day of the cohort&#x27;s anchor dose), e.g. 1 to 21; empty unless the regimen is given on listed days.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Days</em>' attribute list.
	 * @see org.vivarium.model.VivariumPackage#getDoseRegimen_Days()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getDays();

	/**
	 * Returns the value of the '<em><b>Times Of Day</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Clock times (HH:mm) of each listed day&#x27;s doses, e.g. 09:00 and 17:00; empty: the anchor dose&#x27;s time of day plus offsetHours.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Times Of Day</em>' attribute list.
	 * @see org.vivarium.model.VivariumPackage#getDoseRegimen_TimesOfDay()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getTimesOfDay();

	/**
	 * Returns the value of the '<em><b>Window Minutes</b></em>' attribute.
	 * The default value is <code>"30.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The dosing window: a dose given more than this many minutes before or after it is due is out of window (flagged, with a reason). Default 30.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Window Minutes</em>' attribute.
	 * @see #setWindowMinutes(double)
	 * @see org.vivarium.model.VivariumPackage#getDoseRegimen_WindowMinutes()
	 * @model default="30.0"
	 * @generated
	 */
	double getWindowMinutes();

	/**
	 * Sets the value of the '{@link org.vivarium.model.DoseRegimen#getWindowMinutes <em>Window Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window Minutes</em>' attribute.
	 * @see #getWindowMinutes()
	 * @generated
	 */
	void setWindowMinutes(double value);

} // DoseRegimen
